package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhraseTest {

    @Test
    void stripsTheText() {
        assertEquals("Run", Phrase.of(CueTone.RUN, "  Run \n").text());
    }

    @Test
    void refusesEmptyText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Phrase.of(CueTone.LAST_REPEAT, " "));
        assertEquals("a last repeat cue has no words to speak", e.getMessage());
    }

    @Test
    void saysAnInfoCueEvenInATurkishLocale() {
        Locale before = Locale.getDefault();
        try {
            // In Turkish, "INFO".toLowerCase() is "ınfo" with a dotless i.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Phrase.of(CueTone.INFO, ""));
            assertEquals("an info cue has no words to speak", e.getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesAParagraph() {
        String text = "a".repeat(Phrase.MAX_CHARS + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Phrase.of(CueTone.INFO, text));
        assertEquals("cue text is 301 characters, more than 300: '" + "a".repeat(40) + "...'", e.getMessage());
    }

    @Test
    void acceptsTheLongestAllowed() {
        assertEquals(Phrase.MAX_CHARS, Phrase.of(CueTone.INFO, "b".repeat(Phrase.MAX_CHARS)).text().length());
    }
}
