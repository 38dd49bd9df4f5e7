package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.cadence.audio.RenderedOnsets;
import run.cadence.audio.io.MemorySink;
import run.cadence.audio.io.WavSamples;

class PlayCommandTest {
    @TempDir
    Path dir;


    @Test
    void baselinePlusFivePercentIsRenderedWithEveryClickOnItsFrame() throws IOException {
        Path out = dir.resolve("run.wav");
        CliRunner r = CliRunner.run("play", "--baseline", "164", "--duration", "2m", "--out", out.toString(),
                "--sound", "beep");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Target 172.2 spm = baseline 164 spm +5%"), r.out());
        short[] s = WavSamples.read(out);
        assertEquals(120 * 44_100, s.length);
        List<Long> onsets = RenderedOnsets.of(s, 1, 0, 2000);
        assertEquals((int) Math.ceil(2 * 172.2), onsets.size());
        for (int k = 0; k < onsets.size(); k++) {
            assertEquals(Math.round(k * 60.0 * 44_100 / 172.2), onsets.get(k), "beat " + k);
        }
    }

    @Test
    void absoluteIncreaseAndBpmAreReported() throws IOException {
        CliRunner plus = CliRunner.run("play", "--baseline", "164", "--increase", "+8", "--duration", "1s", "--out",
                dir.resolve("a.wav").toString());
        assertTrue(plus.out().startsWith("Target 172 spm = baseline 164 spm +8 spm"), plus.out());
        CliRunner bpm = CliRunner.run("play", "--bpm", "172.5", "--duration", "1s", "--out",
                dir.resolve("b.wav").toString());
        assertTrue(bpm.out().startsWith("Target 172.5 spm\n") || bpm.out().startsWith("Target 172.5 spm\r"), bpm.out());
    }

    @Test
    void rampFromBaselineToTargetIsDescribed() {
        CliRunner r = CliRunner.run("play", "--baseline", "164", "--ramp-over", "1m", "--duration", "2m", "--out",
                dir.resolve("r.wav").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("ramp 164 → 172.2 spm over 1m, rising linearly per second"), r.out());
    }

    @Test
    void aDurationShorterThanTheRampStopsPartWayUpTheSameSlope() throws IOException {
        Path out = dir.resolve("ramp.wav");
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--ramp-to", "180", "--ramp-over", "5m", "--duration",
                "2m", "--out", out.toString(), "--sound", "beep");
        assertEquals(0, r.exitCode(), r.err());
        // 2 of 5 minutes up a 172 -> 180 ramp reaches 175.2 spm: 347.2 beats of tempo, so beats 0..347 (348);
        // squeezing the whole ramp into 2 minutes would give 352.
        assertEquals(348, RenderedOnsets.of(WavSamples.read(out), 1, 0, 2000).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--bpm 0|cadence 0 spm is outside 40-250",
        "--bpm -5|cadence -5 spm is outside 40-250",
        "--bpm NaN|invalid cadence 'NaN'",
        "--bpm abc|invalid cadence 'abc'",
        "--bpm 10000|cadence 10000 spm is outside 40-250",
        "--baseline 164 --increase 50%|increase 50% is outside",
        "--baseline 220 --increase +31|gives a target outside 40-250 spm",
        "--baseline 82|82 looks like one leg's steps: 164 for both feet",
        "--baseline 164 --increase abc|invalid increase 'abc'",
        "--bpm 172 --duration -5m|invalid duration '-5m': must be positive",
        "--bpm 172 --duration 0s|must be longer than zero",
        "--bpm 172 --baseline 164|not both",
        "--duration 5m|missing target",
        "--bpm 172 --accent 0|--accent must be 1-64",
        "--bpm 172 --volume 120|--volume must be 0-100, not 120 (see",
        "--bpm 172 --volume 100.5|--volume must be 0-100, not 100.5 (see",
        "--bpm 172 --latency 0|--latency must be 2-1000 ms, not 0 (see",
        "--bpm 172 --ramp-to 180|--ramp-to needs --ramp-over",
        "--bpm 172 --sound tamborine|unknown sound 'tamborine'",
    })
    void badInputIsOneLineExitTwoAndLeavesNoFile(String args, String message) throws IOException {
        Path out = dir.resolve("bad.wav");
        String[] argv = Stream.concat(Stream.of("play"), Stream.concat(Stream.of(args.split(" ")),
                Stream.of("--out", out.toString()))).toArray(String[]::new);
        CliRunner r = CliRunner.run(argv);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("cadence: error: "), r.err());
        assertTrue(r.err().contains(message), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void corruptOrMissingSoundFileIsBadInput() throws IOException {
        Path junk = dir.resolve("junk.wav");
        Files.writeString(junk, "not audio");
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--sound", junk.toString(), "--out",
                dir.resolve("o.wav").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("junk.wav"), r.err());
        CliRunner m = CliRunner.run("play", "--bpm", "172", "--sound", dir.resolve("none.wav").toString(), "--out",
                dir.resolve("o.wav").toString());
        assertEquals(2, m.exitCode());
        assertTrue(m.err().contains("none.wav': no such file"), m.err());
        assertTrue(Files.notExists(dir.resolve("o.wav")));
    }

    @Test
    void mp3IsChosenByExtensionAndOtherExtensionsAreRefused() throws IOException {
        Path mp3 = dir.resolve("run.MP3");
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--duration", "5s", "--out", mp3.toString());
        assertEquals(0, r.exitCode(), r.err());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(mp3), 2);
        assertEquals(0xFF, head[0] & 0xFF);
        assertEquals(0xE0, head[1] & 0xE0, "MPEG frame sync");
        CliRunner ogg = CliRunner.run("play", "--bpm", "172", "--out", dir.resolve("run.ogg").toString());
        assertEquals(2, ogg.exitCode());
        assertTrue(ogg.err().contains("--out must name a .wav or .mp3 file"), ogg.err());
        assertTrue(Files.notExists(dir.resolve("run.ogg")));
    }

    @Test
    void unwritableOutputIsBadInput() {
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--out", dir.resolve("no/such/dir/x.wav").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("not found; create it or choose another --out path"), r.err());
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRunner r = CliRunner.run("play", "--verbose", "--bpm", "172", "--sound", "nope.wav", "--out",
                dir.resolve("o.wav").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.errLines().length > 3, r.err());
    }

    /** Runs the live path (audio thread, keys, status) into a memory sink instead of a sound card. */
    private static MemorySink playLive(String keys, String... args) {
        MemorySink[] sink = new MemorySink[1];
        Environment env = Environment.system().withStdin(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)))
                .withLiveSinks((format, device, latency, block) -> sink[0] = new MemorySink(format));
        CliRunner r = CliRunner.run(env, Stream.concat(Stream.of("play"), Stream.of(args)).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return sink[0];
    }

    @Test
    void liveOutputIsSampleForSampleTheRenderedFile() throws IOException {
        Path out = dir.resolve("same.wav");
        String[] args = {"--baseline", "160", "--ramp-to", "176", "--ramp-over", "20s", "--duration", "30s",
            "--accent", "2", "--pan", "alternate", "--sound", "cowbell"};
        assertEquals(0, CliRunner.run(Stream.concat(Stream.of("play"), Stream.concat(Stream.of(args),
                Stream.of("--out", out.toString()))).toArray(String[]::new)).exitCode());
        MemorySink live = playLive("", args);
        assertTrue(live.finished());
        assertArrayEquals(WavSamples.read(out), live.samples());
    }

    @Test
    void quitKeyStopsLivePlayback() {
        PacedSink[] sink = new PacedSink[1];
        Environment env = Environment.system().withStdin(new ByteArrayInputStream("q".getBytes(StandardCharsets.UTF_8)))
                .withLiveSinks((format, device, latency, block) -> sink[0] = new PacedSink(format, 100));
        CliRunner r = CliRunner.run(env, "play", "--bpm", "172");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Played "), r.out());
        assertTrue(sink[0].memory.frames() < 60 * 44_100, "stopped long before a minute: " + sink[0].memory.frames());
    }

    /** "Stopped for pain" means something only in a session: the metronome plays on through a p. */
    @Test
    void painKeyIsASessionKeyAndTheMetronomeIgnoresIt() {
        PacedSink[] sink = new PacedSink[1];
        Environment env = Environment.system().withStdin(new ByteArrayInputStream("p".getBytes(StandardCharsets.UTF_8)))
                .withLiveSinks((format, device, latency, block) -> sink[0] = new PacedSink(format, 10));
        CliRunner r = CliRunner.run(env, "play", "--bpm", "172", "--duration", "5s");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(5 * 44_100, sink[0].memory.frames());
        assertTrue(r.out().contains("Played 00:05, 15 steps"), r.out());
        assertTrue(CliRunner.run("play", "--help").out().replaceAll("\\s+", " ").contains("p (stop for pain) is a"
                + " session key (run, next): here it is ignored"));
    }

    @Test
    void aFallingRampIsDescribedAsFalling() {
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--ramp-to", "150", "--ramp-over", "30s", "--duration",
                "1m", "--out", dir.resolve("f.wav").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("ramp 172 → 150 spm over 30s, falling linearly per second, then steady"), r.out());
    }

    /** As run does: a usage error is the only output, with nothing printed before it. */
    @Test
    void aWrongOutputKindIsRefusedBeforeAnythingIsPrinted() {
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--out", dir.resolve("x.ogg").toString());
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().length, r.err());
    }

    @Test
    void aFileOnTheWayToTheOutputFolderIsNamedAsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.wav"), "x");
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--out", file.resolve("x.wav").toString());
        assertEquals(2, r.exitCode());
        assertEquals("cadence: error: cannot write '" + file.resolve("x.wav") + "': '" + file
                + "' is a file, not a folder; choose another --out path\n", r.err());
    }

    /** A symbolic link is written through: the file it points to is replaced, the link kept (docs/run.md). */
    @Test
    void anOutputThatIsALinkIsWrittenThrough() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("run.wav"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.wav"), Path.of("real", "run.wav"));
        CliRunner r = CliRunner.run("play", "--bpm", "172", "--duration", "1s", "--out", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertEquals(44 + 44_100 * 2, Files.size(real));
        try (Stream<Path> files = Files.list(dir.resolve("real"))) {
            assertEquals(List.of(real), files.toList(), "nothing else is left beside the target");
        }
    }

    @Test
    void soundFilesThatAreNotFilesOrAreCompressedSaySo() throws IOException {
        CliRunner dev = CliRunner.run("play", "--bpm", "172", "--sound", "/dev/zero", "--out",
                dir.resolve("o.wav").toString());
        assertEquals(2, dev.exitCode());
        assertEquals("cadence: error: cannot read sound file '/dev/zero': not a regular file (a pipe, a device or a"
                + " broken link); give an audio file\n", dev.err());
        Path mp3 = dir.resolve("click.mp3");
        assertEquals(0, CliRunner.run("play", "--bpm", "172", "--duration", "2s", "--out", mp3.toString())
                .exitCode());
        CliRunner compressed = CliRunner.run("play", "--bpm", "172", "--sound", mp3.toString(), "--out",
                dir.resolve("o.wav").toString());
        assertEquals(2, compressed.exitCode());
        assertTrue(compressed.err().startsWith("cadence: error: cannot use sound file '" + mp3 + "': it is compressed"
                + " audio (MP3), whose decoder delay would put every sound late; use a 16-bit PCM WAV"),
                compressed.err());
    }
}
