package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class VoiceEngineTest {

    @Test
    void parsesOptionValuesInAnyCase() {
        assertEquals(VoiceEngine.FREETTS, VoiceEngine.parse("freetts"));
        assertEquals(VoiceEngine.ESPEAK, VoiceEngine.parse("ESpeak"));
        assertEquals(VoiceEngine.ESPEAK, VoiceEngine.parse("espeak-ng"));
    }

    @Test
    void anUnknownVoiceListsTheChoices() {
        VoiceProblem.UnknownEngine e = assertThrows(VoiceProblem.UnknownEngine.class, () -> VoiceEngine.parse("siri"));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("siri", e.typed());
        assertEquals(java.util.List.of("freetts", "espeak"), e.known());
    }

    @Test
    void opensTheMatchingSpeech() {
        assertTrue(VoiceEngine.FREETTS.open() instanceof FreeTtsSpeech);
        assertTrue(VoiceEngine.ESPEAK.open() instanceof EspeakSpeech);
    }
}
