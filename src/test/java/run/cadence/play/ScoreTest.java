package run.cadence.play;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.audio.BeatCursor;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.Pan;
import run.cadence.audio.ClickSound;
import run.cadence.audio.CueTrack;
import run.cadence.audio.RenderLoop;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.RenderedOnsets;
import run.cadence.audio.Renderer;
import run.cadence.audio.TempoSegment;
import run.cadence.audio.io.MemorySink;
import run.cadence.session.CueAnchor;
import run.cadence.session.CuePlan;
import run.cadence.session.SegmentKind;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;
import run.cadence.session.Workout;
import run.cadence.session.WorkoutParser;
import run.cadence.session.Cue;
import run.cadence.session.CueKind;
import run.cadence.voice.CueClips;
import run.cadence.voice.CueTone;
import run.cadence.voice.Phrase;
import run.cadence.voice.Speech;

class ScoreTest {
    static final int RATE = 44_100;
    static final RenderFormat MONO = new RenderFormat(RATE, 1);
    /** Baseline 164 +5%, as the timeline computes it (172.20000000000002). */
    static final double TARGET = CadenceIncrease.DEFAULT.apply(new Cadence(164)).stepsPerMinute();
    static final String WORKOUT = String.join("\n",
            "# a short walk-run with every kind of step the mapping treats differently",
            "Warmup",
            "- 30s walk",
            "Main set 2x",
            "- 1m run",
            "- 40s walk",
            "Finish",
            "- 1m run 160-176spm click 50%",
            "- 20.5s walk",
            "");
    /** Square clicks: every sample non-zero, so each onset is exactly the beat frame. */
    static final ClickSound SQUARE = new ClickSound("square", filled(300, 0.5f), filled(300, 0.9f));

    /** A speech whose clip length depends on the words: constant samples, 20 frames a character. */
    static final class ConstantSpeech implements Speech {
        @Override
        public float[] render(Phrase phrase, int sampleRate) {
            return filled(200 + 20 * phrase.text().length(), 0.25f);
        }

        @Override
        public String name() {
            return "constant";
        }
    }

    static float[] filled(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }

    static Timeline timeline(Optional<Cadence> walk) {
        Workout w = WorkoutParser.parse("test", "test", WORKOUT);
        return Timeline.compile(w, new SessionSettings(Optional.of(new Cadence(164)), CadenceIncrease.DEFAULT, walk));
    }

    static Score sound(Timeline t) {
        CuePlan plan = CuePlan.of(t);
        CueClips clips = CueClips.prepare(new ConstantSpeech(), CuePhrases.distinct(t, plan), RATE);
        return Score.of(t, plan, clips, MONO);
    }

    static List<Long> clicks(Score sound) throws IOException {
        PlaybackControl control = new PlaybackControl();
        Renderer r = new Renderer(sound.tempo(), SQUARE, new ClickOptions(1, Pan.CENTER, 1f, 0.3f), CueTrack.NONE, control,
                4096);
        MemorySink sink = new MemorySink(MONO);
        RenderLoop.run(r, sink, RenderLoop.TO_THE_END, 4096);
        assertEquals(sound.totalFrames(), sink.frames());
        return RenderedOnsets.of(sink.samples(), 1, 0, 100);
    }

    /** Beats of a steady segment: each from the segment start, rounded once. */
    static List<Long> steadyBeats(TimelineSegment s, double spm) {
        List<Long> beats = new ArrayList<>();
        long start = s.startFrame(RATE);
        long end = s.clickEndFrame(RATE);
        for (long k = 0;; k++) {
            long f = start + Math.round(k * 60.0 * RATE / spm);
            if (f >= end) {
                return beats;
            }
            beats.add(f);
        }
    }

    @Test
    void tempoSegmentsFollowTheTimelinesOwnFrames() {
        Timeline t = timeline(Optional.empty());
        Score sound = sound(t);
        List<TempoSegment> tempo = sound.tempo().segments();
        // warmup, run, walk, run, walk, ramp (clicking half + silent half), walk, tail
        assertEquals(9, tempo.size());
        List<TimelineSegment> segs = t.segments();
        assertEquals(new TempoSegment.Silent(0, segs.get(0).endFrame(RATE)), tempo.get(0));
        assertEquals(new TempoSegment.Steady(segs.get(1).startFrame(RATE), segs.get(1).endFrame(RATE), TARGET,
                TempoSegment.Phase.NEW_STEP), tempo.get(1));
        TimelineSegment ramp = segs.get(5);
        assertEquals(ramp.startFrame(RATE) + 30 * RATE, ramp.clickEndFrame(RATE));
        assertEquals(new TempoSegment.Ramp(ramp.startFrame(RATE), ramp.clickEndFrame(RATE), 160, 168,
                TempoSegment.Phase.NEW_STEP), tempo.get(5));
        assertEquals(new TempoSegment.Silent(ramp.clickEndFrame(RATE), ramp.endFrame(RATE)), tempo.get(6));
        assertEquals(t.totalFrames(RATE), sound.sessionEndFrame());
        assertEquals(t.totalFrames(RATE), tempo.get(8).startFrame());
        assertInstanceOf(TempoSegment.Silent.class, tempo.get(8));
        long[] starts = segs.stream().mapToLong(s -> s.startFrame(RATE)).toArray();
        long[] expected = Arrays.copyOf(starts, starts.length + 1);
        expected[starts.length] = t.totalFrames(RATE);
        assertArrayEquals(expected, sound.stepStarts());
    }

    @Test
    void runClicksFallOnExactFramesFromEachSegmentStartAndWalksAreSilent() throws IOException {
        Timeline t = timeline(Optional.empty());
        List<Long> onsets = clicks(sound(t));
        List<Long> expected = new ArrayList<>();
        expected.addAll(steadyBeats(t.segments().get(1), TARGET));
        expected.addAll(steadyBeats(t.segments().get(3), TARGET));
        List<Long> ramp = new ArrayList<>(onsets.subList(expected.size(), onsets.size()));
        assertEquals(expected, onsets.subList(0, expected.size()));
        TimelineSegment r = t.segments().get(5);
        assertEquals(r.startFrame(RATE), ramp.get(0));
        assertTrue(ramp.get(ramp.size() - 1) < r.clickEndFrame(RATE));
        // 30 s rising linearly 160 → 168 spm: 82 beats in all (the integral), one on the first frame.
        assertEquals((int) Math.ceil(30 * (160 + 168) / 2.0 / 60), ramp.size());
        for (TimelineSegment s : t.segments()) {
            if (s.kind() == SegmentKind.WALK) {
                for (long f : onsets) {
                    assertFalse(f >= s.startFrame(RATE) && f < s.endFrame(RATE), "click at " + f + " in a walk");
                }
            }
        }
    }

    @Test
    void walkCadenceClicksWalksFromTheirFirstFrame() throws IOException {
        Timeline t = timeline(Optional.of(new Cadence(126)));
        List<Long> onsets = clicks(sound(t));
        List<Long> expected = steadyBeats(t.segments().get(0), 126);
        expected.addAll(steadyBeats(t.segments().get(1), TARGET));
        expected.addAll(steadyBeats(t.segments().get(2), 126));
        assertEquals(expected, onsets.subList(0, expected.size()));
    }

    @Test
    void cuesStartAtTheirFramesEndsAtCuesEndOnThemAndTheTailHoldsTheSummary() {
        Workout w = WorkoutParser.parse("t", "t", "Gym\n- 30s walk\n- 2x10 reps 3s\n");
        Timeline t = Timeline.compile(w, SessionSettings.NO_BASELINE);
        CuePlan plan = CuePlan.of(t);
        CueClips clips = CueClips.prepare(new ConstantSpeech(), CuePhrases.distinct(t, plan), RATE);
        Score sound = Score.of(t, plan, clips, MONO);
        CueTrack track = sound.cues();
        assertEquals(plan.cues().size(), track.size());
        List<Long> expected = new ArrayList<>();
        boolean sawEndsAt = false;
        long lastEnd = 0;
        for (Cue c : plan.cues()) {
            int length = clips.clip(CuePhrases.of(t, c)).length;
            long start = c.anchor() == CueAnchor.ENDS_AT ? c.frame(RATE) - length : c.frame(RATE);
            sawEndsAt |= c.anchor() == CueAnchor.ENDS_AT;
            expected.add(start);
            lastEnd = Math.max(lastEnd, start + length);
        }
        assertTrue(sawEndsAt, "the reps set is announced to end on its start");
        expected.sort(null);
        assertEquals(expected, Arrays.stream(track.frames()).boxed().toList());
        Cue summary = plan.cues().get(plan.cues().size() - 1);
        assertEquals(CueKind.SUMMARY, summary.kind());
        assertEquals(t.totalFrames(RATE), summary.frame(RATE));
        assertEquals(lastEnd + Math.round(Score.TAIL_PAD_SECONDS * RATE), sound.totalFrames());
    }

    @Test
    void cueTonesFollowTheVoiceEngineersMapping() {
        Workout w = WorkoutParser.parse("t", "t", String.join("\n", "Pool 2x", "- 2m easy", "- 2m hard", "- 1m rest",
                "Gym", "- 2x hold 20s rest 10s", "- 2x3 reps 3s", ""));
        Timeline t = Timeline.compile(w, SessionSettings.NO_BASELINE);
        List<String> seen = new ArrayList<>();
        for (Cue c : CuePlan.of(t).cues()) {
            SegmentKind kind = t.segments().get(c.segment()).kind();
            CueTone tone = CuePhrases.of(t, c).kind();
            seen.add(c.kind() + (c.kind() == CueKind.ANNOUNCE ? "/" + kind : "") + "=" + tone);
        }
        assertTrue(seen.contains("ANNOUNCE/EASY=WALK"), seen.toString());
        assertTrue(seen.contains("ANNOUNCE/HARD=RUN"), seen.toString());
        assertTrue(seen.contains("ANNOUNCE/REST=REST"), seen.toString());
        assertTrue(seen.contains("ANNOUNCE/GET_READY=STRENGTH"), seen.toString());
        assertTrue(seen.contains("HOLD=STRENGTH"), seen.toString());
        assertTrue(seen.contains("SET=STRENGTH"), seen.toString());
        assertTrue(seen.contains("REST=REST"), seen.toString());
        assertTrue(seen.contains("COUNTDOWN=COUNTDOWN"), seen.toString());
        assertTrue(seen.contains("HALFWAY=HALFWAY"), seen.toString());
        assertTrue(seen.contains("LAST_REPEAT=LAST_REPEAT"), seen.toString());
        assertTrue(seen.contains("REP_COUNT=REP"), seen.toString());
        assertTrue(seen.contains("SUMMARY=FINISH"), seen.toString());
    }

    @Test
    void clipsAtAnotherRateAreRefused() {
        Timeline t = timeline(Optional.empty());
        CuePlan plan = CuePlan.of(t);
        CueClips clips = CueClips.prepare(new ConstantSpeech(), CuePhrases.distinct(t, plan), 22_050);
        assertThrows(IllegalArgumentException.class, () -> Score.of(t, plan, clips, MONO));
    }

    @Test
    void aDurationIsNotNeededToKnowTheSessionEnd() {
        Timeline t = timeline(Optional.empty());
        assertEquals(Duration.ofSeconds(30 + 2 * 100 + 60).plusMillis(20_500), t.total());
        assertEquals(t.totalFrames(RATE), sound(t).sessionEndFrame());
    }

    /**
     * Whatever the steps' lengths (to a tenth of a second), click shares and the rate: each clicking step's first
     * beat is on its first frame, no beat falls where the timeline is silent, and the steps start where the
     * timeline says.
     */
    @Property(tries = 40)
    void beatsStartEveryClickingStepAndStayOutOfSilence(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 10, max = 3000) Integer> tenths,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 100) Integer> shares,
            @ForAll @IntRange(min = 8_000, max = 48_000) int rate) {
        StringBuilder text = new StringBuilder("Main\n");
        for (int i = 0; i < tenths.size(); i++) {
            int share = shares.get(i);
            String length = tenths.get(i) / 10 + "." + tenths.get(i) % 10 + "s";
            text.append("- ").append(length).append(share == 0 ? " walk" : " run 171.3spm")
                    .append(share > 0 && share < 100 ? " click " + share + "%" : "").append('\n');
        }
        Timeline t = Timeline.compile(WorkoutParser.parse("p", "p", text.toString()), SessionSettings.NO_BASELINE);
        RenderFormat format = new RenderFormat(rate, 1);
        CuePlan plan = CuePlan.of(t);
        Score sound = Score.of(t, plan,
                CueClips.prepare(new ConstantSpeech(), CuePhrases.distinct(t, plan), rate), format);
        List<Long> beats = new ArrayList<>();
        BeatCursor cursor = new BeatCursor(sound.tempo());
        while (cursor.nextBeatFrame() != Long.MAX_VALUE) {
            beats.add(cursor.nextBeatFrame());
            cursor.advance();
        }
        long[] starts = sound.stepStarts();
        for (TimelineSegment s : t.segments()) {
            long start = s.startFrame(rate);
            assertEquals(start, starts[s.index()]);
            if (s.clicks() && s.clickEndFrame(rate) > start) {
                assertTrue(beats.contains(start), "a beat on the first frame of step " + s.index());
            }
            for (long b : beats) {
                assertFalse(b >= s.clickEndFrame(rate) && b < s.endFrame(rate), "beat " + b + " in silence");
            }
        }
        assertEquals(t.totalFrames(rate), starts[starts.length - 1]);
    }
}
