package run.cadence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Key presses read from a stream (a raw terminal, a pipe, a test's bytes) on a daemon thread of their own, each
 * stamped with the time it was read, so a caller can wait for one with a timeout. A read that blocks forever (a
 * terminal nobody types on) holds only that thread.
 */
final class KeyQueue {
    /** One key, and when it arrived ({@link System#nanoTime()}); {@code code} is {@link #END} once input ends. */
    record Key(int code, long nanos) {}

    static final int END = -1;

    private final BlockingQueue<Key> keys = new ArrayBlockingQueue<>(64);

    private KeyQueue() {}

    static KeyQueue reading(InputStream in) {
        KeyQueue queue = new KeyQueue();
        Thread reader = new Thread(() -> {
            try {
                int c;
                while ((c = in.read()) >= 0) {
                    queue.keys.offer(new Key(c, System.nanoTime()));
                }
            } catch (IOException e) {
                // Input closed: treated as its end.
            }
            queue.keys.offer(new Key(END, System.nanoTime()));
        }, "cadence-keys");
        reader.setDaemon(true);
        reader.start();
        return queue;
    }

    /** The next key, waiting up to {@code millis}; null if none came. */
    Key poll(long millis) throws InterruptedException {
        return keys.poll(millis, TimeUnit.MILLISECONDS);
    }
}
