package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.jline.utils.NonBlockingReader;
import run.cadence.CadenceException;
import run.cadence.measure.StepRate;
import run.cadence.measure.TapTest;

/**
 * Live taps from the keyboard in raw mode: every key press is a tap stamped with the time it arrived, q or Esc
 * ends the test early. The estimate is redrawn on one line after each tap.
 */
final class TerminalTaps {
    /** How long to wait for a key before checking whether the test time is up. */
    private static final long POLL_MILLIS = 50;
    private static final int ESC = 27;

    private final PrintWriter out;

    TerminalTaps(PrintWriter out) {
        this.out = out;
    }

    void collect(TapTest test) {
        try (RawTerminal terminal = RawTerminal.open()) {
            try {
                out.println("Tap any key with each step; q or Esc stops. The clock starts at the first tap.");
                out.flush();
                loop(test, terminal.keys());
            } finally {
                out.println();
            }
        } catch (IOException e) {
            throw CadenceException.runtime("cannot read keys from the terminal (" + e.getMessage()
                    + "); pipe tap times in instead, one per line", e);
        }
    }

    private void loop(TapTest test, NonBlockingReader keys) throws IOException {
        long start = -1;
        while (true) {
            int key = keys.read(POLL_MILLIS);
            if (key == NonBlockingReader.EOF || key == 'q' || key == 'Q' || key == ESC) {
                return;
            }
            long now = System.nanoTime();
            if (key == NonBlockingReader.READ_EXPIRED) {
                if (start >= 0 && test.timeUp((now - start) / 1e9)) {
                    return;
                }
                continue;
            }
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
