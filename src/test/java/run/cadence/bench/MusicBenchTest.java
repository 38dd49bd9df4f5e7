package run.cadence.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.Pan;
import run.cadence.audio.ClickSound;
import run.cadence.audio.ClickSynth;
import run.cadence.audio.CueTrack;
import run.cadence.audio.MusicMixer;
import run.cadence.audio.MusicSettings;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.Renderer;
import run.cadence.audio.TempoMap;
import run.cadence.audio.io.WavSink;
import run.cadence.music.Rotation;
import run.cadence.music.TestTracks;
import run.cadence.music.TrackAnalyzer;

/**
 * Music figures for README and docs/music.md: rendering an hour with music (x real time, heap), memory against
 * session length and library size, the first scan of a 1,000-track library and the whole `cadence music add`
 * command re-scanning it unchanged (JVM start included; the anchor is 2 s). Asserts no time.
 * Run: mvn -B -Pbench verify
 */
@Tag("bench")
class MusicBenchTest {
    private static final int RUNS = 3;
    private static final int BLOCK = 1024;

    @TempDir
    Path dir;

    @Test
    void music() throws Exception {
        StringBuilder report = new StringBuilder();
        List<Rotation.Candidate> five = library(dir.resolve("five"), 5, 180);
        report.append(render("60 min with music, mono WAV", five, 60, RenderFormat.MONO_44K));
        report.append(render("10 min with music, mono WAV", five, 10, RenderFormat.MONO_44K));
        report.append(render("60 min with music, stereo WAV", five, 60, new RenderFormat(44_100, 2)));
        List<Rotation.Candidate> thousand = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            thousand.addAll(five);
        }
        report.append(render("60 min, a 1,000-track rotation", thousand, 60, RenderFormat.MONO_44K));
        report.append(scan());
        String text = report.toString();
        System.out.print(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-music.txt"), text);
    }

    private static List<Rotation.Candidate> library(Path folder, int n, double seconds) throws Exception {
        Files.createDirectories(folder);
        double[] bpm = {86, 168, 176, 90, 165.5};
        List<Rotation.Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = TestTracks.make(new TestTracks.Spec(bpm[i % 5], seconds, 0.6, 0.4, 0, i), 44_100)
                    .writeWav(folder.resolve("t" + i + ".wav"));
            out.add(new Rotation.Candidate(f, TrackAnalyzer.analyse(f)));
        }
        return out;
    }

    private String render(String label, List<Rotation.Candidate> tracks, int minutes, RenderFormat format)
            throws Exception {
        TempoMap map = TempoMap.builder(format).steady(minutes * 60.0, 172.2).build();
        double[] seconds = new double[RUNS];
        long peak = 0;
        for (int run = 0; run < RUNS; run++) {
            System.gc();
            HeapPeaks.reset();
            long t0 = System.nanoTime();
            renderOnce(map, tracks, dir.resolve("out.wav"));
            seconds[run] = (System.nanoTime() - t0) / 1e9;
            peak = Math.max(peak, HeapPeaks.bytes());
        }
        Arrays.sort(seconds);
        return String.format(Locale.ROOT, "%-38s median %.2f s (best %.2f s), %.0fx real time, peak heap %.1f MB%n",
                label + ":", seconds[RUNS / 2], seconds[0], minutes * 60 / seconds[RUNS / 2], peak / 1048576.0);
    }

    private static void renderOnce(TempoMap map, List<Rotation.Candidate> tracks, Path out) throws IOException {
        int rate = map.format().sampleRate();
        ClickSound click = ClickSound.withPitchedAccent("woodblock", ClickSynth.synthesize("woodblock", rate), rate);
        Renderer renderer = new Renderer(map, click, new ClickOptions(1, Pan.CENTER, 0.32f, 0.3f), CueTrack.NONE,
                new PlaybackControl(), BLOCK);
        float[] buffer = new float[BLOCK * map.format().channels()];
        try (WavSink sink = new WavSink(out, map.format(), BLOCK);
                MusicMixer music = new MusicMixer(map, new Rotation(tracks, 0.08), MusicSettings.DEFAULT,
                        CueTrack.NONE, BLOCK, true)) {
            while (true) {
                long at = renderer.position();
                int n = renderer.render(buffer, BLOCK);
                if (n == 0) {
                    break;
                }
                music.mixInto(buffer, at, n, map.format().channels());
                sink.write(buffer, n);
            }
            sink.finish();
        }
    }

    /** 1,000 tracks (hard links to 5 generated ones, so the disk holds 5): a first scan, then unchanged re-scans. */
    private String scan() throws Exception {
        Path music = dir.resolve("library");
        List<Rotation.Candidate> five = library(dir.resolve("sources"), 5, 25);
        Files.createDirectories(music);
        for (int i = 0; i < 1000; i++) {
            Path album = Files.createDirectories(music.resolve("album" + i / 10));
            Files.createLink(album.resolve("track" + i + ".wav"), five.get(i % 5).path());
        }
        Path data = dir.resolve("data");
        double first = command("music", "add", music.toString(), "--data-dir", data.toString());
        double[] again = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            again[i] = command("music", "add", music.toString(), "--data-dir", data.toString());
        }
        Arrays.sort(again);
        double list = command("music", "--data-dir", data.toString());
        double play = command("play", "--baseline", "164", "--music", "--duration", "60m", "--out",
                dir.resolve("play.wav").toString(), "--data-dir", data.toString());
        double version = command("--version");
        return String.format(Locale.ROOT, "cadence music add, 1,000 new 25 s tracks (%d cores):  %.1f s (%.0f ms a track)%n"
                + "cadence music add, 1,000 unchanged tracks:         median %.2f s (best %.2f s), whole command%n"
                + "cadence music (list 1,000 tracks):                 %.2f s, whole command%n"
                + "cadence play --baseline 164 --music --duration 60m --out (1,000 tracks): %.1f s, %.0fx real time,"
                + " whole command%n"
                + "cadence --version (JVM start alone):               %.2f s%n",
                Runtime.getRuntime().availableProcessors(), first, first * 1000 / 1000, again[RUNS / 2], again[0],
                list, play, 3600 / play, version);
    }

    /** Runs the whole command in a new JVM, as ./cadence does, and returns its wall time in seconds. */
    private double command(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "run.cadence.cli.Main"));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("cadence " + String.join(" ", args) + " did not finish");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, p.exitValue(), "cadence " + String.join(" ", args));
        return seconds;
    }
}
