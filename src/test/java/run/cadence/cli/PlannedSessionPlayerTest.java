package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.ClickSounds;
import run.cadence.audio.io.MemorySink;
import run.cadence.plan.PastSession;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.SessionStatus;
import run.cadence.store.DataDirectory;
import run.cadence.store.HistoryStore;
import run.cadence.voice.VoiceSettings;

/** {@code next} and {@code export plan} through the real session player, tones at 8 kHz to keep files small. */
class PlannedSessionPlayerTest extends HistoryCli {
    static final int RATE = 8_000;

    final List<PlannedSession> played = new ArrayList<>();
    final List<MemorySink> liveSinks = new ArrayList<>();
    final StringWriter printed = new StringWriter();

    @BeforeEach
    void install() {
        RenderFormat format = new RenderFormat(RATE, 1);
        SessionRunner.Setup setup = new SessionRunner.Setup(
                new VoiceSettings(VoiceSettings.DEFAULT.engine(), true, Optional.empty()), format,
                ClickSounds.load("woodblock", RATE), ClickOptions.DEFAULT, null, 25);
        LiveOutput live = (f, device, latency, block) -> {
            MemorySink sink = new MemorySink(f);
            liveSinks.add(sink);
            return sink;
        };
        PlannedSessionPlayer real = new PlannedSessionPlayer(new SessionRunner(new PrintWriter(printed, true), setup,
                live, new ByteArrayInputStream(new byte[0]), false));
        SessionPlayback.use((session, baseline, out) -> {
            played.add(session);
            return real.play(session, baseline, out);
        });
    }

    @AfterEach
    void uninstall() {
        SessionPlayback.reset();
    }

    private List<PastSession> history() {
        try (HistoryStore store = HistoryStore.open(new DataDirectory(dir))) {
            return store.sessions();
        }
    }

    /** The same workout through {@code cadence run} with the same sound settings. */
    private short[] renderedByRun(PlannedSession session) throws IOException {
        Path workout = dir.resolve("planned.workout");
        Files.writeString(workout, run.cadence.session.WorkoutWriter.write(session.workout()));
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
        CliRunner r = cadence("next", "--today", "2026-11-26", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Recorded: completed (40 min), rendered to " + out), r.out());
        assertEquals(1, played.size());
        short[] samples = PlayCommandTest.wavSamples(out);
        assertTrue(samples.length > played.get(0).totalSeconds() * RATE, "the whole session and its summary");
        assertArrayEquals(renderedByRun(played.get(0)), samples);
        PastSession s = history().get(0);
        assertEquals(SessionStatus.COMPLETED, s.status());
        assertEquals(40 * 60, s.doneSeconds());
        assertTrue(printed.toString().contains("with tones"), printed.toString());
    }

    @Test
    void nextLivePlaysToTheEndAndRecordsItCompleted() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        CliRunner r = cadence("next", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, liveSinks.size());
        assertTrue(liveSinks.get(0).finished());
        assertTrue(liveSinks.get(0).frames() > played.get(0).totalSeconds() * RATE);
        assertTrue(printed.toString().contains("Session complete: 40:00"), printed.toString());
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
                "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, played.size());
        List<Path> files;
        try (Stream<Path> list = Files.list(wavs)) {
            files = list.sorted().toList();
        }
        assertEquals(2, files.size());
        assertArrayEquals(renderedByRun(played.get(0)), PlayCommandTest.wavSamples(files.get(0)));

        Path mp3s = dir.resolve("mp3");
        assertEquals(0, cadence("export", "plan", "--out", mp3s.toString(), "--ahead", "1", "--today", "2026-11-26")
                .exitCode());
        try (Stream<Path> list = Files.list(mp3s)) {
            Path mp3 = list.findFirst().orElseThrow();
            assertTrue(mp3.toString().endsWith(".mp3"));
            byte[] bytes = Files.readAllBytes(mp3);
            boolean id3 = bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3';
            boolean sync = (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xe0) == 0xe0;
            assertTrue(id3 || sync, "an MP3 stream");
            assertTrue(bytes.length > played.get(2).totalSeconds() * 8_000 / 8, "at least 8 kbit/s: " + bytes.length);
        }
        assertTrue(cadence("history").out().startsWith("No sessions yet"));
    }
}
