package run.cadence.voice;

import java.util.Locale;
import java.util.Objects;

/**
 * One cue to be made audible: its kind (for the tone fallback and the cue folder's per-kind recordings)
 * and the words a voice speaks.
 */
public record Phrase(CueTone kind, String text) {
    /** FreeTTS and espeak-ng handle a sentence; a paragraph would be a cue nobody hears out while running. */
    public static final int MAX_CHARS = 300;

    public Phrase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            // Locale.ROOT: in a Turkish locale "INFO" would lower-case to "ınfo".
            String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
            throw new IllegalArgumentException(article + name + " cue has no words to speak");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("cue text is " + text.length() + " characters, more than "
                    + MAX_CHARS + ": '" + text.substring(0, 40) + "...'");
        }
    }

    public static Phrase of(CueTone kind, String text) {
        return new Phrase(kind, text);
    }
}
