package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A machine with no sound card: play without --out says so in one line and exits 1. */
class NoSoundCardTest {
    record Ran(int code, String out, String err) {}

    /** Runs cadence in a child JVM that cannot reach any PulseAudio server (and so has no ALSA default). */
    static Ran runWithoutSound(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "run.cadence.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PULSE_SERVER", "unix:/nonexistent/cadence-test");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Ran(p.exitValue(), out, err);
    }

    @Test
    void anAlsaDeviceThatDoesNotExistIsBadInputInOneLine() throws Exception {
        Ran devices = runWithoutSound("devices");
        assumeTrue(run.cadence.audio.io.LiveOutputs.alsaUsable(), "no libasound here");
        Ran play = runWithoutSound("play", "--bpm", "172", "--duration", "2s", "--device", "alsa:cadence-no-such-pcm");
        assertEquals(2, play.code(), play.err());
        assertEquals("cadence: error: no output device matches 'alsa:cadence-no-such-pcm'; see 'cadence devices'\n",
                play.err());
        assertEquals(false, devices.out().contains("alsa:default"), "ALSA's default listed with no server: " + devices);
    }

    @Test
    void playWithoutADeviceIsOneLineExitOne() throws Exception {
        Ran devices = runWithoutSound("devices");
        assumeTrue(devices.out().startsWith("No audio output devices found"), "this machine has a real sound card");
        Ran play = runWithoutSound("play", "--bpm", "172", "--duration", "2s");
        assertEquals(1, play.code(), play.err());
        assertEquals("cadence: error: no audio output device found; render to a file instead with --out FILE.wav\n",
                play.err());
    }
}
