package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
                        return real.play(workout, baseline, out);
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
        return PlayCommandTest.wavSamples(wav);
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
        short[] samples = PlayCommandTest.wavSamples(out);
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
        assertArrayEquals(renderedByRun(played.get(0)), PlayCommandTest.wavSamples(files.get(0)));

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
}
