package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhraseTest {

    @Test
    void stripsTheText() {
        assertEquals("Run", Phrase.of(CueTone.RUN, "  Run \n").text());
    }

    @Test
    void refusesEmptyText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Phrase.of(CueTone.LAST_REPEAT, " "));
        assertEquals("a last_repeat cue has no words to speak", e.getMessage());
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
