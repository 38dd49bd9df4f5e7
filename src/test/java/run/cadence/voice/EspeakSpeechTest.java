package run.cadence.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
    void aMissingProgramIsBadInputNamingTheProgram() {
        EspeakSpeech missing = new EspeakSpeech("espeak-ng-not-installed-here");
        VoiceProblem.NotInstalled e = assertThrows(VoiceProblem.NotInstalled.class,
                () -> missing.render(Phrase.of(CueTone.RUN, "Run"), 44_100));

        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertEquals("espeak-ng-not-installed-here", e.command());
    }

    @TempDir
    Path folder;

    /** A stand-in for espeak-ng: a shell script, so a hang or a flood of errors can be staged. */
    private Path fakeEspeak(String body) throws java.io.IOException {
        Path script = folder.resolve("fake-espeak");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a regression fails, never hangs the build
    void aHungEspeakIsStoppedAfterTheTimeoutWithOneLine() throws Exception {
        Path hung = fakeEspeak("exec sleep 60");
        EspeakSpeech speech = new EspeakSpeech(hung.toString(), Duration.ofMillis(500));

        long started = System.nanoTime();
        CadenceException e = assertThrows(CadenceException.class,
                () -> speech.render(Phrase.of(CueTone.RUN, "Run"), 44_100));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(CadenceException.Kind.RUNTIME, e.kind());
        assertEquals(hung + " did not finish speaking 'Run' within 0.5 s", e.getMessage());
        assertTrue(seconds < 10, "took " + seconds + " s");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a regression fails, never hangs the build
    void moreErrorOutputThanAPipeHoldsDoesNotDeadlock() throws Exception {
        // 200 KB on stderr fills a 64 KB pipe that nobody drains, then the first line is the reason.
        Path noisy = fakeEspeak("echo 'voice not found' >&2; head -c 200000 /dev/zero | tr '\\0' x >&2; exit 1");
        EspeakSpeech speech = new EspeakSpeech(noisy.toString(), Duration.ofSeconds(10));

        CadenceException e = assertThrows(CadenceException.class,
                () -> speech.render(Phrase.of(CueTone.RUN, "Run"), 44_100));

        assertEquals(CadenceException.Kind.RUNTIME, e.kind());
        assertEquals(noisy + " could not speak 'Run': voice not found", e.getMessage());
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a regression fails, never hangs the build
    void outputThatIsNotAWavIsAnEngineFailureNotBadInput() throws Exception {
        Path broken = fakeEspeak("cat >/dev/null; echo 'not a wav'");
        EspeakSpeech speech = new EspeakSpeech(broken.toString(), Duration.ofSeconds(10));

        CadenceException e = assertThrows(CadenceException.class,
                () -> speech.render(Phrase.of(CueTone.RUN, "Run"), 44_100));

        // The runner gave nothing wrong: exit 1 like any other engine failure, not exit 2.
        assertEquals(CadenceException.Kind.RUNTIME, e.kind());
        assertTrue(e.getMessage().startsWith(broken + " gave no usable speech for 'Run': "), e.getMessage());
    }
}
