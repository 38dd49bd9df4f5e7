package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;
import run.cadence.voice.VoiceEngine;

class VoiceEngineConverterTest {
    private final VoiceEngineConverter converter = new VoiceEngineConverter();

    @Test
    void convertsEngineNames() {
        assertEquals(VoiceEngine.ESPEAK, converter.convert("espeak-ng"));
        assertEquals(VoiceEngine.FREETTS, converter.convert("FreeTTS"));
    }

    @Test
    void turnsAnUnknownNameIntoAConversionError() {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert("say"));
        assertEquals("unknown voice 'say': expected one of freetts, espeak (or --no-voice for tones)", e.getMessage());
    }
}
