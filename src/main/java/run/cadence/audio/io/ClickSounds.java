package run.cadence.audio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import run.cadence.CadenceException;
import run.cadence.audio.ClickSound;
import run.cadence.audio.ClickSynth;
import run.cadence.audio.RenderFormat;

/** Finds a click by built-in name or as a path to the runner's own WAV, and decodes it before playback. */
public final class ClickSounds {
    private ClickSounds() {}

    /** Loads {@code nameOrPath}: a built-in name ({@link ClickSynth#NAMES}) or a WAV file. */
    public static ClickSound load(String nameOrPath, int sampleRate) {
        String key = nameOrPath.toLowerCase(Locale.ROOT);
        if (ClickSynth.NAMES.contains(key)) {
            String resource = "/sounds/" + key + ".wav";
            try (InputStream in = ClickSounds.class.getResourceAsStream(resource)) {
                if (in == null) {
                    // Running from classes without the packaged sounds: synthesize the same click.
                    return ClickSound.withPitchedAccent(key, ClickSynth.synthesize(key, sampleRate), sampleRate);
                }
                return ClickSound.withPitchedAccent(key, SampleFiles.decodeMono(in, sampleRate, resource), sampleRate);
            } catch (IOException e) {
                throw CadenceException.runtime("cannot read built-in sound " + resource, e);
            }
        }
        Path file = Path.of(nameOrPath);
        if (!Files.exists(file) && !nameOrPath.contains("/") && !key.endsWith(".wav")) {
            throw CadenceException.badInput("unknown sound '" + nameOrPath + "'; choose one of "
                    + String.join(", ", ClickSynth.NAMES) + " or give a path to a WAV file");
        }
        return ClickSound.withPitchedAccent(file.getFileName().toString(), SampleFiles.decodeMono(file, sampleRate),
                sampleRate);
    }

    /**
     * Writes every built-in click as 16-bit mono WAV into {@code dir} (how {@code sounds/} is made), leaving a file
     * that already holds exactly those bytes untouched: a new date on a shipped sound makes the launcher rebuild.
     *
     * @return the names of the clicks whose files were written (new or changed)
     */
    public static List<String> generate(Path dir, int sampleRate) throws IOException {
        Files.createDirectories(dir);
        RenderFormat mono = new RenderFormat(sampleRate, 1);
        List<String> written = new ArrayList<>();
        for (String name : ClickSynth.NAMES) {
            float[] samples = ClickSynth.synthesize(name, sampleRate);
            Path target = dir.resolve(name + ".wav");
            if (Files.isRegularFile(target) && sameFile(target, samples, mono)) {
                continue;
            }
            writeWav(target, samples, mono);
            written.add(name);
        }
        return written;
    }

    /** Renders to a scratch file outside {@code dir} (so the folder itself is not touched either) and compares. */
    private static boolean sameFile(Path existing, float[] samples, RenderFormat format) throws IOException {
        Path scratch = Files.createTempDirectory("cadence-sounds");
        try {
            Path fresh = scratch.resolve("click.wav");
            writeWav(fresh, samples, format);
            boolean same = Files.mismatch(fresh, existing) == -1;
            Files.delete(fresh);
            return same;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static void writeWav(Path target, float[] samples, RenderFormat format) {
        try (WavSink sink = new WavSink(target, format, samples.length)) {
            sink.write(samples, samples.length);
            sink.finish();
        }
    }
}
