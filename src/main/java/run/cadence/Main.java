package run.cadence;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import run.cadence.cli.Cli;
import run.cadence.cli.PlannedSessionPlayer;
import run.cadence.cli.SessionPlayback;

/** Process entry point: everything testable lives in {@link Cli#run}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        SessionPlayback.use(PlannedSessionPlayer.standard(out));
        System.exit(Cli.run(out, err, args));
    }
}
