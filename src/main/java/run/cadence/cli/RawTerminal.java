package run.cadence.cli;

import java.io.IOException;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The runner's terminal in raw mode, so every key press arrives at once (live controls, the tap test), read from
 * standard input as plain bytes. Ctrl-C is one of those keys: signals from the keyboard are off while it is raw
 * (ISIG), so a live play stops as with {@code q} and reports. {@link #close()} restores the settings it found; so
 * does a shutdown hook of its own if the process is told to stop first (SIGTERM), and an exception on the way out
 * closes it like any resource.
 *
 * <p>Built on JLine's terminal device ({@link Pty}) rather than its system {@code Terminal}: building that one resets
 * SIGINT to the operating system's default, which kills the JVM without running a shutdown hook, and its own hook
 * closes standard output before the command's report is printed.
 */
final class RawTerminal implements AutoCloseable {
    private final Pty pty;
    private final Attributes saved;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final Thread restoreOnExit = new Thread(this::restore, "cadence-terminal");

    private RawTerminal(Pty pty, Attributes saved) {
        this.pty = pty;
        this.saved = saved;
    }

    /** Puts the terminal in raw mode (standard input and output are the same terminal: see Environment). */
    static RawTerminal open() throws IOException {
        Pty pty = ExecPty.current(TerminalProvider.load("exec"), SystemStream.Output);
        Attributes saved = pty.getAttr();
        Attributes raw = new Attributes(saved);
        raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN, LocalFlag.ISIG), false);
        raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
        // A read waits for one key, however long it takes: the reader is a thread of its own.
        raw.setControlChar(ControlChar.VMIN, 1);
        raw.setControlChar(ControlChar.VTIME, 0);
        RawTerminal terminal = new RawTerminal(pty, saved);
        Runtime.getRuntime().addShutdownHook(terminal.restoreOnExit); // before raw: never raw without a way back
        try {
            pty.setAttr(raw);
        } catch (IOException | RuntimeException e) {
            terminal.close();
            throw e;
        }
        return terminal;
    }

    /** The terminal's width in columns, or 0 when it cannot tell. */
    int columns() {
        try {
            return pty.getSize().getColumns();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private void restore() {
        if (restored.compareAndSet(false, true)) {
            try {
                pty.setAttr(saved);
            } catch (IOException | RuntimeException e) {
                // Nothing more can be done from here; `stty sane` mends it.
            }
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is restoring (or has restored) it already.
        }
    }
}
