package run.cadence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
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
    private final BiConsumer<LiveStatus, StringBuilder> statusLine;
    /** The line being drawn, and its characters: reused, so a redraw makes next to no garbage. */
    private final StringBuilder line = new StringBuilder(160);
    private char[] chars = new char[160];

    /**
     * @param intro printed as the play starts: what is playing and which keys work
     * @param statusLine how a status reads on the terminal, appended to the line being drawn
     */
    LiveConsole(PrintWriter out, Environment env, String intro, BiConsumer<LiveStatus, StringBuilder> statusLine) {
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
                    redraw(session, false);
                }
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read keys from the terminal (" + e.getMessage() + ")", e);
        } finally {
            session.stop();
        }
        if (env.terminal()) {
            redraw(session, true);
        }
    }

    /**
     * Draws the status line over the last one, with the output's underruns once there are any. Five times a second
     * for an hour: appended into a reused buffer and written as characters, so it leaves next to no garbage for the
     * collector, whose pauses stop the audio thread too (measured: 6.5 KB a redraw with String.format, 0.1 KB now).
     */
    private void redraw(LiveSession session, boolean last) {
        line.setLength(0);
        line.append("\r\033[K");
        statusLine.accept(session.status(), line);
        long underruns = session.underruns();
        if (underruns > 0) {
            underruns(underruns, session.silenceSeconds(), line.append("  |  "));
        }
        if (last) {
            line.append(System.lineSeparator());
        }
        if (chars.length < line.length()) {
            chars = new char[2 * line.length()];
        }
        line.getChars(0, line.length(), chars, 0);
        out.write(chars, 0, line.length());
        out.flush();
    }

    /** "1 underrun (0.04 s of silence)": how often the live output ran dry, and for how long in all. */
    static String underruns(long count, double silenceSeconds) {
        StringBuilder b = new StringBuilder(40);
        underruns(count, silenceSeconds, b);
        return b.toString();
    }

    private static void underruns(long count, double silenceSeconds, StringBuilder b) {
        b.append(count).append(" underrun").append(count == 1 ? "" : "s");
        if (count > 0) {
            long hundredths = Math.round(silenceSeconds * 100);
            b.append(" (").append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "")
                    .append(hundredths % 100).append(" s of silence)");
        }
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
