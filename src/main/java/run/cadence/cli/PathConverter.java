package run.cadence.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every path option. Java decodes the command line with the locale's character set and puts U+FFFD where bytes do
 * not decode: a name with non-UTF-8 bytes, or any accented name under LANG=C. Such a path names another file than
 * the one typed (an output would land under a mangled name, an input would be "not found"), so it is refused with
 * the reason and what to do, as one line instead of picocli's "cannot convert ... InvalidPathException".
 */
public final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        return parse(value).orElseThrow(() -> new TypeConversionException(unusable(value)));
    }

    /** The path, or empty when the characters typed did not reach Java intact. */
    static Optional<Path> parse(String value) {
        if (value.indexOf('\uFFFD') >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Why {@code value} cannot be used, and what to do. */
    static String unusable(String value) {
        String charset = System.getProperty("sun.jnu.encoding", "");
        if (!charset.equalsIgnoreCase("UTF-8")) {
            return "'" + value + "' has characters the locale's character set (" + charset + ", from LC_ALL, LC_CTYPE"
                    + " or LANG) cannot hold; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
        }
        return "'" + value + "' has bytes that are not UTF-8 (shown as \uFFFD), which cannot be passed on; rename"
                + " it with UTF-8 characters";
    }
}
