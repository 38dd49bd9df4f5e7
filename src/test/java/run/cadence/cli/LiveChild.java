package run.cadence.cli;

/**
 * {@code cadence} as {@link Main} runs it (the process's own streams, terminal, signals and shutdown hooks), with one
 * change: live audio goes into a memory sink paced like a sound card, so a test can play live, press keys or send a
 * signal on a machine without one.
 */
public final class LiveChild {
    private LiveChild() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(Cli.run(Environment.system().withLiveSinks((format, device, latency, block)
                -> new PacedSink(format, 1)), args));
    }
}
