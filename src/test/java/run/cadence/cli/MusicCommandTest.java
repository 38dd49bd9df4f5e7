package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.music.TestTracks;
import run.cadence.audio.io.decode.WavHeaders;

class MusicCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path music;

    @Test
    void addListsSkippedFilesThenTheLibraryShowsTempoConfidenceAndCadences() throws Exception {
        TestTracks.make(TestTracks.Spec.of(86, 25), 44_100).writeWav(music.resolve("slow.wav"));
        TestTracks.make(TestTracks.Spec.of(171, 25), 44_100).writeWav(music.resolve("fast.wav"));
        Files.write(music.resolve("bad.wav"), WavHeaders.pcm(20737, 44_100, 16));
        CliRunner add = CliRunner.inDataDir(home, "music", "add", music.toString());
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(add.out().startsWith("3 files found, 3 to analyse.\n"), add.out());
        assertTrue(add.out().contains("Skipped " + music.resolve("bad.wav") + ": the WAV header claims 20737 channels"),
                add.out());
        assertTrue(add.out().endsWith("2 tracks, 2 with a steady beat, 1 file skipped (3 analysed, 0 unchanged).\n"),
                add.out());

        CliRunner list = CliRunner.inDataDir(home, "music");
        assertEquals(0, list.exitCode(), list.err());
        String[] lines = list.out().split("\n");
        assertEquals("  BPM  sure  serves (spm)         length  track", lines[0]);
        assertTrue(lines[1].matches("171\\.0  0\\.9\\d  157-185              00:25  .*fast\\.wav"), lines[1]);
        assertTrue(lines[2].matches(" 86\\.0  0\\.9\\d  158-186              00:25  .*slow\\.wav"), lines[2]);
        assertEquals("Skipped 1 file:", lines[3]);

        CliRunner again = CliRunner.inDataDir(home, "music", "add", music.toString());
        assertTrue(again.out().startsWith("3 files found, 0 to analyse.\n"), again.out());
        assertTrue(again.out().endsWith("(0 analysed, 3 unchanged).\n"), again.out());

        CliRunner remove = CliRunner.inDataDir(home, "music", "remove", music.resolve("slow.wav").toString());
        assertEquals("Removed 1 file from the library; scans leave it out until cadence music add is run on it.\n",
                remove.out());
        CliRunner removeAgain = CliRunner.inDataDir(home, "music", "remove", music.resolve("slow.wav").toString());
        assertEquals(2, removeAgain.exitCode());
        assertEquals(1, removeAgain.errLines().length);
    }

    @Test
    void aRemovalLastsUntilTheRemovedFolderOrFileIsAddedAgain() throws Exception {
        Path sub = Files.createDirectory(music.resolve("podcasts"));
        TestTracks.make(TestTracks.Spec.of(171, 25), 44_100).writeWav(music.resolve("keep.wav"));
        TestTracks.make(TestTracks.Spec.of(86, 25), 44_100).writeWav(music.resolve("dislike.wav"));
        TestTracks.make(TestTracks.Spec.of(120, 25), 44_100).writeWav(sub.resolve("talk.wav"));
        assertEquals(0, CliRunner.inDataDir(home, "music", "add", music.toString()).exitCode());
        CliRunner remove = CliRunner.inDataDir(home, "music", "remove", sub.toString(),
                music.resolve("dislike.wav").toString());
        assertEquals("Removed 2 files from the library; scans leave them out until cadence music add is run on"
                + " them.\n", remove.out());

        CliRunner rescan = CliRunner.inDataDir(home, "music", "add", music.toString());
        assertEquals(0, rescan.exitCode(), rescan.err());
        assertTrue(rescan.out().startsWith("1 file found, 0 to analyse.\n"), rescan.out());
        String list = CliRunner.inDataDir(home, "music").out();
        assertTrue(list.contains("keep.wav") && !list.contains("talk.wav") && !list.contains("dislike.wav"), list);

        CliRunner back = CliRunner.inDataDir(home, "music", "add", sub.toString());
        assertEquals(0, back.exitCode(), back.err());
        CliRunner file = CliRunner.inDataDir(home, "music", "add", music.resolve("dislike.wav").toString());
        assertEquals(0, file.exitCode(), file.err());
        assertTrue(CliRunner.inDataDir(home, "music", "add", music.toString()).out()
                .startsWith("3 files found, 0 to analyse.\n"));
        list = CliRunner.inDataDir(home, "music").out();
        assertTrue(list.contains("keep.wav") && list.contains("talk.wav") && list.contains("dislike.wav"), list);
    }

    @Test
    void aFolderWithoutMusicIsOneLineAndExitTwo() throws Exception {
        Files.writeString(music.resolve("readme.txt"), "nothing to dance to");
        CliRunner add = CliRunner.inDataDir(home, "music", "add", music.toString());
        assertEquals(2, add.exitCode());
        assertEquals(new String[] {"cadence: error: " + music + ": no track with a steady beat (1 file looked at;"
                + " tracks need WAV, AIFF, MP3, FLAC or Ogg Vorbis and a clear beat)"}[0], add.errLines()[0]);
        assertEquals(1, add.errLines().length);
        CliRunner missing = CliRunner.inDataDir(home, "music", "add", music.resolve("nope").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(1, missing.errLines().length);
    }

    @Test
    void anEmptyLibrarySaysHowToStart() {
        CliRunner list = CliRunner.inDataDir(home, "music");
        assertEquals(0, list.exitCode());
        assertEquals("No music yet: add a folder with cadence music add ~/Music\n", list.out());
        assertTrue(Files.notExists(home.resolve("history.db")));
    }
}
