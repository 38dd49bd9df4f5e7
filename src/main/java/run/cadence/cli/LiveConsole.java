package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.BiConsumer;
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
    private final BiConsumer<LiveStatus, StringBuilder> statusLine;
    /** The line being drawn, and its characters: reused, so a redraw makes next to no garbage. */
    private final StringBuilder line = new StringBuilder(160);
    private char[] chars = new char[160];
    /** The terminal's width when last asked; 0 when unknown. */
    private int columns;

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
        env.shutdown().playing(session::stop);
        out.println(intro);
        out.flush();
        columns = 0;
        try (RawTerminal terminal = env.terminal() ? RawTerminal.open() : null) {
            KeyQueue keys = KeyQueue.reading(env.stdin());
            for (int redraws = 0; !session.awaitEnd(Duration.ZERO); redraws++) {
                KeyQueue.Key key = keys.poll(REDRAW_MILLIS);
                if (key != null) {
                    handle(key.code(), session);
                }
                if (terminal != null) {
                    columns = redraws % WIDTH_EVERY == 0 ? terminal.columns() : columns;
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
        fit(line, "\r\033[K".length(), columns);
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

    /**
     * The status cut to the terminal's width, less one column: a line that reaches the last column wraps on many
     * terminals, and every redraw would then scroll the screen. Unchanged when the width is unknown (0).
     */
    static String fit(String status, int columns) {
        StringBuilder b = new StringBuilder(status);
        fit(b, 0, columns);
        return b.toString();
    }

    /** As above, for the line being drawn from {@code start}, in place (no garbage on every redraw). */
    private static void fit(StringBuilder b, int start, int columns) {
        if (columns > 1 && b.codePointCount(start, b.length()) >= columns) {
            b.setLength(b.offsetByCodePoints(start, columns - 1));
        }
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
