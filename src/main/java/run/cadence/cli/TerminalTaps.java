package run.cadence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import run.cadence.CadenceException;
import run.cadence.measure.StepRate;
import run.cadence.measure.TapTest;

/**
 * Live taps from the keyboard in raw mode: every key press is a tap stamped with the time it arrived, q, Esc or
 * Ctrl-C ends the test early. The estimate is redrawn on one line after each tap.
 */
final class TerminalTaps {
    /** How long to wait for a key before checking whether the test time is up. */
    private static final long POLL_MILLIS = 50;
    private static final int ESC = 27;
    private static final int CTRL_C = 3;

    private final PrintWriter out;
    private final InputStream keys;

    /** @param keys standard input: the terminal the runner taps on */
    TerminalTaps(PrintWriter out, InputStream keys) {
        this.out = out;
        this.keys = keys;
    }

    void collect(TapTest test) {
        try (RawTerminal terminal = RawTerminal.open()) {
            try {
                out.println("Tap any key with each step; q or Esc stops. The clock starts at the first tap.");
                out.flush();
                loop(test, KeyQueue.reading(keys));
            } finally {
                out.println();
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read keys from the terminal (" + e.getMessage()
                    + "); pipe tap times in instead, one per line", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop(TapTest test, KeyQueue keys) throws InterruptedException {
        long start = -1;
        while (true) {
            KeyQueue.Key key = keys.poll(POLL_MILLIS);
            if (key == null) {
                if (start >= 0 && test.timeUp((System.nanoTime() - start) / 1e9)) {
                    return;
                }
                continue;
            }
            int code = key.code();
            if (code == KeyQueue.END || code == 'q' || code == 'Q' || code == ESC || code == CTRL_C) {
                return;
            }
            // Stamped when it was read, so a slow redraw never moves a tap.
            long now = key.nanos();
            if (start < 0) {
                start = now;
            }
            boolean more = test.tap((now - start) / 1e9);
            show(test);
            if (!more) {
                return;
            }
        }
    }

    private void show(TapTest test) {
        StepRate live = test.live().orElse(null);
        String line = live == null ? String.format(Locale.ROOT, "\r%3d taps  %5.1f s  (estimate after 9 taps)",
                test.taps(), test.seconds())
                : String.format(Locale.ROOT, "\r%3d taps  %5.1f s  %.1f spm ± %.1f   ", test.taps(), test.seconds(),
                        live.stepsPerMinute(), live.confidence());
        out.print(line);
        out.flush();
    }
}
