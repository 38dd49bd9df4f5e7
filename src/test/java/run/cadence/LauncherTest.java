package run.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ./cadence} launcher, run for real on a copy of the project layout whose {@code mvn} is a stand-in
 * (it takes a second and "builds" a tiny jar that reports how its JVM was started): its own cache in target/ must never
 * break a command, two commands at once build once, and it works through a symlink and with the runner's own JVM
 * options.
 */
class LauncherTest {
    /** The stand-in for the real jar: prints its arguments, the collectors in use and whether CDS was given. */
    private static final String PROBE = """
            import java.lang.management.ManagementFactory;
            public class Probe {
                public static void main(String[] args) throws Exception {
                    if (System.getenv("PROBE_CRASH") != null) {
                        java.lang.reflect.Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
                        f.setAccessible(true);
                        Object unsafe = f.get(null);
                        unsafe.getClass().getMethod("putAddress", long.class, long.class).invoke(unsafe, 0L, 0L);
                    }
                    StringBuilder gc = new StringBuilder();
                    for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                        gc.append(bean.getName()).append(';');
                    }
                    boolean cds = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
                    if (System.getenv("PROBE_NAMES") != null) {
                        System.out.println("names " + System.getProperty("sun.jnu.encoding") + " " + args[0].length()
                                + " " + java.nio.file.Path.of(args[0]).getFileName());
                        return;
                    }
                    System.out.println("probe " + String.join(" ", args) + " gc=" + gc + " cds=" + cds);
                }
            }
            """;

    @TempDir
    Path dir;

    private Path project;
    private Path bin;
    private Path probeJar;

    @BeforeEach
    void layout() throws Exception {
        project = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Path.of("cadence"), project.resolve("cadence"));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("src/main/java/A.java"), "class A {}\n");
        Files.createDirectories(project.resolve("sounds"));
        probeJar = probeJar(Files.createDirectories(dir.resolve("probe")));
        bin = Files.createDirectories(dir.resolve("bin"));
        // The stand-in build: a second's work, deleting the jar first as a real package run may, then writing it where
        // -Dcadence.jar says (target/cadence.jar without it).
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, """
                #!/bin/sh
                out=
                pom=
                for a in "$@"; do
                  case "$a" in -Dcadence.jar=*) out=${a#-Dcadence.jar=} ;; esac
                done
                echo build >> "$FAKE_MVN_LOG"
                if [ -n "$FAKE_MVN_FAIL" ]; then echo "BUILD FAILURE"; exit 1; fi
                [ -n "$out" ] || out="$FAKE_PROJECT/target/cadence.jar"
                rm -f "$FAKE_PROJECT/target/cadence.jar"
                sleep 1
                cp "$FAKE_JAR" "$out"
                """);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path probeJar(Path folder) throws Exception {
        Path source = folder.resolve("Probe.java");
        Files.writeString(source, PROBE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", folder.toString(), source.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Probe");
        Path jar = folder.resolve("probe.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Probe.class"));
            out.write(Files.readAllBytes(folder.resolve("Probe.class")));
            out.closeEntry();
        }
        return jar;
    }

    private record Run(int exitCode, String out, String err) {}

    private Process start(Path launcher, Path cwd, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return start(command, cwd, env);
    }

    private Process start(List<String> command, Map<String, String> env) throws IOException {
        return start(command, dir, env);
    }

    private Process start(List<String> command, Path cwd, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("FAKE_MVN_LOG", dir.resolve("mvn.log").toString());
        pb.environment().put("FAKE_JAR", probeJar.toString());
        pb.environment().put("FAKE_PROJECT", project.toString());
        pb.environment().remove("CADENCE_JAVA_OPTS");
        pb.environment().putAll(env);
        return pb.start();
    }

    private Run finish(Process p) throws Exception {
        // Read both streams before waiting: a full pipe would block the child.
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        return finish(start(project.resolve("cadence"), dir, env, args));
    }

    private Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private int builds() throws IOException {
        Path log = dir.resolve("mvn.log");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    private Path target(String name) {
        return project.resolve("target").resolve(name);
    }

    /** A first run builds and makes the archive; the second starts with it. */
    private void builtWithArchive() throws Exception {
        Run first = run("--version");
        assertEquals(0, first.exitCode(), first.err());
        Run second = run("--version");
        assertEquals("probe --version gc=Copy;MarkSweepCompact; cds=true", second.out().strip(), second.err());
        assertTrue(Files.exists(target("cadence.jsa")));
    }

    private List<String> crashReportsIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("hs_err")).toList();
        }
    }

    private void damagedArchiveIsNotUsedAndIsRemade(byte[] garbage, long at, boolean truncate) throws Exception {
        builtWithArchive();
        Path jsa = target("cadence.jsa");
        byte[] made = Files.readAllBytes(jsa);
        jsa.toFile().setWritable(true);
        if (truncate) {
            try (var ch = Files.newByteChannel(jsa, StandardOpenOption.WRITE)) {
                ch.truncate(made.length / 2);
            }
        } else {
            try (var ch = Files.newByteChannel(jsa, StandardOpenOption.WRITE)) {
                ch.position(at < 0 ? made.length + at : at);
                ch.write(java.nio.ByteBuffer.wrap(garbage));
            }
        }
        Run r = run("sessions");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertEquals("probe sessions gc=Copy;MarkSweepCompact; cds=true", r.out().strip());
        assertEquals("", r.err());
        assertEquals(List.of(), crashReportsIn(dir), "a crash report in the runner's folder");
        assertEquals(made.length, Files.size(jsa), "the archive was made again");
    }

    @Test
    void aTruncatedArchiveIsNotUsedAndIsMadeAgain() throws Exception {
        damagedArchiveIsNotUsedAndIsRemade(null, 0, true);
    }

    @Test
    void anArchiveWithGarbageInItsHeaderIsNotUsed() throws Exception {
        damagedArchiveIsNotUsedAndIsRemade("garbage!garbage!".getBytes(StandardCharsets.US_ASCII), 100, false);
    }

    @Test
    void anArchiveWithGarbageInItsTailIsNotUsed() throws Exception {
        damagedArchiveIsNotUsedAndIsRemade("garbage!garbage!".getBytes(StandardCharsets.US_ASCII), -3000, false);
    }

    @Test
    void anArchiveMadeByAnotherJdkIsMadeAgain() throws Exception {
        builtWithArchive();
        Path sum = target("cadence.jsa.sum");
        List<String> lines = Files.readAllLines(sum);
        String jdkLine = lines.get(1);
        // The release file of another build of Java: a different size and date.
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replaceAll(" [0-9]+ [0-9]+$", " 1 1"));
        Files.write(sum, lines);
        FileTime made = Files.getLastModifiedTime(target("cadence.jsa"));
        Run r = run("--version");
        assertEquals(0, r.exitCode(), r.err());
        assertNotEquals(made, Files.getLastModifiedTime(target("cadence.jsa")), "the archive was not made again");
        assertEquals(jdkLine, Files.readAllLines(sum).get(1));
    }

    @Test
    void aJvmCrashLeavesItsReportInTargetAndTheArchiveIsMadeAgain() throws Exception {
        builtWithArchive();
        Path jsa = target("cadence.jsa");
        FileTime made = Files.getLastModifiedTime(jsa);
        Run crashed = run(Map.of("PROBE_CRASH", "1"), "--version");
        assertNotEquals(0, crashed.exitCode());
        assertEquals(List.of(), crashReportsIn(dir), "a crash report in the runner's folder");
        assertEquals(1, crashReportsIn(project.resolve("target")).size());
        Run next = run("--version");
        assertEquals(0, next.exitCode(), next.err());
        assertNotEquals(made, Files.getLastModifiedTime(jsa), "the archive in use when the JVM crashed was kept");
    }

    @Test
    void commandsStartedDuringABuildWaitForItAndBuildOnce() throws Exception {
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            started.add(start(project.resolve("cadence"), dir, Map.of(), "sessions", Integer.toString(i)));
            Thread.sleep(300);
        }
        for (int i = 0; i < 3; i++) {
            Run r = finish(started.get(i));
            assertEquals(0, r.exitCode(), r.out() + r.err());
            assertTrue(r.out().startsWith("probe sessions " + i + " "), r.out());
        }
        assertEquals(1, builds());
        assertTrue(Files.isRegularFile(target("cadence.jar")));
        try (Stream<Path> s = Files.list(project.resolve("target"))) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.contains("building")).toList());
        }
    }

    @Test
    void aChangedSourceBuildsAgainAndAFailedBuildKeepsTheOldJar() throws Exception {
        builtWithArchive();
        assertEquals(1, builds());
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.now().plusSeconds(5)));
        Run failed = run(Map.of("FAKE_MVN_FAIL", "1"), "--version");
        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("BUILD FAILURE"), failed.err());
        assertTrue(failed.err().strip().endsWith("cadence: error: the build failed (log above, also in target/build.log)"),
                failed.err());
        assertTrue(Files.isRegularFile(target("cadence.jar")), "the failed build removed the jar");
        Run rebuilt = run("--version");
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertEquals(3, builds());
    }

    @Test
    void throughASymlinkTheCheckoutIsWhereTheLinkPoints() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("home/bin"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("cadence"), project.resolve("cadence"));
        Run r = finish(start(link, dir, Map.of(), "--version"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("probe --version"), r.out());
        assertFalse(Files.exists(elsewhere.resolve("target")), "a target/ folder beside the link");
        assertTrue(Files.isRegularFile(target("cadence.jar")));
    }

    @Test
    void aCollectorInCadenceJavaOptsReplacesTheLaunchersOwn() throws Exception {
        Run r = run(Map.of("CADENCE_JAVA_OPTS", "-XX:+UseG1GC"), "--version");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("gc=G1 "), r.out());
    }

    /**
     * Under LANG=C Java's file names are ASCII: "caf\u00e9.wav" could not be used at all. The launcher gives Java
     * C.UTF-8 for the C locale (a locale that is not installed is the C locale too), and leaves a UTF-8 one alone.
     */
    @Test
    void underTheCLocaleJavaReadsUtf8Names() throws Exception {
        for (String locale : List.of("C", "POSIX", "xx_XX.NOPE", "C.UTF-8")) {
            // The name's bytes come from printf, whatever this test JVM's own locale could encode.
            Run r = finish(start(List.of("sh", "-c", "exec \"$0\" \"$(printf 'caf\\303\\251.wav')\"",
                    project.resolve("cadence").toString()), Map.of("LC_ALL", locale, "PROBE_NAMES", "1")));
            assertEquals(0, r.exitCode(), r.err());
            assertEquals("names UTF-8 8 caf\u00e9.wav", r.out().strip(), locale);
        }
    }
}
