package run.cadence.music;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.Mp3Sink;

/** Writes a generated track in each format the library reads: WAV by hand, MP3 with jump3r, the rest with sox. */
public final class TrackFiles {
    private TrackFiles() {}

    public static Path wav(TestTracks.Track t, Path file) throws IOException {
        return t.writeWav(file);
    }

    public static Path mp3(TestTracks.Track t, Path file) throws IOException {
        try (Mp3Sink sink = new Mp3Sink(file, new RenderFormat(t.sampleRate(), 2))) {
            int block = 4096;
            float[] buffer = new float[block * 2];
            for (int f = 0; f < t.frames(); f += block) {
                int n = Math.min(block, t.frames() - f);
                System.arraycopy(t.interleaved(), 2 * f, buffer, 0, 2 * n);
                sink.write(buffer, n);
            }
            sink.finish();
        }
        return file;
    }

    /** Converts with sox (installed by .ci/run): "-b 24 x.wav", "x.flac", "x.ogg", "x.aiff". */
    public static Path sox(Path from, Path to, String... options) throws IOException, InterruptedException {
        String[] command = new String[3 + options.length];
        command[0] = "sox";
        command[1] = from.toString();
        System.arraycopy(options, 0, command, 2, options.length);
        command[command.length - 1] = to.toString();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("sox failed: " + output);
        }
        return to;
    }
}
