package run.cadence.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a SIGTERM or SIGINT does while a command plays live: stop the play as the runner's {@code q} would, then hold
 * the process, for at most {@link #GRACE}, until the command has reported and recorded how far it got. Without it the
 * JVM halts as soon as its shutdown hooks return, before the main thread can say "Stopped after ..." or record the
 * session, and {@code cadence next} leaves it as cut off. One per command run ({@link Cli#run}); its hook is
 * registered only while something plays live and removed when the command is done.
 */
public final class ShutdownGuard {
    /** How long a stop from outside waits for the report and the history: a block, a drain, a write, and spare. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final Thread hook = new Thread(this::shuttingDown, "cadence-stop");
    private volatile CountDownLatch done = new CountDownLatch(1);
    private volatile Runnable stopPlaying;
    private volatile boolean stopping;
    /** Guarded by this. */
    private boolean installed;

    /** A command starts: nothing plays yet. */
    void commandStarted() {
        done = new CountDownLatch(1);
        stopPlaying = null;
    }

    /**
     * Something plays live until the command is done; {@code stop} stops it the way the runner's {@code q} does. If
     * the process is already stopping, it is stopped at once.
     */
    void playing(Runnable stop) {
        synchronized (this) {
            if (!installed && !stopping) {
                try {
                    Runtime.getRuntime().addShutdownHook(hook);
                    installed = true;
                } catch (IllegalStateException alreadyStopping) {
                    stop.run();
                    return;
                }
            }
        }
        stopPlaying = stop;
        if (stopping) {
            stop.run(); // the hook ran before it could see the play
        }
    }

    /** The command has reported and recorded: a stop from outside need wait for nothing more. */
    void commandDone() {
        done.countDown();
        synchronized (this) {
            if (installed && !stopping) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                    installed = false;
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: it returns now that the command is done.
                }
            }
        }
    }

    private void shuttingDown() {
        stopping = true;
        Runnable stop = stopPlaying;
        if (stop != null) {
            stop.run();
        }
        try {
            done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
