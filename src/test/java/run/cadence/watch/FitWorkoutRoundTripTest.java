package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.garmin.fit.Decode;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.session.ResolvedCadence;
import run.cadence.session.Section;
import run.cadence.session.SessionLibrary;
import run.cadence.session.SessionSettings;
import run.cadence.session.Step;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;
import run.cadence.session.Workout;

/**
 * Every workout exported, decoded by the Garmin SDK, read back: the same workout as far as FIT carries it. "The
 * same" is checked where it matters, on the timeline both compile to for the runner: every segment's kind, start,
 * length and note, and its cadence (the target rounded to a whole step, the middle of the range the watch got).
 */
class FitWorkoutRoundTripTest {
    static final Instant CREATED = Instant.parse("2026-11-30T07:00:00Z");
    static final SessionSettings RUNNER = new SessionSettings(Optional.of(new Cadence(164)),
            CadenceIncrease.DEFAULT, Optional.empty());

    static List<String> library() {
        return SessionLibrary.NAMES;
    }

    @ParameterizedTest
    @MethodSource("library")
    void everyBuiltInSessionSurvivesTheRoundTrip(String name) {
        roundTrip(SessionLibrary.builtIn(name).orElseThrow(), RUNNER);
    }

    @ParameterizedTest
    @MethodSource("library")
    void everyBuiltInSessionWithAWalkingCadenceSurvivesTheRoundTrip(String name) {
        roundTrip(SessionLibrary.builtIn(name).orElseThrow(), new SessionSettings(Optional.of(new Cadence(158)),
                CadenceIncrease.parse("+8"), Optional.of(new Cadence(124))));
    }

    @Property(tries = 300)
    void anyWorkoutSurvivesTheRoundTrip(@ForAll("workouts") Workout workout, @ForAll("settings") SessionSettings s) {
        roundTrip(workout, s);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Workout> workouts() {
        return RandomWorkouts.workouts();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<SessionSettings> settings() {
        return RandomWorkouts.settings();
    }

    static void roundTrip(Workout workout, SessionSettings settings) {
        WatchWorkout watch = ToWatch.of(workout, settings);
        byte[] bytes = FitWorkoutFile.encode(watch, "export.fit", CREATED);
        checkWithTheSdk(bytes, watch);
        WatchWorkout decoded = FitWorkoutFile.decode(bytes, "export.fit");
        assertEquals(watch, decoded, "the file holds exactly the watch workout");
        Workout back = FromWatch.workout(decoded, workout.name(), "export.fit");
        assertSameTimeline(workout, back, settings, watchNotes(workout, watch));
        assertSameRepeats(workout, back);
    }

    /** Header, definitions and CRC as the SDK checks them; every message decodes; the profile's limits hold. */
    static void checkWithTheSdk(byte[] bytes, WatchWorkout watch) {
        assertEquals(14, bytes[0], "a 14-byte header");
        assertEquals(".FIT", new String(bytes, 8, 4, StandardCharsets.US_ASCII));
        long dataSize = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
        assertEquals(bytes.length - 14 - 2, dataSize, "the header's size is the data's");
        assertTrue(new Decode().isFileFit(new ByteArrayInputStream(bytes)));
        assertTrue(new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes)), "size and CRC check");
        // The SDK's check passes some damaged files, so the CRCs are checked here too: over the header's first 12
        // bytes it is the header's own, and over the whole file (its CRC included) it comes out 0.
        assertEquals(crc(bytes, 12), (bytes[12] & 0xFF) | (bytes[13] & 0xFF) << 8, "header CRC");
        assertEquals(0, crc(bytes, bytes.length), "file CRC");
        List<Mesg> messages = new ArrayList<>();
        assertTrue(new Decode().read(new ByteArrayInputStream(bytes), messages::add));
        assertEquals(MesgNum.FILE_ID, messages.get(0).getNum(), "file_id comes first");
        assertEquals(com.garmin.fit.File.WORKOUT, new FileIdMesg(messages.get(0)).getType());
        assertEquals(MesgNum.WORKOUT, messages.get(1).getNum(), "then the workout");
        WorkoutMesg w = new WorkoutMesg(messages.get(1));
        assertEquals(messages.size() - 2, w.getNumValidSteps().intValue(), "num_valid_steps counts every step");
        assertTrue(w.getWktName().getBytes(StandardCharsets.UTF_8).length <= 15, w.getWktName());
        for (int i = 2; i < messages.size(); i++) {
            WorkoutStepMesg step = new WorkoutStepMesg(messages.get(i));
            assertEquals(i - 2, step.getMessageIndex().intValue());
            assertTrue(step.getWktStepName() == null || step.getWktStepName().getBytes(StandardCharsets.UTF_8).length <= 15);
            assertTrue(step.getNotes() == null || step.getNotes().getBytes(StandardCharsets.UTF_8).length <= 49);
            if (step.getDurationType() == WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT) {
                assertTrue(step.getDurationStep() < i - 2 && step.getRepeatSteps() >= 2, "repeats earlier steps");
            }
        }
        assertEquals(watch.steps().size(), messages.size() - 2);
    }

    private static int crc(byte[] bytes, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            crc = com.garmin.fit.CRC.get16(crc, bytes[i]);
        }
        return crc;
    }

    static void assertSameTimeline(Workout original, Workout back, SessionSettings settings,
            Map<Step, Optional<String>> notes) {
        List<TimelineSegment> a = Timeline.compile(original, settings).segments();
        List<TimelineSegment> b = Timeline.compile(back, settings).segments();
        assertEquals(a.size(), b.size(), "segments");
        for (int i = 0; i < a.size(); i++) {
            TimelineSegment x = a.get(i);
            TimelineSegment y = b.get(i);
            String at = original.name() + " segment " + i + ": " + x + " / " + y;
            assertEquals(x.kind(), y.kind(), at);
            assertEquals(x.start(), y.start(), at);
            assertEquals(x.length(), y.length(), at);
            assertEquals(notes.get(x.step()), y.note(), at);
            assertEquals(expectedCadence(x.cadence()), y.cadence(), at);
        }
    }

    /** Sections that repeat come back as repeats of the same steps, named as far as 15 bytes allow. */
    static void assertSameRepeats(Workout original, Workout back) {
        List<String> a = new ArrayList<>();
        for (Section s : original.sections()) {
            if (s.repeats() > 1) {
                a.add(WatchText.cut(s.name(), 15) + " x" + s.repeats() + " of " + s.steps().size());
            }
        }
        List<String> b = new ArrayList<>();
        for (Section s : back.sections()) {
            if (s.repeats() > 1) {
                b.add(s.name() + " x" + s.repeats() + " of " + s.steps().size());
            }
        }
        assertEquals(a, b);
    }

    /** A steady cadence rounds to a whole step per minute; a ramp arrives as the middle of the range covering it. */
    static ResolvedCadence expectedCadence(ResolvedCadence c) {
        if (c instanceof ResolvedCadence.Silent) {
            return c;
        }
        CadenceRange r = c.startSpm() == c.endSpm() ? CadenceRange.around(c.startSpm())
                : CadenceRange.covering(c.startSpm(), c.endSpm());
        return new ResolvedCadence.Steady(new Cadence(r.middleSpm()));
    }

    /**
     * Each step's note as the watch carries it: within FIT's 49 bytes, shortened as {@link WatchNotes} shortens it, a
     * strength step's without its rest; the watch's steps follow the workout's one for one, repeats aside. The
     * shortening itself is checked in WatchNotesTest and ToWatchTest; here, that the file gives back what was put in.
     */
    static Map<Step, Optional<String>> watchNotes(Workout workout, WatchWorkout watch) {
        Map<Step, Optional<String>> notes = new IdentityHashMap<>();
        List<WatchStep> steps = watch.steps().stream().filter(s -> !(s instanceof WatchStep.Repeat)).toList();
        int i = 0;
        for (Section section : workout.sections()) {
            for (Step step : section.steps()) {
                WatchStep w = steps.get(i++);
                String n = w instanceof WatchStep.Open o ? WatchNotes.exerciseAndRest(o.notes())[0]
                        : ((WatchStep.Timed) w).notes();
                assertTrue(WatchText.bytes(w instanceof WatchStep.Open o ? o.notes() : n) <= 49, n);
                notes.put(step, Optional.of(n).filter(x -> !x.isEmpty()));
            }
        }
        return notes;
    }
}
