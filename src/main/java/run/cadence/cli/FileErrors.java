package run.cadence.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import run.cadence.files.OutputProblem;

/** The sentences for files the program could not write, naming the option that gave the path. */
final class FileErrors {
    private FileErrors() {}

    /**
     * The option of {@code parsed} that named {@code target}: the one whose value is the target, else the one whose
     * value is the nearest folder holding it ({@code export plan --out DIR} writes files inside DIR).
     */
    static Optional<String> optionNaming(ParseResult parsed, Path target) {
        Path wanted = target.toAbsolutePath().normalize();
        String best = null;
        int bestDepth = -1;
        for (OptionSpec o : parsed == null ? java.util.List.<OptionSpec>of() : parsed.matchedOptions()) {
            if (o.getValue() instanceof Path p) {
                Path given = p.toAbsolutePath().normalize();
                if (wanted.startsWith(given) && given.getNameCount() > bestDepth) {
                    best = o.longestName();
                    bestDepth = given.getNameCount();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static String describe(OutputProblem problem, Optional<String> option) {
        Path target = problem.target();
        String cannot = "cannot write '" + target + "': ";
        String path = option.map(o -> o + " path").orElse("path");
        if (problem instanceof OutputProblem.WrongExtension p) {
            String names = String.join(" or ", p.allowed());
            return cannot + option.map(o -> o + " must name a " + names + " file")
                    .orElse("the name must end in " + names);
        }
        if (problem instanceof OutputProblem.IsFolder) {
            return cannot + "it is a folder; give a file name" + extension(target).map(e -> " ending in " + e).orElse("");
        }
        if (problem instanceof OutputProblem.FolderMissing p) {
            return cannot + "folder '" + p.folder() + "' not found; create it or choose another " + path;
        }
        if (problem instanceof OutputProblem.NotAFolder p) {
            return cannot + "'" + p.file() + "' is a file, not a folder; choose another " + path;
        }
        if (problem instanceof OutputProblem.CannotCreate p) {
            return cannot + reason(p.cause()) + "; choose a writable " + path;
        }
        if (problem instanceof OutputProblem.TooLongForWav) {
            return "'" + target + "' would exceed the WAV size limit of 4 GiB; render a shorter duration, a lower"
                    + " --rate, or MP3";
        }
        OutputProblem.WriteFailed p = (OutputProblem.WriteFailed) problem;
        return cannot + reason(p.cause()) + "; the unfinished file was removed";
    }

    /** The reason an I/O failure gives, in words a runner reads: "permission denied", "No space left on device". */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Optional<String> extension(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? Optional.of(name.substring(dot).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
