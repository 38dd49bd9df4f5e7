package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class FreeTtsCaptureTest {
    @Test
    void decodesWhatFreeTtsPlaysBigEndianToMonoAtItsRate() throws Exception {
        FreeTtsCapture capture = new FreeTtsCapture();
        capture.setAudioFormat(new AudioFormat(16_000, 16, 1, true, true));
        byte[] pcm = new byte[2 * 1600];
        for (int i = 0; i < 1600; i++) {
            pcm[2 * i] = 0x40; // 0x4000 big-endian = 0.5
        }
        capture.write(pcm, 0, 1000);
        capture.write(pcm, 1000, pcm.length - 1000);
        SampleFiles.Mono mono = capture.captured();
        assertEquals(16_000, mono.sampleRate());
        assertEquals(1600, mono.samples().length);
        assertEquals(0.5f, mono.samples()[1000], 1e-4);
        capture.clear();
        assertEquals(0, capture.size());
    }
}
