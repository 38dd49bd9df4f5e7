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
    void tonesAreTones() {
        assertTrue(new VoiceSettings(new CueVoice.Tones(), Optional.empty()).open() instanceof CueTones);
        assertTrue(new VoiceSettings(new CueVoice.Spoken(VoiceEngine.ESPEAK), Optional.empty()).open()
                instanceof EspeakSpeech);
    }

    @Test
    void aCueFolderWrapsTheChosenSpeech(@TempDir Path folder) {
        Speech speech = new VoiceSettings(new CueVoice.Tones(), Optional.of(folder)).open();

        assertTrue(speech instanceof CueFolderSpeech);
        assertEquals("cues:" + folder + "+tones", speech.name());
    }

    @Test
    void aMissingCueFolderIsBadInputWhenOpened(@TempDir Path folder) {
        VoiceSettings settings = new VoiceSettings(new CueVoice.Spoken(VoiceEngine.FREETTS),
                Optional.of(folder.resolve("x")));

        CadenceException e = assertThrows(CadenceException.class, settings::open);
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
    }
}
