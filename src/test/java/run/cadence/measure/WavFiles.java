package run.cadence.measure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes test recordings as 16-bit PCM WAV, the way a phone's voice recorder app saves them. */
final class WavFiles {
    private WavFiles() {}

    /** Writes mono audio, or the same signal on both channels with the right one at {@code rightGain}. */
    static Path write(Path file, MonoAudio audio, int channels, float rightGain) throws IOException {
        float[] s = audio.samples();
        byte[] bytes = new byte[s.length * 2 * channels];
        for (int i = 0; i < s.length; i++) {
            for (int c = 0; c < channels; c++) {
                float v = c == 1 ? s[i] * rightGain : s[i];
                int q = Math.round(Math.max(-1f, Math.min(1f, v)) * 32767);
                int at = (i * channels + c) * 2;
                bytes[at] = (byte) q;
                bytes[at + 1] = (byte) (q >> 8);
            }
        }
        AudioFormat format = new AudioFormat(audio.sampleRate(), 16, channels, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, s.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
