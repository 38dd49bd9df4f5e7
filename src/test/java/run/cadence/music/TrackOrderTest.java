package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.cli.CliRunner;

/** Sessions hear the library in different orders; the same seed plays the same music again. */
class TrackOrderTest {
    @TempDir
    Path music;
    @TempDir
    Path home;

    private static List<Rotation.Candidate> library(int n) {
        List<Rotation.Candidate> tracks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tracks.add(new Rotation.Candidate(Path.of("/music/" + (char) ('a' + i) + ".wav"), new TrackAnalysis(
                    Optional.of(new BeatGrid(172, 0.5, true, 0.9, 100)), -20, 60, 44_100, 2, 0.5)));
        }
        return tracks;
    }

    private static List<String> order(Rotation r, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(r.next(172).name());
        }
        return names;
    }

    @Test
    void theSameSeedGivesTheSameOrderAndOtherSeedsOthers() {
        List<Rotation.Candidate> tracks = library(8);
        Set<String> firsts = new HashSet<>();
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            List<String> once = order(Rotation.shuffled(tracks, 0.08, seed), 16);
            List<Rotation.Candidate> reversed = new ArrayList<>(tracks);
            java.util.Collections.reverse(reversed);
            assertEquals(once, order(Rotation.shuffled(reversed, 0.08, seed), 16), "seed " + seed);
            assertEquals(8, new HashSet<>(once.subList(0, 8)).size(), "every track once a round: " + once);
            assertEquals(once.subList(0, 8), once.subList(8, 16));
            firsts.add(once.get(0));
            orders.add(once);
        }
        assertTrue(firsts.size() >= 5, "first tracks over 20 seeds: " + firsts);
        assertEquals(20, orders.size());
    }

    @Test
    void aRenderWithTheSameSeedIsTheSameAndTheSeedIsSaid() throws Exception {
        TestTracks.make(new TestTracks.Spec(86, 25, 0.6, 0.4, 0, 1), 44_100).writeWav(music.resolve("a.wav"));
        TestTracks.make(new TestTracks.Spec(170, 25, 0.6, 0.3, 0, 2), 44_100).writeWav(music.resolve("b.wav"));
        TestTracks.make(new TestTracks.Spec(175, 25, 0.55, 0.2, 0, 3), 44_100).writeWav(music.resolve("c.wav"));
        assertEquals(0, CliRunner.inDataDir(home, "music", "add", music.toString()).exitCode());
        byte[][] renders = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path out = home.resolve("r" + i + ".wav");
            CliRunner r = CliRunner.inDataDir(home, "play", "--baseline", "164", "--music", "--music-seed", "7",
                    "--duration", "20s", "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("Track order 7 (--music-seed 7 plays the same order again).\n"), r.out());
            renders[i] = Files.readAllBytes(out);
        }
        assertArrayEquals(renders[0], renders[1]);
        CliRunner unseeded = CliRunner.inDataDir(home, "play", "--baseline", "164", "--music", "--duration", "5s",
                "--out", home.resolve("u.wav").toString());
        assertTrue(unseeded.out().matches("(?s).*Track order (\\d+) \\(--music-seed \\1 plays the same order"
                + " again\\)\\.\n.*"), unseeded.out());
        CliRunner noMusic = CliRunner.inDataDir(home, "play", "--bpm", "150", "--music-seed", "3", "--out",
                home.resolve("x.wav").toString());
        assertEquals(2, noMusic.exitCode());
    }
}
