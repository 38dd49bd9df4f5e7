package run.cadence.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * and otherwise the wrapped speech (a voice or the tones) is used. Names match in any letter case
 * ({@code Kind-Walk.WAV} too), because recordings often come from phones that name files their own way.
 * A recording that exists but cannot be decoded is an error naming the file, never silently skipped:
 * the runner meant it to be heard.
 */
public final class CueFolderSpeech implements Speech {
    static final String EXTENSION = ".wav";
    static final String KIND_PREFIX = "kind-";

    private final Path folder;
    private final Speech fallback;
    /** The folder's .wav files by lower-case name, read once: lookups then cost no file system calls. */
    private final Map<String, Path> recordings;

    public CueFolderSpeech(Path folder, Speech fallback) {
        if (!Files.isDirectory(folder)) {
            throw CadenceException.badInput("cue folder '" + folder + "' "
                    + (Files.exists(folder) ? "is not a folder" : "not found")
                    + "; give the folder holding your .wav recordings");
        }
        this.folder = folder;
        this.fallback = fallback;
        this.recordings = index(folder);
    }

    private static Map<String, Path> index(Path folder) {
        Map<String, Path> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            // Sorted, so that of "Run.wav" and "run.wav" the same one wins on every machine.
            for (Path file : files.sorted().collect(Collectors.toList())) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                // Anything with a recording's name counts, a folder, a pipe or a device too: decoding it then
                // says what it is, where skipping it would leave the runner wondering why their voice is not heard.
                if (name.endsWith(EXTENSION)) {
                    byName.putIfAbsent(name, file);
                }
            }
        } catch (IOException e) {
            throw CadenceException.badInput("cannot read cue folder '" + folder + "': " + e.getMessage(), e);
        }
        return byName;
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
        Path exact = name.equals(EXTENSION) ? null : recordings.get(name);
        return Optional.ofNullable(exact != null ? exact : recordings.get(fileName(phrase.kind())));
    }

    /**
     * Recordings in the folder that no phrase of a session would play, sorted: most likely misnamed,
     * worth a warning so the runner is not left wondering why their voice is not heard.
     */
    @Override
    public List<Path> unusedRecordings(Collection<Phrase> phrases) {
        Set<Path> used = new HashSet<>();
        for (Phrase phrase : phrases) {
            recordingFor(phrase).ifPresent(used::add);
        }
        return recordings.values().stream().filter(file -> !used.contains(file)).sorted().collect(Collectors.toList());
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
