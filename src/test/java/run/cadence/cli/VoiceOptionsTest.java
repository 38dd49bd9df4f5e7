package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import run.cadence.voice.CueVoice;
import run.cadence.voice.VoiceEngine;
import run.cadence.voice.VoiceSettings;

class VoiceOptionsTest {

    @Command(name = "speaking")
    static final class Speaking implements Runnable {
        @Mixin
        VoiceOptions voice;

        @Override
        public void run() {}
    }

    private static VoiceSettings parse(String... args) {
        Speaking command = new Speaking();
        new CommandLine(command).parseArgs(args);
        return command.voice.settings();
    }

    @Test
    void defaultsToTheBuiltInVoice() {
        assertEquals(VoiceSettings.DEFAULT, parse());
    }

    @Test
    void readsEveryOption() {
        assertEquals(new VoiceSettings(new CueVoice.Spoken(VoiceEngine.ESPEAK), Optional.of(Path.of("my cues"))),
                parse("--voice", "espeak", "--cues", "my cues"));
    }

    @Test
    void noVoiceWinsOverAnEngine() {
        assertEquals(new VoiceSettings(new CueVoice.Tones(), Optional.empty()), parse("--voice", "espeak", "--no-voice"));
    }
}
