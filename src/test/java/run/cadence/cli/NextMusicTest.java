package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.music.TestTracks;

/** {@code next --music} on a day without a run (stage 1: uphill treadmill walking) says there is no music. */
class NextMusicTest {
    @TempDir
    Path home;
    @TempDir
    Path music;

    @Test
    void anUphillWalkWithoutCadenceSaysItPlaysWithoutMusic() throws Exception {
        TestTracks.make(TestTracks.Spec.of(172, 25), 44_100).writeWav(music.resolve("fast.wav"));
        assertEquals(0, CliRunner.inDataDir(home, "music", "add", music.toString()).exitCode());
        assertEquals(0, CliRunner.inDataDir(home, "profile", "--baseline", "164").exitCode());
        CliRunner next = CliRunner.inDataDir(home, "next", "--today", "2026-11-26", "--music", "--no-voice", "--out",
                home.resolve("walk.wav").toString());
        assertEquals(0, next.exitCode(), next.err());
        assertTrue(next.out().contains("uphill treadmill walk"), next.out());
        assertTrue(next.out().contains("No music in this session: it has no run, so no step rate to lock the music to"
                + " (music plays at the cadence of runs); it plays without.\n"), next.out());
        assertFalse(next.out().contains("Music:"), next.out());
        CliRunner help = CliRunner.inDataDir(home, "next", "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("none in a session without runs (an uphill walk,"
                + " strength)"), help.out());
    }
}
