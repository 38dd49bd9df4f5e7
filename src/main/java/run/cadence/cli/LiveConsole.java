package run.cadence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import run.cadence.CadenceException;
import run.cadence.audio.AudioSink;
import run.cadence.audio.Playback;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.Renderer;

/**
 * Plays a renderer on its own audio thread while this thread reads single keys and redraws a status line.
 * Keys: {@code +}/{@code -} tempo, space pause, {@code n} next step, {@code q} quit. Keys come from the
 * terminal in raw mode, or from any input stream (a pipe, a test), one character at a time.
 */
final class LiveConsole {
    /**
     * Key handling asked first, so a command can add keys (a session adds 'n') or swallow common ones (a
     * session ignores +/-, whose steady retempo would flatten its walk/run plan); return false to fall through.
     */
    interface Keys {
        boolean handle(int key, PlaybackControl control);
    }

    /** How long a stopping audio thread may take: far more than a block and a drained buffer. */
    private static final long STOP_WAIT_MILLIS = 5000;

    private final PrintWriter out;
    private final boolean interactive;

    LiveConsole(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** Runs until the plan ends or the runner quits; the sink is closed either way. */
    Playback.Result play(Renderer renderer, AudioSink sink, PlaybackControl control, int blockFrames,
            InputStream keys, Keys extraKeys, Supplier<String> status) throws IOException {
        Playback.Result[] result = new Playback.Result[1];
        Throwable[] failure = new Throwable[1];
        Thread audio = new Thread(() -> {
            try {
                result[0] = Playback.run(renderer, sink, control, blockFrames);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "cadence-audio");
        audio.setPriority(Thread.MAX_PRIORITY);
        audio.setDaemon(true);
        Thread stopOnExit = new Thread(control::requestStop);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        BlockingQueue<Integer> pressed = new ArrayBlockingQueue<>(64);
        try (KeySource source = KeySource.open(keys, pressed)) {
            audio.start();
            while (audio.isAlive()) {
                Integer key = pressed.poll(200, TimeUnit.MILLISECONDS);
                if (key != null) {
                    handle(key, control, extraKeys);
                }
                if (interactive) {
                    out.print("\r\033[K" + status.get());
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.requestStop();
        } finally {
            control.requestStop();
            try {
                // The loop sees the stop within a block and drains at most one buffer; a line that takes longer
                // has stopped responding, and closing it below unblocks the write it hangs in.
                audio.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // Already exiting: the hook has done its job.
            }
        }
        if (interactive) {
            out.println("\r\033[K" + status.get());
        }
        if (result[0] == null && failure[0] == null) {
            throw CadenceException.runtime("the audio output stopped responding; try a larger --latency or another"
                    + " --device", null);
        }
        if (failure[0] instanceof IOException io) {
            throw io;
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] != null) {
            throw new IllegalStateException("audio thread failed", failure[0]);
        }
        return result[0];
    }

    private static void handle(int key, PlaybackControl control, Keys extraKeys) {
        if (extraKeys.handle(key, control)) {
            return;
        }
        switch (key) {
            case '+', '=' -> control.nudgeTempo(1);
            case '-', '_' -> control.nudgeTempo(-1);
            case ' ' -> control.togglePause();
            case 'q', 'Q', 3 -> control.requestStop();
            default -> { }
        }
    }

    /** Where key presses come from: the raw terminal, or a plain stream read on a daemon thread. */
    private static final class KeySource implements AutoCloseable {
        private final RawTerminal terminal;

        private KeySource(RawTerminal terminal) {
            this.terminal = terminal;
        }

        static KeySource open(InputStream keys, BlockingQueue<Integer> pressed) throws IOException {
            RawTerminal terminal = keys == System.in && System.console() != null ? RawTerminal.open() : null;
            Thread reader = new Thread(() -> {
                try {
                    int c;
                    while ((c = terminal != null ? terminal.keys().read() : keys.read()) >= 0) {
                        pressed.offer(c);
                    }
                } catch (IOException e) {
                    // Input closed: keep playing until the plan ends.
                }
            }, "cadence-keys");
            reader.setDaemon(true);
            reader.start();
            return new KeySource(terminal);
        }

        @Override
        public void close() {
            if (terminal != null) {
                terminal.close();
            }
        }
    }
}
