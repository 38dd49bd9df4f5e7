package run.cadence.voice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import run.cadence.CadenceException;
import run.cadence.audio.io.SampleFiles;

/**
 * {@code --cues DIR}: the runner's own recordings replace phrases. For a phrase the folder is searched
 * for, in order:
 * <ol>
 *   <li>{@code <phrase-name>.wav}, the whole phrase ({@link #fileName}):
 *       "Run, one minute, one seventy two" is {@code run-one-minute-one-seventy-two.wav};</li>
 *   <li>{@code kind-<kind>.wav}, one recording for every cue of a kind, e.g. {@code kind-walk.wav}
 *       or {@code kind-countdown.wav};</li>
 * </ol>
 * and otherwise the wrapped speech (a voice or the tones) is used. A recording that exists but cannot
 * be decoded is an error naming the file, never silently skipped: the runner meant it to be heard.
 */
public final class CueFolderSpeech implements Speech {
    static final String EXTENSION = ".wav";
    static final String KIND_PREFIX = "kind-";

    private final Path folder;
    private final Speech fallback;

    public CueFolderSpeech(Path folder, Speech fallback) {
        if (!Files.isDirectory(folder)) {
            throw CadenceException.badInput("cue folder '" + folder + "' "
                    + (Files.exists(folder) ? "is not a folder" : "not found")
                    + "; give the folder holding your .wav recordings");
        }
        this.folder = folder;
        this.fallback = fallback;
    }

    /**
     * The file name that replaces a phrase: accents dropped, apostrophes removed, lower case, every run
     * of other characters turned into one '-', no '-' at either end, then {@code .wav}.
     */
    public static String fileName(String phraseText) {
        String plain = Normalizer.normalize(phraseText, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String words = plain.replaceAll("['\u2019]", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return words + EXTENSION;
    }

    /** The file name that replaces every cue of a kind. */
    public static String fileName(CueTone kind) {
        return KIND_PREFIX + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + EXTENSION;
    }

    /** The recording that would be played for a phrase, if the runner provided one. */
    public Optional<Path> recordingFor(Phrase phrase) {
        String name = fileName(phrase.text());
        if (!name.equals(EXTENSION)) {
            Path exact = folder.resolve(name);
            if (Files.exists(exact)) {
                return Optional.of(exact);
            }
        }
        Path byKind = folder.resolve(fileName(phrase.kind()));
        return Files.exists(byKind) ? Optional.of(byKind) : Optional.empty();
    }

    @Override
    public float[] render(Phrase phrase, int sampleRate) {
        Optional<Path> recording = recordingFor(phrase);
        if (recording.isPresent()) {
            return SampleFiles.decodeMono(recording.get(), sampleRate);
        }
        return fallback.render(phrase, sampleRate);
    }

    @Override
    public String name() {
        return "cues:" + folder + "+" + fallback.name();
    }

    @Override
    public void close() {
        fallback.close();
    }
}
