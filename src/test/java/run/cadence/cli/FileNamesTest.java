package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names at the edges: near the file system's 255-byte limit, with bytes that are not UTF-8, and under the C
 * locale (Java run directly, as the launcher's fix for it is LauncherTest's). Each works or is one line, exit 2,
 * with nothing left behind; none is a stack trace.
 */
class FileNamesTest {
    @TempDir
    Path dir;

    private static final String ACCENTED = "'%s/caf\\303\\251.wav'";
    private static final String LATIN1 = "'%s/caf\\351.wav'";

    /** The hidden partial name was 47 bytes longer than the target's: a good 240-byte name failed. */
    @Test
    void aNameUpToTheLimitIsRenderedAndALongerOneIsOneLine() throws Exception {
        Path longest = dir.resolve("a".repeat(251) + ".wav");
        CliRunner ok = CliRunner.run("play", "--bpm", "170", "--duration", "5s", "--out", longest.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.size(longest) > 44);
        Files.delete(longest);

        Path tooLong = dir.resolve("a".repeat(252) + ".wav");
        CliRunner r = CliRunner.run("play", "--bpm", "170", "--duration", "5s", "--out", tooLong.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(List.of("cadence: error: cannot write '" + tooLong + "': File name too long; choose a writable"
                + " --out path"), List.of(r.errLines()));
        assertEquals(List.of(), DiskFullTest.files(dir));
    }

    /** A name's bytes, made by printf in the child's shell, as --out. */
    private ChildCadence.Finished playTo(String locale, String name) throws Exception {
        return ChildCadence.runScript(dir.resolve("log.txt"), Map.of("LC_ALL", locale),
                "exec \"$@\" --out \"$(printf " + name.formatted(dir.resolve("out")) + ")\"", "play", "--bpm", "170",
                "--duration", "5s");
    }

    private List<String> outputLines(ChildCadence.Finished r) {
        return r.output().lines().toList();
    }

    @Test
    void underTheCLocaleAnAccentedNameIsOneLineNamingTheLocale() throws Exception {
        Files.createDirectory(dir.resolve("out"));
        ChildCadence.Finished r = playTo("C", ACCENTED);
        assertEquals(2, r.exitCode(), r.output());
        List<String> lines = outputLines(r);
        assertEquals(1, lines.size(), r.output());
        assertTrue(lines.get(0).startsWith("cadence: error: Invalid value for option '--out': '" + dir.resolve("out")
                + "/caf"), r.output());
        assertTrue(lines.get(0).endsWith("has characters the locale's character set (ANSI_X3.4-1968, from LC_ALL,"
                + " LC_CTYPE or LANG) cannot hold; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (see 'cadence play"
                + " --help')"), r.output());
        assertEquals(List.of(), DiskFullTest.files(dir.resolve("out")));
    }

    @Test
    void underAUtf8LocaleAnAccentedNameWorksAndANonUtf8OneIsOneLine() throws Exception {
        Files.createDirectory(dir.resolve("out"));
        ChildCadence.Finished ok = playTo("C.UTF-8", ACCENTED);
        assertEquals(0, ok.exitCode(), ok.output());
        assertEquals(List.of("caf\u00e9.wav"), DiskFullTest.files(dir.resolve("out")));
        Files.delete(dir.resolve("out/caf\u00e9.wav"));

        ChildCadence.Finished r = playTo("C.UTF-8", LATIN1);
        assertEquals(2, r.exitCode(), r.output());
        assertEquals(List.of("cadence: error: Invalid value for option '--out': '" + dir.resolve("out")
                + "/caf\uFFFD.wav' has bytes that are not UTF-8 (shown as \uFFFD), which cannot be passed on; rename"
                + " it with UTF-8 characters (see 'cadence play --help')"), outputLines(r));
        assertEquals(List.of(), DiskFullTest.files(dir.resolve("out")), "written under a name never asked for");
    }

    @Test
    void aDataFolderFromTheEnvironmentThatDidNotDecodeIsOneLine() throws Exception {
        for (String locale : List.of("C", "C.UTF-8")) {
            ChildCadence.Finished r = ChildCadence.runScript(dir.resolve("log.txt"), Map.of("LC_ALL", locale),
                    "CADENCE_HOME=\"$(printf " + LATIN1.formatted(dir) + ")\" exec \"$@\"", "history");
            assertEquals(2, r.exitCode(), r.output());
            List<String> lines = outputLines(r);
            assertEquals(1, lines.size(), r.output());
            assertTrue(lines.get(0).startsWith("cadence: error: cannot use the data folder (from --data-dir,"
                    + " $CADENCE_HOME, $XDG_DATA_HOME or $HOME): '" + dir + "/caf"), r.output());
            assertTrue(lines.get(0).endsWith(", or give --data-dir"), r.output());
        }
        assertEquals(List.of("log.txt"), DiskFullTest.files(dir), "a data folder made under a mangled name");
    }
}
