package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.audio.AudioSink;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.RenderedOnsets;
import run.cadence.audio.io.ClickSounds;
import run.cadence.audio.io.MemorySink;
import run.cadence.audio.io.WavSamples;
import run.cadence.play.CuePhrases;
import run.cadence.session.Cue;
import run.cadence.session.CueAnchor;
import run.cadence.session.CuePlan;
import run.cadence.session.SegmentKind;
import run.cadence.session.SessionLibrary;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;
import run.cadence.voice.CueClips;
import run.cadence.voice.Speech;
import run.cadence.voice.CueVoice;
import run.cadence.voice.VoiceSettings;

class RunCommandTest {
    static final int RATE = 44_100;
    /** 2:45 with a walk warmup, two run/walk passes (so a last repeat) and a cooldown. */
    static final String WORKOUT = String.join("\n", "# short walk-run", "Warmup", "- 30s walk", "Main set 2x",
            "- 40s run", "- 20s walk", "Cooldown", "- 15s walk", "");

    @TempDir
    Path dir;
    Path workout;

    @BeforeEach
    void writeWorkout() throws IOException {
        workout = dir.resolve("short.workout");
        Files.writeString(workout, WORKOUT);
    }

    private CliRunner run(String... args) {
        return CliRunner.run(Stream.concat(Stream.of("run"), Stream.of(args)).toArray(String[]::new));
    }

    private Timeline timeline() {
        return Timeline.compile(SessionLibrary.find(workout.toString()),
                SessionSettings.withBaseline(new Cadence(164)));
    }

    /** The cue track a session should sound like, built from the cue plan alone, clicks left out. */
    private static float[] expectedCues(Timeline t, Speech speech, int frames) {
        CuePlan plan = CuePlan.of(t);
        CueClips clips = CueClips.prepare(speech, CuePhrases.distinct(t, plan), RATE);
        float[] mix = new float[frames];
        for (Cue c : plan.cues()) {
            float[] clip = clips.clip(CuePhrases.of(t, c));
            long start = c.anchor() == CueAnchor.ENDS_AT ? c.frame(RATE) - clip.length : c.frame(RATE);
            for (int i = 0; i < clip.length; i++) {
                mix[(int) start + i] += clip[i];
            }
        }
        return mix;
    }

    private static void assertSounds(float[] expected, short[] actual) {
        assertEquals(expected.length, actual.length, "frames");
        int worst = 0;
        int at = -1;
        for (int i = 0; i < actual.length; i++) {
            float x = Math.max(-1f, Math.min(1f, expected[i]));
            int d = Math.abs(actual[i] - Math.round(x * 32767f));
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        // Float sums in another order may round a 16-bit step apart; a misplaced cue is thousands off.
        assertTrue(worst <= 1, "sample " + at + " differs by " + worst);
    }

    private static List<Long> expectedBeats(Timeline t) {
        double target = CadenceIncrease.DEFAULT.apply(new Cadence(164)).stepsPerMinute();
        List<Long> beats = new ArrayList<>();
        for (TimelineSegment s : t.segments()) {
            if (s.kind() != SegmentKind.RUN) {
                continue;
            }
            for (long k = 0;; k++) {
                long f = s.startFrame(RATE) + Math.round(k * 60.0 * RATE / target);
                if (f >= s.endFrame(RATE)) {
                    break;
                }
                beats.add(f);
            }
        }
        return beats;
    }

    @Test
    void toneCuesStartOnTheirFramesAndTheFileHoldsTheSummaryTail() throws IOException {
        Path out = dir.resolve("tones.wav");
        CliRunner r = run(workout.toString(), "--baseline", "164", "--no-voice", "--volume", "0", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("short: 02:45, 6 steps, 01:20 running; runs at 172.2 spm = baseline 164 spm +5%"),
                r.out());
        assertTrue(r.out().contains("with tones"), r.out());
        short[] s = WavSamples.read(out);
        Timeline t = timeline();
        assertTrue(s.length > t.totalFrames(RATE), "the summary plays after the last step");
        try (Speech tones = new VoiceSettings(new CueVoice.Tones(), Optional.empty()).open()) {
            assertSounds(expectedCues(t, tones, s.length), s);
        }
    }

    @Test
    void misnamedRecordingsInTheCueFolderAreNamedBeforePlayback() throws Exception {
        Path cues = Files.createDirectory(dir.resolve("cues"));
        writeTone(cues.resolve("kind-walk.wav"));
        // Never decoded, since no cue plays them: only their names matter.
        Files.writeString(cues.resolve("run-one-minte.wav"), "misspelt");
        Files.writeString(cues.resolve("Kind-Sprint.WAV"), "not a kind");
        Files.writeString(cues.resolve("notes.txt"), "not a recording");
        Path out = dir.resolve("s.wav");

        CliRunner r = run(workout.toString(), "--baseline", "164", "--no-voice", "--cues", cues.toString(),
                "--volume", "0", "--out", out.toString());

        assertEquals(0, r.exitCode(), r.err());
        List<String> warnings = r.out().lines().filter(l -> l.startsWith("cue folder: ")).toList();
        assertEquals(List.of(
                "cue folder: 'Kind-Sprint.WAV' matches no cue in this session (see cadence cue name TEXT)",
                "cue folder: 'run-one-minte.wav' matches no cue in this session (see cadence cue name TEXT)"),
                warnings);
        assertTrue(r.out().indexOf("cue folder: ") < r.out().indexOf("Prepared "), r.out());
    }

    /** A short 16-bit mono WAV, a recording the cue folder can decode. */
    private static void writeTone(Path file) throws IOException {
        byte[] pcm = new byte[2 * 4410];
        for (int i = 0; i < pcm.length / 2; i++) {
            short v = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 44_100.0));
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(44_100, 16, 1, true, false);
        try (javax.sound.sampled.AudioInputStream in = new javax.sound.sampled.AudioInputStream(
                new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            javax.sound.sampled.AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    @Test
    void freeTtsCuesStartOnTheirFrames() throws IOException {
        Path out = dir.resolve("voice.wav");
        CliRunner r = run(workout.toString(), "--baseline", "164", "--volume", "0", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("with freetts"), r.out());
        short[] s = WavSamples.read(out);
        try (Speech freetts = VoiceSettings.DEFAULT.open()) {
            assertSounds(expectedCues(timeline(), freetts, s.length), s);
        }
    }

    @Test
    void clicksFallOnExactFramesInRunsOnlyAndDuckUnderSpeech() throws IOException {
        Path full = dir.resolve("full.wav");
        Path cuesOnly = dir.resolve("cues.wav");
        assertEquals(0, run(workout.toString(), "--baseline", "164", "--no-voice", "--out", full.toString())
                .exitCode());
        assertEquals(0, run(workout.toString(), "--baseline", "164", "--no-voice", "--volume", "0", "--out",
                cuesOnly.toString()).exitCode());
        short[] a = WavSamples.read(full);
        short[] b = WavSamples.read(cuesOnly);
        assertEquals(a.length, b.length);
        short[] clicks = new short[a.length];
        for (int i = 0; i < a.length; i++) {
            clicks[i] = (short) (a[i] - b[i]);
        }
        Timeline t = timeline();
        List<Long> beats = expectedBeats(t);
        assertEquals(beats, RenderedOnsets.of(clicks, 1, 0, 2000));

        // Speech spans from the cue plan and the clips' lengths: a click inside one is ducked.
        boolean[] speaking = new boolean[a.length];
        try (Speech tones = new VoiceSettings(new CueVoice.Tones(), Optional.empty()).open()) {
            CuePlan plan = CuePlan.of(t);
            CueClips clips = CueClips.prepare(tones, CuePhrases.distinct(t, plan), RATE);
            for (Cue c : plan.cues()) {
                int length = clips.clip(CuePhrases.of(t, c)).length;
                long start = c.anchor() == CueAnchor.ENDS_AT ? c.frame(RATE) - length : c.frame(RATE);
                Arrays.fill(speaking, (int) start, (int) start + length, true);
            }
        }
        int clickLength = ClickSounds.load("woodblock", RATE).normal().length;
        List<Integer> ducked = new ArrayList<>();
        List<Integer> clear = new ArrayList<>();
        for (long beat : beats) {
            int from = (int) beat;
            boolean allSpeech = true;
            boolean anySpeech = false;
            for (int i = from; i < from + clickLength; i++) {
                allSpeech &= speaking[i];
                anySpeech |= speaking[i];
            }
            int peak = 0;
            for (int i = from; i < from + clickLength; i++) {
                peak = Math.max(peak, Math.abs(clicks[i]));
            }
            if (allSpeech) {
                ducked.add(peak);
            } else if (!anySpeech) {
                clear.add(peak);
            }
        }
        assertFalse(ducked.isEmpty(), "some clicks fall under a cue");
        int loud = clear.get(0);
        assertTrue(clear.stream().allMatch(p -> p == loud), clear.toString());
        for (int p : ducked) {
            assertEquals(ClickOptions.DEFAULT.duckGain() * loud, p, 2.0, "ducked peak vs " + loud);
        }
    }

    /** Runs the live path (audio thread, keys, status) into {@code sink} instead of a sound card. */
    private static String playLive(InputStream keys, AudioSink sink, String... args) {
        Environment env = Environment.system().withStdin(keys).withLiveSinks((format, device, latency, block) -> sink);
        CliRunner r = CliRunner.run(env, Stream.concat(Stream.of("run"), Stream.of(args)).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return r.out();
    }

    @Test
    void liveOutputIsSampleForSampleTheRenderedFile() throws IOException {
        Path out = dir.resolve("same.wav");
        String[] args = {workout.toString(), "--baseline", "164", "--walk-cadence", "126", "--no-voice", "--accent",
            "2", "--pan", "alternate", "--sound", "cowbell"};
        assertEquals(0, run(Stream.concat(Stream.of(args), Stream.of("--out", out.toString()))
                .toArray(String[]::new)).exitCode());
        MemorySink live = new MemorySink(new RenderFormat(RATE, 2));
        String printed = playLive(new ByteArrayInputStream(new byte[0]), live, args);
        assertTrue(live.finished());
        assertArrayEquals(WavSamples.read(out), live.samples());
        assertTrue(printed.contains("Session complete: 02:45, 6 of 6 steps, 01:20 running."), printed);
    }

    /** A memory sink that stops at a frame until told to go on, so a key can be pressed at a known point. */
    static final class GatedSink implements AudioSink {
        final MemorySink memory = new MemorySink(new RenderFormat(RATE, 1));
        final long gate;
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);

        GatedSink(long gate) {
            this.gate = gate;
        }

        @Override
        public RenderFormat format() {
            return memory.format();
        }

        @Override
        public void write(float[] interleaved, int frames) throws IOException {
            memory.write(interleaved, frames);
            if (memory.frames() >= gate && reached.getCount() > 0) {
                reached.countDown();
                try {
                    assertTrue(released.await(20, TimeUnit.SECONDS));
                    // The key is queued; give the console thread time to hand it to the player.
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void finish() {
            memory.finish();
        }

        @Override
        public void close() {}
    }

    @Test
    void nSkipsTheLiveSessionToTheNextStep() throws IOException {
        Path out = dir.resolve("whole.wav");
        String[] args = {workout.toString(), "--baseline", "164", "--no-voice"};
        assertEquals(0, run(Stream.concat(Stream.of(args), Stream.of("--out", out.toString()))
                .toArray(String[]::new)).exitCode());
        short[] whole = WavSamples.read(out);
        GatedSink sink = new GatedSink(5L * RATE);
        InputStream keys = new InputStream() {
            int reads;

            @Override
            public int read() throws IOException {
                try {
                    if (reads++ == 0) {
                        sink.reached.await(20, TimeUnit.SECONDS);
                        return 'n';
                    }
                    sink.released.countDown();
                    return -1;
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        String printed = playLive(keys, sink, args);
        short[] live = sink.memory.samples();
        int runStart = (int) timeline().segments().get(1).startFrame(RATE);
        int after = whole.length - runStart;
        assertTrue(live.length < whole.length - 20 * RATE, "most of the 30 s warmup was skipped: " + live.length);
        assertArrayEquals(Arrays.copyOfRange(whole, runStart, whole.length),
                Arrays.copyOfRange(live, live.length - after, live.length), "from the run on, as rendered");
        assertFalse(printed.contains("Session complete"), "a skipped step is no session complete: " + printed);
        // Where in the warm-up the key lands depends on the sink's pace; the steps and the running do not.
        assertTrue(printed.matches("(?s).*Reached the end with 1 step skipped \\(00:\\d\\d\\): 0\\d:\\d\\d played, 5 of 6"
                + " steps, 01:20 running\\..*"), printed);
    }

    @Test
    void quitStopsTheLiveSessionAndSaysWhatWasDone() {
        PacedSink sink = new PacedSink(new RenderFormat(RATE, 1), 100);
        String printed = playLive(new ByteArrayInputStream("q".getBytes(StandardCharsets.US_ASCII)), sink,
                "uphill-walk-45", "--no-voice");
        assertTrue(sink.memory.frames() < 45 * 60 * RATE, "stopped before the end: " + sink.memory.frames());
        assertTrue(printed.contains("Stopped after "), printed);
        assertTrue(printed.contains("steps completed, 00:00 running."), printed);
    }

    @Test
    void pStopsTheLiveSessionForPain() {
        PacedSink sink = new PacedSink(new RenderFormat(RATE, 1), 100);
        String printed = playLive(new ByteArrayInputStream("p".getBytes(StandardCharsets.US_ASCII)), sink,
                "uphill-walk-45", "--no-voice");
        assertTrue(sink.memory.frames() < 45 * 60 * RATE, "stopped before the end: " + sink.memory.frames());
        assertTrue(printed.contains("p stop for pain"), printed);
        assertTrue(printed.contains("Stopped for pain after "), printed);
    }

    @Test
    void mp3IsWrittenByExtension() throws IOException {
        Path out = dir.resolve("run.MP3");
        CliRunner r = run(workout.toString(), "--baseline", "164", "--no-voice", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        boolean id3 = bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3';
        boolean sync = (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xe0) == 0xe0;
        assertTrue(id3 || sync, "an MP3 stream");
        // 96 kbit/s for 2:45 of mono is about 1.98 MB.
        assertEquals(165 * 96_000 / 8.0, bytes.length, 165 * 96_000 / 8.0 * 0.05);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run-walk-2|unknown session 'run-walk-2'; did you mean 'run-walk-2-3'?",
        "RELATIVE|asks for '+5%', which is relative to your baseline cadence; give --baseline SPM",
        "run-walk-2-3 --baseline 164 --out-ext .ogg|--out must name a .wav or .mp3 file",
        "run-walk-2-3 --increase 8%|--increase applies to --baseline",
        "run-walk-2-3 --baseline 164 --accent 0|--accent must be 1-64",
        "run-walk-2-3 --baseline 164 --latency 0|--latency must be 2-1000 ms",
        "BADCUE|cannot read sound file",
    })
    void badInputIsOneLineExitTwoAndLeavesNoFile(String args, String message) throws IOException {
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path relative = dir.resolve("relative.workout");
        Files.writeString(relative, "Main\n- 5m run +5%\n");
        Path cues = Files.createDirectory(dir.resolve("cues"));
        Files.writeString(cues.resolve("kind-walk.wav"), "not audio");
        String ext = args.contains("--out-ext") ? args.substring(args.indexOf("--out-ext") + 10) : ".wav";
        String given = args.replaceAll(" --out-ext \\S+", "")
                .replace("RELATIVE", relative.toString())
                .replace("BADCUE", "run-walk-2-3 --baseline 164 --cues " + cues);
        String[] argv = Stream.concat(Stream.of(given.split(" ")), Stream.of("--out", outDir.resolve("s" + ext)
                .toString())).toArray(String[]::new);
        CliRunner r = run(argv);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("cadence: error: "), r.err());
        assertTrue(r.err().contains(message), r.err());
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** Samples heap use while a command runs: the peak, and the peak of what survived each collection. */
    static final class HeapSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        volatile long peakUsed;
        volatile long peakAfterGc;

        HeapSampler() {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            thread = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    long afterGc = 0;
                    for (MemoryPoolMXBean p : heap) {
                        if (p.getCollectionUsage() != null) {
                            afterGc += p.getCollectionUsage().getUsed();
                        }
                    }
                    peakUsed = Math.max(peakUsed, used);
                    peakAfterGc = Math.max(peakAfterGc, afterGc);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    /** Click onsets of (a - b), read in chunks so two 45-minute WAVs never sit in memory. */
    static List<Long> clickOnsets(Path withClicks, Path cuesOnly) throws IOException {
        List<Long> onsets = new ArrayList<>();
        try (FileChannel a = FileChannel.open(withClicks); FileChannel b = FileChannel.open(cuesOnly)) {
            assertEquals(a.size(), b.size());
            ByteBuffer ba = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer bb = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            a.position(44);
            b.position(44);
            long frame = 0;
            long lastSound = -2001;
            while (a.read(ba) > 0) {
                while (bb.position() < ba.position() && b.read(bb) > 0) {
                    // Fill the second buffer as far as the first.
                }
                ba.flip();
                bb.flip();
                while (ba.remaining() >= 2) {
                    if (ba.getShort() != bb.getShort()) {
                        if (frame - lastSound > 2000) {
                            onsets.add(frame);
                        }
                        lastSound = frame;
                    }
                    frame++;
                }
                ba.compact();
                bb.compact();
            }
        }
        return onsets;
    }

    /**
     * {@code mvn -B -Pbench verify}: a 45-minute walk-run session with every cue spoken by FreeTTS, rendered to
     * WAV and to MP3; wall time, x real time, heap; then every click's frame checked in the WAV. The figures
     * go to target/bench/run.txt and docs/run.md. Asserts the frames, never the time.
     */
    @Test
    @Tag("bench")
    void rendersAFortyFiveMinuteWalkRunSession() throws Exception {
        Path bench = dir.resolve("walk-run-45.workout");
        Files.writeString(bench, String.join("\n", "# 45 minutes: 7 x (2 min run, 3 min walk)", "Warmup",
                "- 5m walk", "Main set 7x", "- 2m run", "- 3m walk", "Cooldown", "- 5m walk", ""));
        Timeline t = Timeline.compile(SessionLibrary.find(bench.toString()),
                SessionSettings.withBaseline(new Cadence(164)));
        assertEquals(45 * 60, t.total().getSeconds());
        StringBuilder report = new StringBuilder();
        for (String ext : new String[] {"wav", "mp3"}) {
            Path out = dir.resolve("bench." + ext);
            long start = System.nanoTime();
            CliRunner r;
            long peak;
            long live;
            try (HeapSampler heap = new HeapSampler()) {
                r = run(bench.toString(), "--baseline", "164", "--out", out.toString());
                peak = heap.peakUsed;
                live = heap.peakAfterGc;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, r.exitCode(), r.err());
            report.append(String.format(Locale.ROOT, "run bench %s: 45 min walk-run, %d cues by FreeTTS, %.1f s wall "
                            + "(%.0fx real time, speech synthesis included), %.1f MB file, peak heap used %.0f MB, "
                            + "peak heap live after GC %.0f MB; %s%n",
                    ext.toUpperCase(Locale.ROOT), CuePlan.of(t).cues().size(), seconds, 45 * 60 / seconds,
                    Files.size(out) / 1e6, peak / 1e6, live / 1e6, r.out().strip().replace("\n", " | ")));
        }
        Path cuesOnly = dir.resolve("cues-only.wav");
        assertEquals(0, run(bench.toString(), "--baseline", "164", "--volume", "0", "--out", cuesOnly.toString())
                .exitCode());
        List<Long> expected = expectedBeats(t);
        List<Long> onsets = clickOnsets(dir.resolve("bench.wav"), cuesOnly);
        assertEquals(expected.size(), onsets.size());
        assertEquals(expected, onsets);
        report.append(String.format(Locale.ROOT, "run bench: all %d clicks on their exact frames; Java %s, %d CPUs, "
                + "max heap %d MB%n", expected.size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        System.out.print(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "run.txt"), report);
    }
}
