package run.cadence.audio.io;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderLoop;
import run.cadence.audio.Renderer;

/**
 * Plays a renderer into a live sink on its own thread, like jaudiolibs' {@code JSAudioServer}: explicit states
 * moved by {@code compareAndSet}, one way to stop ({@link #stop()}, also called by the plan's end, and by the
 * command's shutdown guard on SIGTERM), and {@link #close()} to release the sink and report. It holds no
 * process-wide state: no shutdown hook of its own, so starting one can never fail because the process is stopping.
 *
 * <pre>
 *   STARTED ⇄ PAUSED      pause() / resume()
 *   STARTED | PAUSED → STOPPED   stop(), the plan's end
 *   any → CLOSED          close()
 * </pre>
 *
 * The render thread reads the state once per block (the {@link RenderLoop.Transport} it is given), so a pause or
 * a stop takes effect at the next block, never in the middle of one.
 */
public final class LivePlayer implements RenderLoop.Transport {
    /** Where the player is; see the class comment for the moves. */
    public enum State { STARTED, PAUSED, STOPPED, CLOSED }

    /**
     * Blocks rendered into scratch before the line starts, so the render path runs compiled from the first
     * click: measured, the JIT's compilations of it otherwise went on for the first 18 s of playback, on the same
     * two cores as the audio. About 0.2 s before the first sound.
     */
    static final int REHEARSAL_BLOCKS = 12_000;

    /** How long {@link #close()} waits for the render thread: far more than a block and a drained buffer. */
    private static final long STOP_WAIT_MILLIS = 5000;

    private final AtomicReference<State> state = new AtomicReference<>(State.STARTED);
    private final AudioSink sink;
    private final Thread thread;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile RenderLoop.Result result;
    private volatile Throwable failure;

    private LivePlayer(Renderer renderer, AudioSink sink, int blockFrames) {
        this.sink = sink;
        this.thread = new Thread(() -> render(renderer, blockFrames), "cadence-audio");
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.setDaemon(true);
    }

    /** Starts playing {@code renderer} into {@code sink} (already open) in blocks of {@code blockFrames}. */
    public static LivePlayer start(Renderer renderer, AudioSink sink, int blockFrames) {
        LivePlayer player = new LivePlayer(renderer, sink, blockFrames);
        player.thread.start();
        return player;
    }

    private void render(Renderer renderer, int blockFrames) {
        try {
            rehearse(renderer.rehearsal(), blockFrames);
            // Start with an empty young generation: the command's set-up (parsing, speech synthesis) leaves megabytes
            // of garbage, and the collection it would bring within minutes stops this thread too. One now, before
            // the line starts, costs nothing audible; playing leaves too little garbage for another within the hour.
            System.gc();
            result = RenderLoop.run(renderer, sink, this, blockFrames);
        } catch (Throwable t) {
            failure = t;
        } finally {
            stop();
            ended.countDown();
        }
    }

    /** Renders the plan's first blocks into scratch and through the sink's conversion, playing nothing. */
    private void rehearse(Renderer rehearsal, int blockFrames) {
        float[] scratch = new float[blockFrames * rehearsal.format().channels()];
        for (int i = 0; i < REHEARSAL_BLOCKS && !stopped(); i++) {
            int n = rehearsal.render(scratch, blockFrames);
            if (n == 0) {
                return;
            }
            sink.rehearse(scratch, n);
        }
    }

    /** Underruns of the live output so far. Safe from any thread. */
    public long underruns() {
        return sink.underruns();
    }

    /** Frames of silence the live output played in its underruns so far. Safe from any thread. */
    public long lostFrames() {
        return sink.lostFrames();
    }

    public State state() {
        return state.get();
    }

    @Override
    public boolean paused() {
        return state.get() == State.PAUSED;
    }

    @Override
    public boolean stopped() {
        State s = state.get();
        return s == State.STOPPED || s == State.CLOSED;
    }

    /** STARTED → PAUSED: silence from the next block, the plan held where it is. False in any other state. */
    public boolean pause() {
        return state.compareAndSet(State.STARTED, State.PAUSED);
    }

    /** PAUSED → STARTED. False in any other state. */
    public boolean resume() {
        return state.compareAndSet(State.PAUSED, State.STARTED);
    }

    /** Pauses a playing player or resumes a paused one; returns whether it is paused now. */
    public boolean togglePause() {
        return pause() || (!resume() && paused());
    }

    /** The one way to stop: STARTED or PAUSED → STOPPED; the render thread finishes the sink at its next block. */
    public void stop() {
        State s;
        do {
            s = state.get();
            if (s == State.STOPPED || s == State.CLOSED) {
                return;
            }
        } while (!state.compareAndSet(s, State.STOPPED));
    }

    /** Waits up to {@code timeout} for the render thread to end (the plan's end, or a stop); true if it has. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    /**
     * Stops, waits for the render thread, closes the sink; then CLOSED. An interrupt does not cut the wait short (the
     * report would then say the line stalled when it had not): it is kept, and set again on return.
     *
     * @return what was played
     * @throws IOException what the sink threw while playing
     * @throws LineStalled when the output stopped responding
     */
    public RenderLoop.Result close() throws IOException {
        stop();
        boolean interrupted = awaitEndUninterruptibly();
        try {
            sink.close();
        } finally {
            state.set(State.CLOSED);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return outcome();
    }

    /**
     * The loop sees the stop within a block and drains at most one buffer; a line that takes longer than
     * {@link #STOP_WAIT_MILLIS} has stopped responding, and closing it unblocks the write it hangs in.
     *
     * @return whether the thread was interrupted meanwhile
     */
    private boolean awaitEndUninterruptibly() {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
        while (true) {
            try {
                ended.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private RenderLoop.Result outcome() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (result == null) {
            throw new LineStalled();
        }
        return result;
    }

    /** The live output stopped taking samples (a hung device): the render thread never came back. */
    public static final class LineStalled extends IOException {
        LineStalled() {
            super("the audio output stopped responding");
        }
    }
}
