package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import run.cadence.audio.RenderFormat;

/**
 * The ALSA sink's own logic against a scripted libasound ({@link ScriptedPcm} on a virtual-clock device): what the
 * device heard and when, the underruns it told of, recovery, and closing while the render thread waits. The real
 * libasound path is played and recorded back by the device suite (LatencyDeviceTest).
 */
class AlsaSinkTest {
    private static final RenderFormat MONO = RenderFormat.MONO_44K;
    private static final int BUFFER = UnderrunCounterTest.BUFFER;
    private static final int BLOCK = UnderrunCounterTest.BLOCK;

    private static UnderrunCounterTest.Played play(ScriptedPcm pcm, double seconds) throws IOException {
        AlsaSink sink = new AlsaSink(MONO, pcm, BLOCK, pcm.line::nanoTime);
        return UnderrunCounterTest.play(pcm.line, seconds, sink);
    }

    @Test
    void aSteadyDeviceHearsTheSettlingSilenceThenEveryClickOnTime() throws IOException {
        ScriptedPcm pcm = new ScriptedPcm(new ScriptedLine(44_100, BUFFER));
        UnderrunCounterTest.Played p = play(pcm, 20);
        assertEquals(0, p.result().underruns());
        assertEquals(0, pcm.recoveries);
        assertEquals(0, pcm.line.silenceFrames());
        assertEquals(50, p.clicks());
        assertTrue(p.worstBetween(0, 1e9) <= 0.5, "worst click error " + p.worstBetween(0, 1e9) + " frames");
        assertTrue(pcm.waits > 1000, "the writer waited for room, not spun: " + pcm.waits + " waits");
        short[] heard = pcm.line.samples();
        int settle = (int) Math.round(LineSink.SETTLE_MILLIS / 1000.0 * 44_100);
        for (int i = 0; i < settle; i++) {
            assertEquals(0, heard[i], "settling silence at frame " + i);
        }
        assertEquals(settle + 20 * 44_100, heard.length, "the settling silence and the 20 s, every frame once");
    }

    @Test
    void anUnderrunTheDeviceToldOfIsCountedOnceMeasuredAndRecoveredFrom() throws IOException {
        ScriptedLine line = new ScriptedLine(44_100, BUFFER).stallAt(5_050, 60);
        line.onlyWriteNotices = true; // no reading shows it: only the write's -EPIPE
        ScriptedPcm pcm = new ScriptedPcm(line);
        UnderrunCounterTest.Played p = play(pcm, 20);
        assertEquals(1, pcm.recoveries);
        assertEquals(1, p.result().underruns());
        long silence = line.silenceFrames();
        assertTrue(silence > 0.045 * 44_100, "the scripted stall emptied the device: " + silence + " frames");
        assertEquals(silence, p.result().lostFrames(), 2.0);
        assertEquals(50, p.clicks());
        assertTrue(p.worstBetween(5_150, 1e9) <= 2, "after it: " + p.worstBetween(5_150, 1e9));
    }

    @Test
    void aDeviceThatTakesSecondsToRestartSkipsTheClicksDueMeanwhile() throws IOException {
        ScriptedLine line = new ScriptedLine(44_100, BUFFER).stallAt(5_050, 40);
        line.restartNanos = 2_000_000_000L; // PulseAudio's null sink behind a re-created stream
        ScriptedPcm pcm = new ScriptedPcm(line);
        UnderrunCounterTest.Played p = play(pcm, 20);
        assertEquals(1, p.result().underruns());
        assertEquals(line.silenceFrames(), p.result().lostFrames(), 2.0);
        assertEquals(50 - 5, p.clicks(), "the five clicks due while the device was silent are not played late");
        assertTrue(p.worstBetween(7_300, 1e9) <= 2, "after the restart: " + p.worstBetween(7_300, 1e9));
    }

    @Test
    void aDeviceThatCannotRecoverFailsTheWriteWithItsReason() {
        ScriptedLine line = new ScriptedLine(44_100, BUFFER).stallAt(1_050, 60);
        ScriptedPcm pcm = new ScriptedPcm(line);
        pcm.recoverResult = -5;
        IOException e = assertThrows(IOException.class, () -> play(pcm, 3));
        assertEquals("the audio output failed: scripted error -" + Alsa.EPIPE, e.getMessage());
    }

    /** A device that takes every frame at once and always holds half its buffer: the writer never waits. */
    private static class SteadyPcm implements Pcm {
        @Override
        public long writei(byte[] bytes, int offsetFrames, int frames) {
            return frames;
        }

        @Override
        public int awaitRoom(int timeoutMillis) {
            return 1;
        }

        @Override
        public int state() {
            return 3; // SND_PCM_STATE_RUNNING
        }

        @Override
        public long avail() {
            return BUFFER / 2;
        }

        @Override
        public int recover(int err) {
            return 0;
        }

        @Override
        public int drain() {
            return 0;
        }

        @Override
        public void close() {}

        @Override
        public int bufferFrames() {
            return BUFFER;
        }

        @Override
        public String describe(int err) {
            return "";
        }
    }

    /**
     * A device that plays until {@link #full} is set, then never has room: the render thread waits in it until the
     * sink is closed. Any call once it has been closed is recorded.
     */
    private static final class FullPcm extends SteadyPcm {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        final AtomicInteger callsAfterClose = new AtomicInteger();
        final AtomicBoolean closedUnderACall = new AtomicBoolean();
        final CountDownLatch waiting = new CountDownLatch(1);
        volatile boolean full;

        private void call() {
            if (closes.get() > 0) {
                callsAfterClose.incrementAndGet();
            }
        }

        @Override
        public long writei(byte[] bytes, int offsetFrames, int frames) {
            call();
            return full ? -Alsa.EAGAIN : frames;
        }

        @Override
        public int awaitRoom(int timeoutMillis) {
            call();
            inside.incrementAndGet();
            waiting.countDown();
            try {
                Thread.sleep(timeoutMillis); // stands for libasound's poll, which a Java interrupt cannot cut
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return 0;
        }

        @Override
        public int state() {
            call();
            return super.state();
        }

        @Override
        public long avail() {
            call();
            return super.avail();
        }

        @Override
        public int drain() {
            call();
            return 0;
        }

        @Override
        public void close() {
            closedUnderACall.compareAndSet(false, inside.get() > 0);
            closes.incrementAndGet();
        }
    }

    @Test
    void writingAllocatesNothing() throws IOException {
        AlsaSink sink = new AlsaSink(MONO, new SteadyPcm(), BLOCK, System::nanoTime);
        float[] block = new float[BLOCK];
        for (int i = 0; i < 20_000; i++) { // the first write starts the device; the rest warm the JIT
            block[0] = i % 2;
            sink.write(block, BLOCK);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        // Three rounds: the JIT can still allocate a few bytes once (a deoptimisation re-making an object it had
        // eliminated); anything per write would be 16 bytes or more each time, 320 KB a round.
        long[] rounds = new long[3];
        for (int round = 0; round < rounds.length; round++) {
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < 20_000; i++) {
                block[0] = i % 2;
                sink.write(block, BLOCK);
            }
            rounds[round] = threads.getThreadAllocatedBytes(id) - before;
        }
        String figures = java.util.Arrays.toString(rounds);
        assertEquals(0, java.util.Arrays.stream(rounds).min().getAsLong(), "bytes allocated per round " + figures);
        assertTrue(java.util.Arrays.stream(rounds).sum() < 1024, "bytes allocated per round " + figures);
        assertEquals(0, sink.underruns());
    }

    @Test
    void closingWhileTheRenderThreadWaitsEndsItsWriteAndFreesTheDeviceOnceWithNoCallAfter() throws Exception {
        FullPcm pcm = new FullPcm();
        AlsaSink sink = new AlsaSink(MONO, pcm, BLOCK, System::nanoTime);
        sink.write(new float[BLOCK], BLOCK); // started: the underrun readings run from here on
        pcm.full = true;
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread render = new Thread(() -> {
            try {
                for (int i = 0; i < 100; i++) {
                    sink.write(new float[BLOCK], BLOCK);
                }
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        render.start();
        pcm.waiting.await();
        sink.close();
        sink.close();
        render.join(5_000);
        assertEquals(false, render.isAlive());
        assertEquals("the audio output was closed", thrown.get().getMessage());
        assertThrows(IOException.class, sink::finish, "finishing a closed sink");
        assertEquals(1, pcm.closes.get());
        assertEquals(false, pcm.closedUnderACall.get(), "the device was freed while a call was inside it");
        assertEquals(0, pcm.callsAfterClose.get(), "calls into the freed device");
    }
}
