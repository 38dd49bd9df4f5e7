package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class VoiceSettingsTest {

    @Test
    void theDefaultIsTheEmbeddedVoice() {
        assertTrue(VoiceSettings.DEFAULT.open() instanceof FreeTtsSpeech);
    }

    @Test
    void noVoiceGivesTonesWhateverTheEngine() {
        assertTrue(new VoiceSettings(VoiceEngine.ESPEAK, true, Optional.empty()).open() instanceof CueTones);
    }

    @Test
    void aCueFolderWrapsTheChosenSpeech(@TempDir Path folder) {
        Speech speech = new VoiceSettings(VoiceEngine.FREETTS, true, Optional.of(folder)).open();

        assertTrue(speech instanceof CueFolderSpeech);
        assertEquals("cues:" + folder + "+tones", speech.name());
    }

    @Test
    void aMissingCueFolderIsBadInputWhenOpened(@TempDir Path folder) {
        VoiceSettings settings = new VoiceSettings(VoiceEngine.FREETTS, false, Optional.of(folder.resolve("x")));

        CadenceException e = assertThrows(CadenceException.class, settings::open);
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
    }
}
