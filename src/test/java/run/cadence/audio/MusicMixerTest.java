package run.cadence.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import run.cadence.music.TestTracks;

class MusicMixerTest {
    private static final TempoMap MAP = TempoMap.builder(RenderFormat.MONO_44K).steady(40, 172).build();

    /** Two generated tracks in turn, straight from memory. */
    static Setlist tracks() {
        TestTracks.Track a = TestTracks.make(TestTracks.Spec.of(86, 25).intro(0.5), 44_100);
        TestTracks.Track b = TestTracks.make(TestTracks.Spec.of(170, 25).intro(0.25), 44_100);
        TestTracks.Track[] all = {a, b};
        double[] bpm = {86, 170};
        double[] steps = {2, 1};
        int[] next = {0};
        return spm -> {
            int i = next[0]++ % 2;
            return new MusicTrack("t" + i, () -> pcm(all[i]), bpm[i], all[i].beats()[0], all[i].seconds(), steps[i], 1f);
        };
    }

    static PcmSource pcm(TestTracks.Track t) {
        return new PcmSource() {
            int at;

            @Override
            public int sampleRate() {
                return t.sampleRate();
            }

            @Override
            public int channels() {
                return 2;
            }

            @Override
            public int read(float[] out, int maxFrames) {
                int n = Math.min(maxFrames, t.frames() - at);
                System.arraycopy(t.interleaved(), 2 * at, out, 0, 2 * n);
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }

    static float[] renderOffline(int block) throws Exception {
        return renderOffline(MAP, block);
    }

    static float[] renderOffline(TempoMap map, int block) throws Exception {
        float[] all = new float[(int) map.endFrame()];
        float[] out = new float[block];
        try (MusicMixer m = new MusicMixer(map, tracks(), MusicSettings.DEFAULT, CueTrack.NONE, block, true)) {
            for (long at = 0; at < map.endFrame(); at += block) {
                int n = (int) Math.min(block, map.endFrame() - at);
                java.util.Arrays.fill(out, 0f);
                m.mixInto(out, at, n, 1);
                System.arraycopy(out, 0, all, (int) at, n);
            }
        }
        return all;
    }

    @Test
    void theMixDoesNotDependOnTheBlockSize() throws Exception {
        float[] small = renderOffline(275);
        float[] large = renderOffline(4096);
        assertArrayEquals(small, large);
        double energy = 0;
        for (float v : small) {
            energy += v * v;
        }
        assertTrue(energy / small.length > 1e-4, "there is music");
    }

    @Test
    void liveMixingWithAFeederThreadGivesTheSameSamplesAsAFileAndAllocatesNothing() throws Exception {
        int block = 512;
        // Four tracks in turn, three crossfades. The first live pass warms the JIT up through every path (a
        // deoptimisation on a branch not yet taken can allocate once); the second pass is measured whole.
        TempoMap map = TempoMap.builder(RenderFormat.MONO_44K).steady(80, 172).build();
        float[] file = renderOffline(map, block);
        float[] live = new float[file.length];
        liveRender(map, block, live);
        java.util.Arrays.fill(live, 0f);
        long allocated = liveRender(map, block, live);
        assertArrayEquals(file, live);
        assertEquals(0, allocated, "bytes allocated on the render thread");
    }

    /** Mixes {@code map} live into {@code live}, paced like a sound card; returns the bytes the mixing allocated. */
    private static long liveRender(TempoMap map, int block, float[] live) throws Exception {
        float[] out = new float[block];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        try (MusicMixer m = new MusicMixer(map, tracks(), MusicSettings.DEFAULT, CueTrack.NONE, block, false)) {
            m.startLive();
            // One reading before and one after, as the renderer's test does: the bean's own bookkeeping can
            // allocate now and then, and thousands of readings would count it.
            long before = threads.getThreadAllocatedBytes(id);
            for (long at = 0; at < map.endFrame(); at += block) {
                int n = (int) Math.min(block, map.endFrame() - at);
                while (!m.buffered(at + n)) {
                    Thread.onSpinWait(); // a sound card that drains slower than the feeder fills
                }
                java.util.Arrays.fill(out, 0f);
                m.mixInto(out, at, n, 1);
                System.arraycopy(out, 0, live, (int) at, n);
            }
            long allocated = threads.getThreadAllocatedBytes(id) - before;
            assertEquals(0, m.underruns());
            return allocated;
        }
    }

    @Test
    void musicDucksUnderACue() throws Exception {
        int block = 1024;
        float[] clip = new float[44_100 * 2];
        long cueAt = 44_100L * 20;
        CueTrack cues = new CueTrack(new long[] {cueAt}, new float[][] {clip});
        float[] plain = renderOffline(block);
        float[] ducked = new float[plain.length];
        float[] out = new float[block];
        try (MusicMixer m = new MusicMixer(MAP, tracks(), MusicSettings.DEFAULT, cues, block, true)) {
            for (long at = 0; at < MAP.endFrame(); at += block) {
                int n = (int) Math.min(block, MAP.endFrame() - at);
                java.util.Arrays.fill(out, 0f);
                m.mixInto(out, at, n, 1);
                System.arraycopy(out, 0, ducked, (int) at, n);
            }
        }
        int mid = (int) cueAt + 44_100;
        assertEquals(plain[mid] * MusicSettings.DEFAULT.duckGain(), ducked[mid], 1e-6);
        assertEquals(plain[(int) cueAt - 10], ducked[(int) cueAt - 10], 0f);
        assertEquals(plain[(int) cueAt + clip.length + 44_100], ducked[(int) cueAt + clip.length + 44_100], 0f);
    }
}
