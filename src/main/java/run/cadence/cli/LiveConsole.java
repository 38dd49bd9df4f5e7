package run.cadence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import run.cadence.CadenceException;
import run.cadence.play.LiveSession;
import run.cadence.play.LiveSetup;
import run.cadence.play.LiveStatus;

/**
 * The terminal side of a live play: reads single keys and redraws a status line while the
 * {@link run.cadence.audio.io.LivePlayer} plays on its own thread. Keys: {@code +}/{@code -} tempo (a metronome),
 * space pause, {@code n} next step and {@code p} stop for pain (a session), {@code q} quit. Keys come from the
 * terminal in raw mode, or from any input stream (a pipe, a test), one character at a time.
 */
final class LiveConsole implements LiveSetup.Attendant {
    /** How often the status line is redrawn while no key comes. */
    private static final long REDRAW_MILLIS = 200;

    private final PrintWriter out;
    private final Environment env;
    private final String intro;
    private final Function<LiveStatus, String> statusLine;

    /**
     * @param intro printed as the play starts: what is playing and which keys work
     * @param statusLine how a status reads on the terminal
     */
    LiveConsole(PrintWriter out, Environment env, String intro, Function<LiveStatus, String> statusLine) {
        this.out = out;
        this.env = env;
        this.intro = intro;
        this.statusLine = statusLine;
    }

    @Override
    public void attend(LiveSession session) throws InterruptedException {
        out.println(intro);
        out.flush();
        BlockingQueue<Integer> pressed = new ArrayBlockingQueue<>(64);
        try (KeySource source = KeySource.open(env, pressed)) {
            while (!session.awaitEnd(Duration.ZERO)) {
                Integer key = pressed.poll(REDRAW_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    handle(key, session);
                }
                if (env.terminal()) {
                    out.print("\r\033[K" + status(session));
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read keys from the terminal (" + e.getMessage() + ")", e);
        } finally {
            session.stop();
        }
        if (env.terminal()) {
            out.println("\r\033[K" + status(session));
        }
    }

    /** The status line, with the output's underruns once there are any. */
    private String status(LiveSession session) {
        long underruns = session.underruns();
        String line = statusLine.apply(session.status());
        return underruns == 0 ? line : line + "  |  " + underruns(underruns, session.silenceSeconds());
    }

    /** "1 underrun (0.04 s of silence)": how often the live output ran dry, and for how long in all. */
    static String underruns(long count, double silenceSeconds) {
        String counted = count + " underrun" + (count == 1 ? "" : "s");
        return count == 0 ? counted : String.format(Locale.ROOT, "%s (%.2f s of silence)", counted, silenceSeconds);
    }

    private static void handle(int key, LiveSession session) {
        switch (key) {
            case '+', '=' -> session.nudgeTempo(1);
            case '-', '_' -> session.nudgeTempo(-1);
            case ' ' -> session.togglePause();
            case 'n', 'N' -> session.skipStep();
            case 'p', 'P' -> session.stopForPain();
            case 'q', 'Q', 3 -> session.stop();
            default -> { } // any other key: ignored, as a runner's stray press should be
        }
    }

    /** Where key presses come from: the raw terminal, or a plain stream read on a daemon thread. */
    private static final class KeySource implements AutoCloseable {
        private final RawTerminal terminal;

        private KeySource(RawTerminal terminal) {
            this.terminal = terminal;
        }

        static KeySource open(Environment env, BlockingQueue<Integer> pressed) throws IOException {
            RawTerminal terminal = env.terminal() ? RawTerminal.open() : null;
            InputStream keys = env.stdin();
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
