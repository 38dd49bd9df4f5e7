package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import run.cadence.CadenceException;

class EspeakSpeechTest {

    private static boolean espeakInstalled() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, EspeakSpeech.COMMAND)));
    }

    @Test
    void speaksACueThroughEspeakNg() {
        assumeTrue(espeakInstalled(), "espeak-ng is not installed");
        float[] clip = new EspeakSpeech().render(Phrase.of(CueTone.RUN, "Run, one minute, one seventy two"), 44_100);

        double seconds = clip.length / 44_100.0;
        assertTrue(seconds > 0.5 && seconds < 5, "duration " + seconds + " s");
        assertTrue(Clips.rms(clip) > 0.05, "rms " + Clips.rms(clip));
        assertEquals(SpeechSamples.PEAK, Clips.peak(clip), 1e-4);
    }

    @Test
    void textStartingWithADashIsSpokenNotTakenAsAnOption() {
        assumeTrue(espeakInstalled(), "espeak-ng is not installed");
        float[] clip = new EspeakSpeech().render(Phrase.of(CueTone.INFO, "--help me"), 22_050);

        assertTrue(clip.length > 0.3 * 22_050, "frames " + clip.length);
    }

    @Test
    void aMissingProgramIsBadInputThatSaysHowToFixIt() {
        EspeakSpeech missing = new EspeakSpeech("espeak-ng-not-installed-here");
        CadenceException e = assertThrows(CadenceException.class,
                () -> missing.render(Phrase.of(CueTone.RUN, "Run"), 44_100));

        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("espeak-ng-not-installed-here is not installed (or not on PATH); install it "
                + "(Debian: apt install espeak-ng) or drop --voice espeak to use the built-in voice", e.getMessage());
    }
}
