package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HistoryCommandTest extends HistoryCli {
    final RecordingPlayer player = new RecordingPlayer();

    {
        env = player.in(env);
    }

    private void twoSessions() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        assertEquals(0, cadence("next", "--today", "2026-11-26").exitCode());
        assertEquals(0, cadence("log", "--during", "2", "--after", "1", "--morning", "0", "--note", "fine, really")
                .exitCode());
        player.stopAfter = Duration.ofMinutes(12);
        assertEquals(0, cadence("next", "--today", "2026-11-28").exitCode());
    }

    @Test
    void tableShowsStatusRunningAndPain() {
        twoSessions();
        CliRunner r = cadence("history");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[1].matches("\\s+1  2026-11-26  3\\s+flat walk-run 3/2 x6\\s+done\\s+12\\.0\\s+172\\.2"
                + "\\s+-\\s+2/1/0\\s+fine, really"), lines[1]);
        // 12 minutes in: 5 min warm-up walk, then 2+3+2 min: 4 min of running.
        assertTrue(lines[2].matches("\\s+2  2026-11-28  3\\s+flat walk-run 3/2 x6\\s+stopped at 12:00\\s+4\\.0\\s+"
                + "172\\.2\\s+-\\s+-\\s*"), lines[2]);
    }

    @Test
    void csvHasOneRowPerSessionAndQuotesNotes() {
        twoSessions();
        CliRunner r = cadence("history", "--csv");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(3, lines.length);
        assertEquals("1,2026-11-26,3,6,flat walk-run 3/2 x6,completed,2400,12.0,5.0,172.2,100,2,1,0,false,"
                + "\"fine, really\",run,,,,false,,0", lines[1]);
        assertEquals("2,2026-11-28,3,6,flat walk-run 3/2 x6,stopped_early,720,4.0,5.0,172.2,100,,,,,,run,,,,false,,0",
                lines[2]);
    }

    @Test
    void chartIsAPng() throws Exception {
        twoSessions();
        Path png = dir.resolve("progress.png");
        CliRunner r = cadence("history", "--chart", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        byte[] head = new byte[8];
        System.arraycopy(Files.readAllBytes(png), 0, head, 0, 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(520, image.getHeight());
    }

    @Test
    void chartWithNoSessionsIsExitTwo() {
        assertEquals(0, cadence("profile", "--baseline", "164").exitCode());
        CliRunner r = cadence("history", "--chart", dir.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no runs to chart yet"), r.err());
    }

    @Test
    void chartIntoAMissingFolderIsExitTwoAndLeavesNothingBehind() throws Exception {
        twoSessions();
        CliRunner r = cadence("history", "--chart", dir.resolve("no/such/progress.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("not found; create it or choose another --chart path"), r.err());
        Path png = dir.resolve("progress.png");
        assertEquals(0, cadence("history", "--chart", png.toString()).exitCode());
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial chart left");
        }
    }

    /** A chart once replaced history.db ("Chart written", the history gone). */
    @Test
    void aChartIsNeverWrittenOverTheHistoryAndOnlyAsPng() throws Exception {
        twoSessions();
        Path db = dir.resolve("history.db");
        byte[] before = Files.readAllBytes(db);
        Path link = Files.createSymbolicLink(dir.resolve("progress.png"), db);
        Path walLink = Files.createSymbolicLink(dir.resolve("wal.png"), dir.resolve("history.db-wal"));
        for (Path target : List.of(db, dir.resolve("history.db-wal"), dir.resolve("sub/../history.db-shm"))) {
            CliRunner r = cadence("history", "--chart", target.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(List.of("cadence: error: cannot write '" + target + "': --chart must name a .png file"),
                    List.of(r.errLines()));
        }
        for (Path target : List.of(link, walLink)) {
            CliRunner r = cadence("history", "--chart", target.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(List.of("cadence: error: cannot write '" + target + "': it is the history itself (" + db
                    + "); choose another --chart file"), List.of(r.errLines()));
        }
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my running diary");
        CliRunner r = cadence("history", "--chart", notes.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(List.of("cadence: error: cannot write '" + notes + "': --chart must name a .png file"),
                List.of(r.errLines()));
        assertEquals("my running diary", Files.readString(notes));
        assertArrayEquals(before, Files.readAllBytes(db));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(0, cadence("history").exitCode());
    }
}
