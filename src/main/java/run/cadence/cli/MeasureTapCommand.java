package run.cadence.cli;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.CadenceException;
import run.cadence.measure.Feet;
import run.cadence.measure.StepRate;
import run.cadence.measure.TapLog;
import run.cadence.measure.TapTest;

@Command(name = "tap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Tap any key with every step while you run on a treadmill or in place.",
                "Missed and double taps are recognised and left out; the result is the median step.",
                "From a pipe or --from-file, each line is one tap's time in seconds (e.g. 12.345)."},
        footer = {"", "Examples:", "  cadence measure tap                       # 30 s of taps in the terminal",
                "  cadence measure tap --feet one --taps 40   # tap the left foot only, 40 taps",
                "  cadence measure tap --from-file taps.txt --save"})
final class MeasureTapCommand implements Runnable {
    private static final int NO_TAP_LIMIT = 100_000;

    @Spec
    CommandSpec spec;

    @ParentCommand
    MeasureCommand measure;

    @Mixin
    MeasureResultOptions options;

    @Option(names = "--feet", paramLabel = "both|one", description = "Tap every step (both, default) or one foot's"
            + " steps (one; each tap counts two steps).")
    Feet feet = Feet.BOTH;

    @Option(names = "--taps", paramLabel = "N", description = "Stop after N taps (at least 9).")
    Integer taps;

    @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "TIME",
            description = "Stop this long after the first tap (default 30s, or no limit with --taps).")
    Duration duration;

    @Option(names = "--from-file", paramLabel = "FILE", description = "Read tap times from FILE ('-' for stdin).")
    Path fromFile;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int maxTaps = taps != null ? taps : NO_TAP_LIMIT;
        if (maxTaps < 9) {
            throw CadenceException.badInput("--taps " + maxTaps + " is too few; tap at least 9 times");
        }
        double maxSeconds = duration != null ? duration.toNanos() / 1e9 : taps != null ? Double.MAX_VALUE : 30;
        TapTest test = new TapTest(feet, maxTaps, maxSeconds);
        String source;
        if (fromFile != null && !fromFile.toString().equals("-")) {
            source = fromFile.toString();
            try (Reader reader = Files.newBufferedReader(fromFile, StandardCharsets.UTF_8)) {
                replay(test, TapLog.read(reader, source));
            } catch (NoSuchFileException e) {
                throw CadenceException.badInput(fromFile + ": no such file");
            } catch (java.io.IOException e) {
                throw CadenceException.badInput(fromFile + ": cannot read (" + e.getMessage() + ")", e);
            }
        } else if (fromFile == null && measure.terminal()) {
            source = "tap test";
            new TerminalTaps(out, measure.in()).collect(test);
        } else {
            source = "stdin";
            replay(test, TapLog.read(new InputStreamReader(measure.in(), StandardCharsets.UTF_8), source));
        }
        StepRate rate = test.result();
        out.println(String.format(Locale.ROOT, "Tap test: %s over %.1f s, %s used (%d missed, %s left out)",
                Plural.of(test.taps(), "tap"), test.seconds(), Plural.of(rate.stepsUsed(), "step"), rate.missed(),
                Plural.of(rate.extra(), "extra tap")));
        out.println("Cadence " + rate.describe());
        measure.report(out, rate.stepsPerMinute(), options,
                source.equals("tap test") ? source : "tap test (" + source + ")",
                feet == Feet.BOTH ? "tap every step, or tap one foot with --feet one" : "tap every step");
    }

    private static void replay(TapTest test, double[] times) {
        for (double t : times) {
            if (!test.tap(t)) {
                break;
            }
        }
    }
}
