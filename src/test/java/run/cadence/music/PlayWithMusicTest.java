package run.cadence.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.cli.CliRunner;

/** {@code cadence play --music} as a runner uses it: the library, then a rendered file whose music is on the grid. */
class PlayWithMusicTest {
    @TempDir
    static Path music;
    @TempDir
    static Path home;

    @BeforeAll
    static void library() throws Exception {
        TestTracks.make(new TestTracks.Spec(86, 60, 0.6, 0.4, 0, 1), 44_100).writeWav(music.resolve("a.wav"));
        TestTracks.make(new TestTracks.Spec(170, 60, 0.6, 0.3, 0, 2), 44_100).writeWav(music.resolve("b.wav"));
        assertEquals(0, CliRunner.inDataDir(home, "music", "add", music.toString()).exitCode());
    }

    @Test
    void aRenderedPlayCarriesTheMusicOnTheClickGrid() throws Exception {
        Path out = music.resolve("run.wav");
        CliRunner r = CliRunner.inDataDir(home, "play", "--baseline", "164", "--music", "--click", "off",
                "--duration", "2m", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Music: 2 of 2 tracks fit 172.2 spm (tempo, half or double within ±8%),"
                + " stretched to it and locked to the clicks; clicks off."), r.out());
        LowBandOnsets detector = onsetsOf(out);
        double lag = GridMusic.detectorLagSeconds() * 44_100;
        double period = 60.0 * 44_100 / 172.2;
        int onGrid = 0;
        for (long onset : detector.onsets()) {
            double at = onset - lag;
            double k = Math.rint(at / period);
            double ms = (at - k * period) * 1000 / 44_100;
            if (Math.abs(ms) < 60) {
                assertTrue(Math.abs(ms) <= 10, "a beat " + ms + " ms off the grid at " + at / 44_100 + " s");
                onGrid++;
            }
        }
        assertTrue(onGrid >= 150, "music beats on the grid in 2 minutes: " + onGrid);
    }

    /** The music onsets of a rendered stereo 16-bit WAV, 44.1 kHz. */
    static LowBandOnsets onsetsOf(Path wav) throws Exception {
        LowBandOnsets detector = new LowBandOnsets(44_100, 0.002);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new File(wav.toString()))) {
            assertEquals(2, in.getFormat().getChannels());
            byte[] bytes = in.readAllBytes();
            float[] mono = new float[bytes.length / 4];
            for (int f = 0; f < mono.length; f++) {
                short left = (short) ((bytes[4 * f] & 0xff) | (bytes[4 * f + 1] << 8));
                short right = (short) ((bytes[4 * f + 2] & 0xff) | (bytes[4 * f + 3] << 8));
                mono[f] = (left + right) / 65536f;
            }
            detector.add(mono, mono.length);
        }
        return detector;
    }

    @Test
    void aSessionHasMusicAtTheRunCadenceThroughTheClickFadeAndNoneInASilentWalk() throws Exception {
        Path workout = java.nio.file.Files.writeString(music.resolve("fade.workout"),
                "- 2m run 172spm click 50%\n- 1m walk\n- 2m run 172spm\n");
        Path out = music.resolve("session.wav");
        CliRunner r = CliRunner.inDataDir(home, "run", workout.toString(), "--music", "--click", "off", "--no-voice",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        double lag = GridMusic.detectorLagSeconds() * 44_100;
        double period = 60.0 * 44_100 / 172;
        int[] perMinute = new int[5];
        for (long onset : onsetsOf(out).onsets()) {
            double at = onset - lag;
            int minute = (int) (at / (60 * 44_100));
            double fromStep = minute >= 3 ? at - 180 * 44_100 : at; // the second run starts its own beat
            double ms = (fromStep - Math.rint(fromStep / period) * period) * 1000 / 44_100;
            double second = at / 44_100;
            if (minute == 2) {
                perMinute[2]++; // any onset in the walk: cue tones only, no music
            } else if (second < 1 || (second >= 180 && second < 181)) {
                continue; // a run's first second: its cue tone, and the music fading in under it
            } else if (Math.abs(ms) < 60 && minute < 5) {
                assertTrue(Math.abs(ms) <= 10, "a beat " + ms + " ms off the grid at " + at / 44_100 + " s");
                perMinute[minute]++;
            }
        }
        assertTrue(perMinute[0] >= 70 && perMinute[1] >= 70, "the run, its click faded after a minute: "
                + java.util.Arrays.toString(perMinute));
        assertTrue(perMinute[2] <= 6, "the silent walk, its cue tones only: " + java.util.Arrays.toString(perMinute));
        assertTrue(perMinute[3] >= 70 && perMinute[4] >= 70, "the second run: " + java.util.Arrays.toString(perMinute));
    }

    @Test
    void whenNothingFitsItSaysSoAndPlaysClicks() {
        CliRunner r = CliRunner.inDataDir(home, "play", "--bpm", "150", "--music", "--duration", "10s", "--out",
                music.resolve("clicks.wav").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("No track in your music library fits 150.0 spm (its tempo, half or double within"
                + " ±8%; see cadence music): playing clicks only."), r.out());
    }

    @Test
    void musicOptionsNeedMusic() {
        CliRunner r = CliRunner.inDataDir(home, "play", "--bpm", "150", "--click", "quiet", "--out",
                music.resolve("x.wav").toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines().length);
    }

    @Test
    void liveWithMusicTakesTheNextTrackKeyAndPlaysToTheEnd() {
        run.cadence.audio.io.MemorySink[] sink = new run.cadence.audio.io.MemorySink[1];
        run.cadence.cli.Environment env = run.cadence.cli.Environment.system()
                .withStdin(new java.io.ByteArrayInputStream("n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .withLiveSinks((format, device, latency, block) -> sink[0] = new run.cadence.audio.io.MemorySink(format));
        CliRunner r = CliRunner.run(env, "play", "--baseline", "164", "--music", "--duration", "15s", "--data-dir",
                home.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Keys: + / - tempo, space pause, n next track, q quit."), r.out());
        assertTrue(sink[0].finished());
        assertEquals(15 * 44_100, sink[0].frames());
    }
}
