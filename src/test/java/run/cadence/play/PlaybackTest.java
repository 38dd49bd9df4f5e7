package run.cadence.play;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.Cadence;
import run.cadence.audio.AudioSink;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.TempoSegment;
import run.cadence.audio.io.ClickSounds;
import run.cadence.audio.io.MemorySink;
import run.cadence.audio.io.WavSamples;
import run.cadence.plan.PlayOutcome;
import run.cadence.session.Workout;
import run.cadence.session.WorkoutParser;
import run.cadence.voice.CueVoice;
import run.cadence.voice.VoiceSettings;

/** The one playback path without the CLI: a session live and to a file, stopped by the runner or for pain. */
class PlaybackTest {
    static final int RATE = 8_000;
    static final RenderFormat MONO = new RenderFormat(RATE, 1);
    static final SoundSettings SOUND = new SoundSettings(MONO, ClickSounds.load("woodblock", RATE),
            ClickOptions.DEFAULT, new VoiceSettings(new CueVoice.Tones(), Optional.empty()));
    static final Workout WORKOUT = WorkoutParser.parse("t", "short", "Main 2x\n- 20s run\n- 10s walk\n");

    @TempDir
    Path dir;

    final List<PlayEvent> events = new ArrayList<>();
    final List<MemorySink> sinks = new ArrayList<>();

    private Playback playback(LiveSetup.Attendant attendant) {
        LiveSetup live = new LiveSetup((format, device, latency, block) -> {
            MemorySink sink = new MemorySink(format);
            sinks.add(sink);
            return sink;
        }, null, 25, attendant);
        return new Playback(SOUND, live, events::add);
    }

    /** Waits for the play to end, as a console does when no key is pressed. */
    static void untilTheEnd(LiveSession session) throws InterruptedException {
        while (!session.awaitEnd(Duration.ofMillis(50))) {
            // the audio thread plays on
        }
    }


    @Test
    void liveIsSampleForSampleTheFileAndBothComplete() throws IOException {
        Path file = dir.resolve("s.wav");
        PlayOutcome rendered = playback(PlaybackTest::untilTheEnd).play(WORKOUT, new Cadence(164), Optional.of(file));
        assertEquals(PlayOutcome.completed(Duration.ofMinutes(1), Duration.ofSeconds(40)), rendered);
        assertInstanceOf(PlayEvent.Rendered.class, events.get(events.size() - 1));
        PlayOutcome live = playback(PlaybackTest::untilTheEnd).play(WORKOUT, new Cadence(164), Optional.empty());
        assertEquals(PlayOutcome.completed(Duration.ofMinutes(1), Duration.ofSeconds(40)), live);
        assertArrayEquals(WavSamples.read(file), sinks.get(0).samples());
        PlayEvent.Ended ended = (PlayEvent.Ended) events.get(events.size() - 1);
        assertEquals(4, ended.progress().stepsCompleted());
    }

    @Test
    void aRunnerInPainStopsTheSessionAndSaysWhy() throws IOException {
        CountDownLatch atFiveSeconds = new CountDownLatch(1);
        CountDownLatch keyPressed = new CountDownLatch(1);
        MemorySink memory = new MemorySink(MONO);
        AudioSink held = new AudioSink() {
            @Override
            public RenderFormat format() {
                return MONO;
            }

            @Override
            public void write(float[] interleaved, int frames) {
                memory.write(interleaved, frames);
                if (memory.frames() >= 5 * RATE && atFiveSeconds.getCount() > 0) {
                    // Holds the render thread, as a full line would, until the runner's key is in.
                    atFiveSeconds.countDown();
                    await(keyPressed);
                }
            }

            @Override
            public void finish() {
                memory.finish();
            }

            @Override
            public void close() {}
        };
        LiveSetup live = new LiveSetup((format, device, latency, block) -> held, null, 25, session -> {
            await(atFiveSeconds);
            session.stopForPain();
            session.stop(); // a second stop does not change why it stopped
            keyPressed.countDown();
            untilTheEnd(session);
        });
        PlayOutcome outcome = new Playback(SOUND, live, events::add).play(WORKOUT, new Cadence(164), Optional.empty());
        PlayOutcome.Stopped stopped = assertInstanceOf(PlayOutcome.Stopped.class, outcome);
        assertEquals(PlayOutcome.StopReason.PAIN, stopped.reason());
        assertTrue(stopped.done().compareTo(Duration.ofSeconds(5)) >= 0
                && stopped.done().compareTo(Duration.ofSeconds(6)) < 0, stopped.done().toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aMetronomeRampsThenHoldsWithoutADoubledClick() {
        Metronome m = Metronome.ramp(new Cadence(160), new Cadence(176), Duration.ofSeconds(20),
                Optional.of(Duration.ofSeconds(30)));
        var segments = m.tempoMap(MONO).segments();
        assertEquals(2, segments.size());
        assertEquals(20 * RATE, segments.get(0).endFrame());
        assertEquals(TempoSegment.Phase.NEW_STEP, ((TempoSegment.Ramp) segments.get(0)).phase());
        assertEquals(TempoSegment.Phase.CONTINUES, ((TempoSegment.Steady) segments.get(1)).phase(),
                "the steady part carries the ramp's beat phase on");
        Metronome stoppedEarly = Metronome.ramp(new Cadence(172), new Cadence(180), Duration.ofMinutes(5),
                Optional.of(Duration.ofMinutes(2)));
        var part = stoppedEarly.tempoMap(MONO).segments();
        assertEquals(1, part.size());
        assertEquals(175.2, ((TempoSegment.Ramp) part.get(0)).toSpm(), 1e-9, "2 of 5 minutes up the same slope");
        assertEquals(Long.MAX_VALUE, Metronome.steady(new Cadence(172), Optional.empty()).tempoMap(MONO).endFrame());
    }
}
