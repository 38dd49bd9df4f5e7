package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.cadence.audio.io.MemorySink;
import run.cadence.audio.io.WavSamples;
import run.cadence.plan.PastSession;
import run.cadence.plan.SessionStatus;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;
import run.cadence.session.Workout;
import run.cadence.session.WorkoutWriter;
import run.cadence.play.Playback;
import run.cadence.plan.SessionPlayer;

/** {@code next} and {@code export plan} through the real session player, tones at 8 kHz to keep files small. */
class PlannedPlaybackTest extends HistoryCli {
    static final int RATE = 8_000;

    final List<Workout> played = new ArrayList<>();
    final List<MemorySink> liveSinks = new ArrayList<>();

    @BeforeEach
    void install() {
        env = Environment.system().withStdin(new ByteArrayInputStream(new byte[0]))
                .withLiveSinks((format, device, latency, block) -> {
                    MemorySink sink = new MemorySink(format);
                    liveSinks.add(sink);
                    return sink;
                })
                .withPlayers((sound, live, events) -> {
                    SessionPlayer real = new Playback(sound, live, events);
                    return (workout, baseline, out) -> {
                        played.add(workout);
                        return real.prepare(workout, baseline, out);
                    };
                });
    }

    private List<PastSession> history() {
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            return store.sessions();
        }
    }

    /** The same workout through {@code cadence run} with the same sound settings. */
    private short[] renderedByRun(Workout session) throws IOException {
        Path workout = dir.resolve("planned.workout");
        Files.writeString(workout, WorkoutWriter.write(session));
        Path wav = dir.resolve("by-run.wav");
        CliRunner r = CliRunner.run("run", workout.toString(), "--baseline", "164", "--no-voice", "--rate",
                String.valueOf(RATE), "--out", wav.toString());
        assertEquals(0, r.exitCode(), r.err());
        return WavSamples.read(wav);
    }

    @Test
    void nextRendersTodaysSessionAsRunWouldAndRecordsItCompleted() throws IOException {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        Path out = dir.resolve("today.wav");
        CliRunner r = cadence("next", "--today", "2026-11-26", "--out", out.toString(), "--no-voice", "--rate",
                String.valueOf(RATE));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Recorded: completed (40 min), rendered to " + out), r.out());
        assertEquals(1, played.size());
        short[] samples = WavSamples.read(out);
        assertTrue(samples.length > played.get(0).duration().toSeconds() * RATE, "the whole session and its summary");
        assertArrayEquals(renderedByRun(played.get(0)), samples);
        PastSession s = history().get(0);
        assertEquals(SessionStatus.COMPLETED, s.status());
        assertEquals(40 * 60, s.doneSeconds());
        assertTrue(r.out().contains("with tones"), r.out());
    }

    @Test
    void nextLivePlaysToTheEndAndRecordsItCompleted() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        CliRunner r = cadence("next", "--today", "2026-11-26", "--no-voice", "--rate", String.valueOf(RATE));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, liveSinks.size());
        assertTrue(liveSinks.get(0).finished());
        assertTrue(liveSinks.get(0).frames() > played.get(0).duration().toSeconds() * RATE);
        assertTrue(r.out().contains("Session complete: 40:00"), r.out());
        assertEquals(SessionStatus.COMPLETED, history().get(0).status());
    }

    @Test
    void nextWithAnOutputThatIsNotAudioIsBadInputAndWritesNothing() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        CliRunner r = cadence("next", "--today", "2026-11-26", "--out", dir.resolve("today.txt").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("--out must name a .wav or .mp3 file"), r.err());
        assertTrue(Files.notExists(dir.resolve("today.txt")));
        assertEquals(List.of(), played);
        assertEquals(List.of(), history());
    }

    @Test
    void exportPlanWritesRealAudioForEverySession() throws IOException {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "2", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        Path wavs = dir.resolve("wav");
        CliRunner r = cadence("export", "plan", "--out", wavs.toString(), "--ahead", "2", "--format", "wav",
                "--today", "2026-11-26", "--no-voice", "--rate", String.valueOf(RATE));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, played.size());
        List<Path> files;
        try (Stream<Path> list = Files.list(wavs)) {
            files = list.sorted().toList();
        }
        assertEquals(2, files.size());
        assertArrayEquals(renderedByRun(played.get(0)), WavSamples.read(files.get(0)));

        Path mp3s = dir.resolve("mp3");
        assertEquals(0, cadence("export", "plan", "--out", mp3s.toString(), "--ahead", "1", "--today", "2026-11-26",
                "--no-voice", "--rate", String.valueOf(RATE))
                .exitCode());
        try (Stream<Path> list = Files.list(mp3s)) {
            Path mp3 = list.findFirst().orElseThrow();
            assertTrue(mp3.toString().endsWith(".mp3"));
            byte[] bytes = Files.readAllBytes(mp3);
            boolean id3 = bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3';
            boolean sync = (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xe0) == 0xe0;
            assertTrue(id3 || sync, "an MP3 stream");
            assertTrue(bytes.length > played.get(2).duration().toSeconds() * 8_000 / 8, "at least 8 kbit/s: " + bytes.length);
        }
        assertTrue(cadence("history").out().startsWith("No sessions yet"));
    }

    /**
     * Skipping every step is not a completed session: the report and the record say what was really played (seconds,
     * no running), the history counts only that, and the planner repeats the session however little it hurt.
     */
    @Test
    void skippingEveryStepIsRecordedAsWhatWasPlayedAndNeverCountsTowardMovingOn() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
        env = env.withStdin(new ByteArrayInputStream("n".repeat(14).getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .withLiveSinks((format, device, latency, block) -> new PacedSink(format, 20));
        CliRunner r = cadence("next", "--today", "2026-11-26", "--no-voice", "--rate", String.valueOf(RATE));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Reached the end with 14 steps skipped"), r.out());
        assertTrue(r.out().contains("Recorded: played to the end with 14 steps skipped"), r.out());
        assertFalse(r.out().contains("Recorded: completed"), r.out());
        PastSession s = history().get(0);
        assertEquals(SessionStatus.COMPLETED, s.status());
        assertEquals(14, s.played().stepsSkipped());
        assertTrue(s.doneSeconds() < 60, "only the seconds played count: " + s.doneSeconds());
        assertTrue(s.runningMinutesDone() < 1, "no running was played: " + s.runningMinutesDone());
        assertTrue(s.skippedRunning());
        String csv = cadence("history", "--csv").out().split("\\R")[1];
        assertEquals("completed", csv.split(",")[5], csv);
        assertTrue(Double.parseDouble(csv.split(",")[7]) < 1, "running minutes in the history: " + csv);
        assertTrue(csv.endsWith(",14"), "steps_skipped, the last column: " + csv);
        String table = cadence("history").out().split("\\R")[1];
        assertTrue(table.contains("14 steps skipped") && !table.contains("done"), table);

        assertEquals(0, cadence("log", "--during", "0", "--after", "0", "--morning", "0", "--today", "2026-11-27")
                .exitCode());
        CliRunner plan = cadence("plan", "--today", "2026-11-28");
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().contains("Repeating: on Thu 26 Nov you skipped 14 steps and ran 00:00 of the session's "),
                plan.out());
        assertFalse(plan.out().contains("1 of 2 so far"), plan.out());
        int level = history().get(0).session().level();
        CliRunner again = cadence("next", "--today", "2026-11-28", "--no-voice", "--rate", String.valueOf(RATE),
                "--out", dir.resolve("again.wav").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(level, history().get(1).session().level(), "the same session again, not the next level");
    }

    /**
     * What can be refused as bad input is refused before anything is recorded: an output folder that is not there,
     * a cue recording that cannot be decoded. Exit 2 and the history as it was.
     */
    @Test
    void badInputFoundWhilePreparingLeavesTheHistoryAsItWas() throws IOException {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check",
                "pass").exitCode());
        CliRunner noFolder = cadence("next", "--today", "2026-11-26", "--no-voice", "--rate", String.valueOf(RATE),
                "--out", dir.resolve("nope").resolve("x.wav").toString());
        assertEquals(2, noFolder.exitCode(), noFolder.err());
        assertTrue(noFolder.err().contains("folder '" + dir.resolve("nope") + "' not found"), noFolder.err());
        assertEquals(List.of(), history());

        Path cues = Files.createDirectory(dir.resolve("cues"));
        Files.writeString(cues.resolve("kind-walk.wav"), "not a recording");
        CliRunner corrupt = cadence("next", "--today", "2026-11-26", "--no-voice", "--rate", String.valueOf(RATE),
                "--cues", cues.toString());
        assertEquals(2, corrupt.exitCode(), corrupt.err());
        assertTrue(corrupt.err().contains("kind-walk.wav"), corrupt.err());
        assertEquals(List.of(), history());
        assertEquals(List.of(), liveSinks, "nothing was played");
        assertTrue(cadence("history").out().startsWith("No sessions yet"));
    }
}
