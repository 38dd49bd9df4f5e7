package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import run.cadence.files.OutputProblem;

class FileErrorsTest {
    @Command(name = "x")
    static final class TwoPaths {
        @Option(names = "--out")
        Path out;

        @Option(names = {"-d", "--data-dir"})
        Path dataDir;
    }

    private static ParseResult parse(String... args) {
        return new CommandLine(new TwoPaths()).parseArgs(args);
    }

    @Test
    void theOptionNamingTheFileOrItsNearestFolderIsFound() {
        ParseResult p = parse("--out", "/music/rehab", "-d", "/music");
        assertEquals(Optional.of("--out"), FileErrors.optionNaming(p, Path.of("/music/rehab/01 walk.mp3")));
        assertEquals(Optional.of("--data-dir"), FileErrors.optionNaming(p, Path.of("/music/other.mp3")));
        assertEquals(Optional.empty(), FileErrors.optionNaming(p, Path.of("/elsewhere/a.wav")));
    }

    @Test
    void eachProblemIsOneSentenceWithTheOption() {
        Path t = Path.of("/m/a.wav");
        Optional<String> out = Optional.of("--out");
        assertEquals("cannot write '/m/a.wav': --out must name a .wav or .mp3 file",
                FileErrors.describe(new OutputProblem.WrongExtension(t, List.of(".wav", ".mp3")), out));
        assertEquals("cannot write '/m/a.wav': the name must end in .png",
                FileErrors.describe(new OutputProblem.WrongExtension(t, List.of(".png")), Optional.empty()));
        assertEquals("cannot write '/m/a.wav': it is a folder; give a file name ending in .wav",
                FileErrors.describe(new OutputProblem.IsFolder(t), out));
        assertEquals("cannot write '/m/a.wav': folder '/m' not found; create it or choose another --out path",
                FileErrors.describe(new OutputProblem.FolderMissing(t, Path.of("/m")), out));
        assertEquals("cannot write '/m/a.wav': permission denied; choose a writable --out path",
                FileErrors.describe(new OutputProblem.CannotCreate(t, new AccessDeniedException("/m/.a.wav")), out));
        assertEquals("cannot write '/m/a.wav': No space left on device; the unfinished file was removed",
                FileErrors.describe(new OutputProblem.WriteFailed(t, new IOException("No space left on device")), out));
        assertEquals("'/m/a.wav' would exceed the WAV size limit of 4 GiB; render a shorter duration, a lower --rate,"
                + " or MP3", FileErrors.describe(new OutputProblem.TooLongForWav(t), out));
    }
}
