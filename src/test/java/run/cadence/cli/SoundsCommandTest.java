package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundsCommandTest {
    @TempDir
    Path dir;

    @Test
    void generateSaysWhatItWroteAndWhatWasAlreadyThere() {
        Path sounds = dir.resolve("sounds");
        CliRunner first = CliRunner.run("sounds", "generate", sounds.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("Wrote woodblock, beep, cowbell, rimshot to " + sounds, first.out().strip());
        CliRunner again = CliRunner.run("sounds", "generate", sounds.toString());
        assertEquals("Unchanged: woodblock, beep, cowbell, rimshot in " + sounds + " already hold these sounds",
                again.out().strip());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsBadInputInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRunner r = CliRunner.run("sounds", "generate", file.toString());
        assertEquals(2, r.exitCode());
        assertEquals(List.of("cadence: error: cannot write the click sounds into '" + file + "': it is a file, not a"
                + " folder; give the folder to write them into (default: sounds)"), List.of(r.errLines()));
        assertEquals("mine", Files.readString(file));
    }
}
