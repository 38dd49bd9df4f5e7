package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders cleanly: {@code cadence profile --help} printed "[picocli WARN] Could not
 * format '... --increase 7.5% ...'" because a description held a bare '%' (picocli formats them: '%%').
 */
class HelpTextTest {
    @Test
    void everyCommandsHelpRendersWithoutAPicocliWarning() {
        CommandLine root = Cli.commandLine(Environment.system(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringBuilder helps = new StringBuilder();
        try {
            // picocli's tracer warns on System.err, not on the command's writer.
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (CommandLine c : all) {
                helps.append(c.getUsageMessage());
            }
        } finally {
            System.setErr(realErr);
        }
        assertTrue(all.size() >= 20, "every command and subcommand: " + all.size());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        assertTrue(helps.toString().contains("cadence profile --increase 7.5%"), "the example still reads 7.5%");
        assertTrue(!helps.toString().contains("%%"), "no doubled % is shown");
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!into.contains(sub)) {
                collect(sub, into);
            }
        }
    }
}
