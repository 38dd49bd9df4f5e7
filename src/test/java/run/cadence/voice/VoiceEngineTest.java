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
        CadenceException e = assertThrows(CadenceException.class, () -> VoiceEngine.parse("siri"));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("unknown voice 'siri': expected one of freetts, espeak (or --no-voice for tones)", e.getMessage());
    }

    @Test
    void opensTheMatchingSpeech() {
        assertTrue(VoiceEngine.FREETTS.open() instanceof FreeTtsSpeech);
        assertTrue(VoiceEngine.ESPEAK.open() instanceof EspeakSpeech);
    }
}
