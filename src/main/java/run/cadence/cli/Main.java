package run.cadence.cli;

/**
 * Process entry point: everything testable lives in {@link Cli#run}. In {@code cli} rather than the root
 * package, so the root depends on nothing of the program's own.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // A command-line program opens no window: AWT, which draws the history chart, must not look for a display
        // (a stale DISPLAY over ssh would fail it). Set once here, where the process starts, as a JVM option would.
        System.setProperty("java.awt.headless", "true");
        System.exit(Cli.run(Environment.system(), args));
    }
}
