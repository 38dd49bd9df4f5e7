package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * WAV files whose headers claim what no recording has, in every place that decodes audio: {@code measure audio},
 * {@code --sound FILE} and a {@code --cues} folder. Each is refused from its header (exit 2, one line) before a
 * sample is read. The timeout only guards against the old endless read; it measures nothing.
 */
@Timeout(120)
class ImplausibleSoundFileTest {
    @TempDir
    Path dir;

    /** Two seconds of 16-bit samples behind a header that claims {@code channels}, {@code rate}, {@code dataBytes}. */
    private Path wav(String name, int channels, int rate, long dataBytes) throws IOException {
        int samples = 2 * 44_100;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        int align = channels * 2;
        b.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * align)
                .putShort((short) align).putShort((short) 16).put("data".getBytes()).putInt((int) dataBytes);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (i % 200 == 0 ? 20_000 : 0));
        }
        return Files.write(dir.resolve(name), b.array());
    }

    private static void refused(String expected, String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(List.of("cadence: error: " + expected), List.of(r.errLines()));
    }

    @Test
    void measureAudioRefusesTwentyThousandChannels() throws IOException {
        Path f = wav("channels.wav", 20_737, 44_100, 176_400);
        refused(f + ": the WAV header claims 20737 channels (1-8 are plausible); the file is damaged or not audio",
                "measure", "audio", f.toString());
    }

    @Test
    void measureAudioRefusesARateOfOneHertzAndMoreDataThanTheFileHolds() throws IOException {
        Path slow = wav("slow.wav", 1, 1, 176_400);
        refused(slow + ": the WAV header claims a sample rate of 1 Hz (8000-192000 are plausible); the file is damaged"
                + " or not audio", "measure", "audio", slow.toString());
        // A data chunk claiming 2 GB in a file of 176 KB (a recording cut short) is read for what it holds.
        Path big = wav("big.wav", 1, 44_100, 0x7fff_ff00L);
        refused("only 0 footfalls heard in 2 s; record at least 20 s close to the feet, with the treadmill running",
                "measure", "audio", big.toString());
    }

    @Test
    void aClickSoundFileIsRefused() throws IOException {
        Path f = wav("click.wav", 20_737, 44_100, 176_400);
        refused("cannot read sound file '" + f + "': the WAV header claims 20737 channels (1-8 are plausible); the file"
                + " is damaged or not audio", "play", "--bpm", "170", "--sound", f.toString(),
                "--duration", "10s", "--out", dir.resolve("x.wav").toString());
    }

    @Test
    void aCueRecordingIsRefused() throws IOException {
        Path cues = Files.createDirectory(dir.resolve("cues"));
        Path f = Files.move(wav("walk.wav", 20_737, 44_100, 176_400), cues.resolve("kind-walk.wav"));
        refused("cannot read sound file '" + f + "': the WAV header claims 20737 channels (1-8 are plausible); the file"
                + " is damaged or not audio", "run", "run-walk-2-3", "--baseline", "164", "--cues",
                cues.toString(), "--out", dir.resolve("x.wav").toString());
    }
}
