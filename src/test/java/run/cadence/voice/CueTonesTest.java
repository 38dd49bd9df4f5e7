package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CueTonesTest {
    private static final int RATE = 44_100;
    private final CueTones tones = new CueTones();

    @Test
    void everyKindHasItsOwnTone() {
        CueTone[] kinds = CueTone.values();
        for (int a = 0; a < kinds.length; a++) {
            float[] first = tones.tone(kinds[a], RATE);
            assertTrue(Clips.rms(first) > 0.05, kinds[a] + " is too quiet");
            assertTrue(Clips.peak(first) <= 1f, kinds[a] + " clips");
            for (int b = a + 1; b < kinds.length; b++) {
                assertFalse(Arrays.equals(first, tones.tone(kinds[b], RATE)), kinds[a] + " sounds like " + kinds[b]);
            }
        }
    }

    @Test
    void runRisesAndWalkFalls() {
        float[] run = tones.tone(CueTone.RUN, RATE);
        float[] walk = tones.tone(CueTone.WALK, RATE);
        int firstNote = (int) (0.12 * RATE);
        int secondNoteStart = (int) (0.18 * RATE);
        int secondNoteEnd = (int) (0.34 * RATE);

        double runLow = Clips.crossingsPerSecond(run, 0, firstNote, RATE);
        double runHigh = Clips.crossingsPerSecond(run, secondNoteStart, secondNoteEnd, RATE);
        double walkHigh = Clips.crossingsPerSecond(walk, 0, firstNote, RATE);
        double walkLow = Clips.crossingsPerSecond(walk, secondNoteStart, secondNoteEnd, RATE);

        assertTrue(runHigh > 1.3 * runLow, runLow + " -> " + runHigh);
        assertTrue(walkLow < walkHigh / 1.3, walkHigh + " -> " + walkLow);
    }

    @Test
    void aCountdownCountIsOneShortHighBeep() {
        float[] beep = tones.tone(CueTone.COUNTDOWN, RATE);

        assertEquals(0.08, beep.length / (double) RATE, 1e-3);
        assertEquals(2640, Clips.crossingsPerSecond(beep, 0, beep.length, RATE), 60);
    }

    @Test
    void theWordsDoNotChangeTheTone() {
        assertArrayEquals(tones.render(Phrase.of(CueTone.HALFWAY, "Halfway"), RATE),
                tones.render(Phrase.of(CueTone.HALFWAY, "Half way there, keep going"), RATE));
    }

    @Test
    void theToneKeepsItsDurationAtAnyRate() {
        assertEquals(tones.tone(CueTone.FINISH, 48_000).length / 48_000.0,
                tones.tone(CueTone.FINISH, 22_050).length / 22_050.0, 1e-4);
    }
}
