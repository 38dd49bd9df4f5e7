package run.cadence.cli;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * The runner's terminal in raw mode, so every key press arrives at once (live controls, the tap test).
 * {@link #close()} restores the terminal's settings but does not close JLine's system terminal: that would also
 * shut the process's stdout, and the session report is still to be printed.
 */
final class RawTerminal implements AutoCloseable {
    private final Terminal terminal;
    private final Attributes saved;

    private RawTerminal(Terminal terminal, Attributes saved) {
        this.terminal = terminal;
        this.saved = saved;
    }

    static RawTerminal open() throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        return new RawTerminal(terminal, terminal.enterRawMode());
    }

    NonBlockingReader keys() {
        return terminal.reader();
    }

    @Override
    public void close() {
        terminal.setAttributes(saved);
    }
}
