package run.cadence;

import run.cadence.cli.Cli;

/** Process entry point: everything testable lives in {@link Cli#run}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
