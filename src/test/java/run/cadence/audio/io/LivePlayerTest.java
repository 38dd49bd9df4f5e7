package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import run.cadence.audio.AudioSink;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.ClickSound;
import run.cadence.audio.CueTrack;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.RenderLoop;
import run.cadence.audio.Renderer;
import run.cadence.audio.TempoMap;

class LivePlayerTest {
    static final RenderFormat MONO = new RenderFormat(8_000, 1);
    static final ClickSound CLICK = new ClickSound("square", new float[] {0.5f, 0.5f}, new float[] {0.9f, 0.9f});

    static Renderer renderer(TempoMap map) {
        return new Renderer(map, CLICK, ClickOptions.DEFAULT, CueTrack.NONE, new PlaybackControl(), 256);
    }

    /** A memory sink that holds every write until released, so a test can act between two blocks. */
    static class HeldSink implements AudioSink {
        final MemorySink memory = new MemorySink(MONO);
        final CountDownLatch firstWrite = new CountDownLatch(1);
        volatile boolean closed;

        @Override
        public RenderFormat format() {
            return MONO;
        }

        @Override
        public void write(float[] interleaved, int frames) throws IOException {
            memory.write(interleaved, frames);
            firstWrite.countDown();
        }

        @Override
        public void finish() {
            memory.finish();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aPlanThatEndsStopsThePlayerWithTheSamplesAFileWouldGet() throws Exception {
        TempoMap map = TempoMap.builder(MONO).steady(3, 150).build();
        HeldSink sink = new HeldSink();
        LivePlayer player = LivePlayer.start(renderer(map), sink, 256);
        assertTrue(player.awaitEnd(20, TimeUnit.SECONDS));
        assertEquals(LivePlayer.State.STOPPED, player.state());
        RenderLoop.Result result = player.close();
        assertEquals(LivePlayer.State.CLOSED, player.state());
        assertTrue(result.completed());
        assertEquals(3 * 8_000, result.frames());
        assertTrue(sink.closed && sink.memory.finished());
        MemorySink file = new MemorySink(MONO);
        RenderLoop.run(renderer(map), file, RenderLoop.TO_THE_END, 256);
        assertArrayEquals(file.samples(), sink.memory.samples());
    }

    @Test
    void statesMoveOnlyAlongTheirEdges() throws Exception {
        HeldSink sink = new HeldSink();
        LivePlayer player = LivePlayer.start(renderer(TempoMap.builder(MONO).forever(150)), sink, 256);
        assertTrue(sink.firstWrite.await(20, TimeUnit.SECONDS));
        assertEquals(LivePlayer.State.STARTED, player.state());
        assertFalse(player.resume(), "only a paused player resumes");
        assertTrue(player.pause());
        assertFalse(player.pause(), "already paused");
        assertTrue(player.paused());
        assertFalse(player.togglePause(), "toggled back to playing");
        assertTrue(player.togglePause());
        player.stop();
        player.stop();
        assertTrue(player.awaitEnd(20, TimeUnit.SECONDS));
        assertFalse(player.pause(), "a stopped player stays stopped");
        assertEquals(LivePlayer.State.STOPPED, player.state());
        RenderLoop.Result result = player.close();
        assertFalse(result.completed(), "an open-ended plan only ends by a stop");
        assertTrue(player.stopped());
    }

    @Test
    void whatTheSinkThrowsComesBackFromClose() throws Exception {
        IOException broken = new IOException("device gone");
        AudioSink failing = new HeldSink() {
            @Override
            public void write(float[] interleaved, int frames) throws IOException {
                throw broken;
            }
        };
        LivePlayer player = LivePlayer.start(renderer(TempoMap.builder(MONO).forever(150)), failing, 256);
        assertTrue(player.awaitEnd(20, TimeUnit.SECONDS), "a failed render ends the player");
        assertSame(broken, assertThrows(IOException.class, player::close));
        assertEquals(LivePlayer.State.CLOSED, player.state());
    }

    /**
     * An attendant interrupted as it closes (a Ctrl-C in a thread that was waiting) still gets what was played: the
     * wait for the render thread is not cut short into "the audio output stopped responding", and the interrupt is
     * kept for the caller.
     */
    @Test
    void anInterruptedCloseStillWaitsForTheRenderThread() throws Exception {
        HeldSink slow = new HeldSink() {
            @Override
            public void write(float[] interleaved, int frames) throws IOException {
                super.write(interleaved, frames);
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(40)); // a line's pace
            }
        };
        LivePlayer player = LivePlayer.start(renderer(TempoMap.builder(MONO).forever(150)), slow, 256);
        assertTrue(slow.firstWrite.await(20, TimeUnit.SECONDS));
        Thread.currentThread().interrupt();
        RenderLoop.Result result;
        try {
            result = player.close();
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here for the next test)");
        }
        assertFalse(result.completed());
        assertEquals(slow.memory.frames(), result.frames());
        assertTrue(slow.closed);
    }
}
