package run.cadence.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import run.cadence.CadenceException;

/**
 * The built-in sessions (workout files under {@code /sessions/} on the class path) and the lookup of a
 * session by name or file that the {@code sessions} and {@code run} commands share.
 */
public final class SessionLibrary {
    /** In the order of the return to running (CLINICAL.md): walk, jog uphill, flat, hills, speed; then the pool and the gym. */
    public static final List<String> NAMES = List.of(
            "uphill-walk-30", "uphill-walk-45", "uphill-walk-jog",
            "run-walk-1-4", "run-walk-2-3", "run-walk-3-2", "run-walk-4-1", "run-walk-9-1", "continuous-20",
            "continuous-30",
            "rolling-hills", "strides",
            "deep-water-pyramid", "deep-water-hands-up", "deep-water-springboard", "deep-water-race-simulation",
            "deep-water-lactic-acid",
            "hip-strength-early", "hip-strength-start", "hip-strength-full");

    private static final String EXTENSION = ".workout";

    private SessionLibrary() {}

    /** A built-in session by its exact name. */
    public static Optional<Workout> builtIn(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        String resource = "/sessions/" + name + EXTENSION;
        try (InputStream in = SessionLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in session " + resource + " is missing from the jar");
            }
            return Optional.of(WorkoutParser.parse(name, name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A built-in session by name, else a workout file by path.
     *
     * @throws UnknownSession for a name that is neither (with the closest built-in name)
     * @throws CadenceException BAD_INPUT for an unreadable file or a file that does not parse
     */
    public static Workout find(String nameOrFile) {
        if (nameOrFile.isBlank()) {
            // Path.of("") is the current directory, which would be reported as "it is a directory".
            throw new UnknownSession(nameOrFile, Optional.empty(), List.of());
        }
        Optional<Workout> builtIn = builtIn(nameOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path path = Path.of(nameOrFile);
        if (Files.isRegularFile(path)) {
            return readFile(path);
        }
        if (Files.isDirectory(path)) {
            throw CadenceException.badInput("cannot read workout file '" + nameOrFile + "': it is a directory");
        }
        if (nameOrFile.contains("/") || nameOrFile.contains("\\") || nameOrFile.endsWith(EXTENSION)) {
            throw CadenceException.badInput("cannot read workout file '" + nameOrFile + "': no such file");
        }
        Optional<String> closest = closest(nameOrFile);
        String typed = nameOrFile.toLowerCase(Locale.ROOT);
        List<String> starting = closest.isPresent() || typed.length() < 3 ? List.of()
                : NAMES.stream().filter(n -> n.startsWith(typed)).toList();
        throw new UnknownSession(nameOrFile, starting.size() == 1 ? Optional.of(starting.get(0)) : closest,
                starting.size() == 1 ? List.of() : starting);
    }

    /** Reads and parses a workout file; its name is the file name without {@code .workout}. */
    public static Workout readFile(Path path) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput("cannot read workout file '" + path + "': no such file", e);
        } catch (AccessDeniedException e) {
            throw CadenceException.badInput("cannot read workout file '" + path + "': permission denied", e);
        } catch (CharacterCodingException e) {
            throw CadenceException.badInput("cannot read workout file '" + path + "': it is not UTF-8 text", e);
        } catch (IOException e) {
            throw CadenceException.badInput("cannot read workout file '" + path + "': " + e.getMessage(), e);
        }
        String file = path.getFileName().toString();
        String name = file.endsWith(EXTENSION) ? file.substring(0, file.length() - EXTENSION.length()) : file;
        return WorkoutParser.parse(path.toString(), name, text);
    }

    /** The built-in name closest to a mistyped one, if any is close enough to be what was meant. */
    public static Optional<String> closest(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : NAMES) {
            int d = distance(t, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, t.length() / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
