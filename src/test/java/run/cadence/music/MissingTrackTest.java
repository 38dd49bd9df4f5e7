package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.cli.CliRunner;

/** A track deleted after {@code music add} is skipped with a notice; the next one plays, or the clicks alone. */
class MissingTrackTest {
    @TempDir
    Path music;
    @TempDir
    Path home;

    private int musicBeatsOnTheGrid(Path out) throws Exception {
        double lag = GridMusic.detectorLagSeconds() * 44_100;
        double period = 60.0 * 44_100 / 172.2;
        int onGrid = 0;
        for (long onset : PlayWithMusicTest.onsetsOf(out).onsets()) {
            double at = onset - lag;
            double ms = (at - Math.rint(at / period) * period) * 1000 / 44_100;
            if (Math.abs(ms) <= 10) {
                onGrid++;
            }
        }
        return onGrid;
    }

    /** Adds a.wav (and whatever the folder holds) to the library, deletes a.wav, then renders a play. */
    private CliRunner playAfterDeletingA(String duration, Path out) throws Exception {
        Path a = TestTracks.make(new TestTracks.Spec(86, 40, 0.6, 0.4, 0, 1), 44_100).writeWav(music.resolve("a.wav"));
        assertEquals(0, CliRunner.inDataDir(home, "music", "add", music.toString()).exitCode());
        Files.delete(a);
        CliRunner r = CliRunner.inDataDir(home, "play", "--baseline", "164", "--music", "--click", "off",
                "--duration", duration, "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    @Test
    void aDeletedTrackIsSkippedAndTheNextOnePlays() throws Exception {
        Path b = TestTracks.make(new TestTracks.Spec(170, 40, 0.6, 0.3, 0, 2), 44_100).writeWav(music.resolve("b.wav"));
        Path out = home.resolve("run.wav");
        CliRunner r = playAfterDeletingA("90s", out);
        assertTrue(r.out().contains("Skipped a.wav (the file is gone: moved or deleted since cadence music add); the"
                + " next track played instead."), r.out());
        assertFalse(r.out().contains("Music stopped"), r.out());
        int beats = musicBeatsOnTheGrid(out);
        assertTrue(beats >= 90, "b.wav's beats on the grid in 90 s: " + beats);
        assertTrue(Files.exists(b));
    }

    @Test
    void whenEveryTrackIsGoneTheClicksPlayAlone() throws Exception {
        Path out = home.resolve("clicks.wav");
        CliRunner r = playAfterDeletingA("30s", out);
        assertEquals(1, r.out().split("Skipped a.wav", -1).length - 1, r.out());
        assertTrue(musicBeatsOnTheGrid(out) < 5, "no music");
    }
}
