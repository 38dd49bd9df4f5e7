package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Cli builds only the subcommand that runs; help, completion and an unknown name still see all of them. */
class LazySubcommandsTest {
    private static CommandLine built(String... args) {
        return Cli.commandLine(Environment.system(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false, args);
    }

    @Test
    void onlyTheCommandThatRunsIsBuilt() {
        assertEquals(java.util.Set.of("play"), built("play", "--bpm", "170").getSubcommands().keySet());
        assertEquals(java.util.Set.of("measure"), built("--verbose", "measure", "audio", "x.wav").getSubcommands()
                .keySet());
        assertEquals(java.util.Set.of(), built("--version").getSubcommands().keySet());
    }

    @Test
    void helpCompletionAndUnknownNamesSeeEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {}, {"generate-completion"}, {"plya"}, {"--version", "-h"}}) {
            assertEquals(CadenceCommand.SUBCOMMANDS.keySet(), built(args).getSubcommands().keySet(), String.join(" ",
                    args));
        }
        CliRunner help = CliRunner.run("--help");
        for (String name : CadenceCommand.SUBCOMMANDS.keySet()) {
            assertTrue(help.out().contains("  " + name + " ") || help.out().contains("  " + name + "\n"), name);
        }
        assertTrue(CliRunner.run("generate-completion").out().contains("measure"));
    }
}
