package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Function;
import run.cadence.CadenceException;
import run.cadence.play.LiveSession;
import run.cadence.play.LiveSetup;
import run.cadence.play.LiveStatus;

/**
 * The terminal side of a live play: reads single keys and redraws a status line while the
 * {@link run.cadence.audio.io.LivePlayer} plays on its own thread. Keys: {@code +}/{@code -} tempo (a metronome),
 * space pause, {@code n} next step and {@code p} stop for pain (a session), {@code q} or Ctrl-C quit. Keys come from
 * the terminal in raw mode, or from any input stream (a pipe, a test), one character at a time. A SIGTERM or SIGINT
 * from outside stops the play as {@code q} does ({@link ShutdownGuard}).
 */
final class LiveConsole implements LiveSetup.Attendant {
    /** How often the status line is redrawn while no key comes. */
    private static final long REDRAW_MILLIS = 200;
    /** How often the terminal's width is asked again (a resize), in redraws: asking runs {@code stty}. */
    private static final int WIDTH_EVERY = 25;
    private static final int CTRL_C = 3;

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
        env.shutdown().playing(session::stop);
        out.println(intro);
        out.flush();
        int columns = 0;
        try (RawTerminal terminal = env.terminal() ? RawTerminal.open() : null) {
            KeyQueue keys = KeyQueue.reading(env.stdin());
            for (int redraws = 0; !session.awaitEnd(Duration.ZERO); redraws++) {
                KeyQueue.Key key = keys.poll(REDRAW_MILLIS);
                if (key != null) {
                    handle(key.code(), session);
                }
                if (terminal != null) {
                    columns = redraws % WIDTH_EVERY == 0 ? terminal.columns() : columns;
                    out.print("\r\033[K" + fit(statusLine.apply(session.status()), columns));
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read keys from the terminal (" + e.getMessage() + ")", e);
        } finally {
            session.stop();
        }
        if (env.terminal()) {
            out.println("\r\033[K" + fit(statusLine.apply(session.status()), columns));
        }
    }

    /**
     * The status cut to the terminal's width, less one column: a line that reaches the last column wraps on many
     * terminals, and every redraw would then scroll the screen. Unchanged when the width is unknown (0).
     */
    static String fit(String status, int columns) {
        if (columns <= 1 || status.codePointCount(0, status.length()) < columns) {
            return status;
        }
        return status.substring(0, status.offsetByCodePoints(0, columns - 1));
    }

    private static void handle(int key, LiveSession session) {
        switch (key) {
            case '+', '=' -> session.nudgeTempo(1);
            case '-', '_' -> session.nudgeTempo(-1);
            case ' ' -> session.togglePause();
            case 'n', 'N' -> session.skipStep();
            case 'p', 'P' -> session.stopForPain();
            case 'q', 'Q', CTRL_C -> session.stop();
            default -> { } // any other key (and the end of input): ignored, as a runner's stray press should be
        }
    }
}
