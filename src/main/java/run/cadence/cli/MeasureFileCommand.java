package run.cadence.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import run.cadence.measure.Activity;
import run.cadence.measure.ActivityCadence;
import run.cadence.measure.ActivityReader;
import run.cadence.measure.CadenceUnit;
import run.cadence.measure.InputFile;
import run.cadence.measure.RunningRange;

@Command(name = "file",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Read your cadence from watch recordings: Garmin FIT, TCX or GPX exports.",
                "Only steady running counts: pauses, walking, warm-up and cool-down are left out.",
                "Files store one leg's cadence (80 means 160 steps per minute); it is doubled."},
        footer = {"", "Examples:", "  cadence measure file Morning_Run.fit",
                "  cadence measure file run1.fit run2.tcx run3.gpx --save"})
final class MeasureFileCommand implements Runnable {
    /** What --cadence-unit accepts; AUTO leaves the decision to the format and the numbers. */
    enum UnitChoice {
        AUTO(null),
        ONE_LEG(CadenceUnit.ONE_LEG),
        BOTH_FEET(CadenceUnit.BOTH_FEET);

        final CadenceUnit unit;

        UnitChoice(CadenceUnit unit) {
            this.unit = unit;
        }
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    MeasureCommand measure;

    @Mixin
    MeasureResultOptions options;

    @Parameters(arity = "1..*", paramLabel = "RUN.fit|RUN.tcx|RUN.gpx", description = "Activity files.")
    List<Path> files;

    @Option(names = "--cadence-unit", paramLabel = "auto|one_leg|both_feet",
            description = "What the files' cadence counts: auto (default: FIT is one leg, TCX and GPX are judged"
                    + " by their values), one_leg or both_feet.")
    UnitChoice unitChoice = UnitChoice.AUTO;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<ActivityCadence.SteadyPoints> steady = new ArrayList<>();
        ActivityCadence result = null;
        for (Path file : files) {
            Activity activity = ActivityReader.forFile(file).read(file);
            ActivityCadence.SteadyPoints points = ActivityCadence.steadyRunning(activity, unitChoice.unit);
            steady.add(points);
            result = ActivityCadence.of(points);
            out.println(file + ": " + result.describe() + " (" + (result.unit() == CadenceUnit.ONE_LEG
                    ? "one-leg values doubled" : "values already both feet") + notes(activity) + ")");
        }
        // With one file its own figure is the result; with several, every steady minute counts the same.
        if (steady.size() > 1) {
            result = ActivityCadence.overAll(steady);
            out.println("All " + steady.size() + " files: " + result.describe());
        }
        String source = files.stream().map(p -> InputFile.name(p, ActivityReader.ACTIVITY_FILE)).collect(Collectors.joining(", "));
        // Above the range a watch file's values were doubled once too often: tap-test words ("extra taps") are wrong.
        String tooHigh = unitChoice == UnitChoice.ONE_LEG
                ? "the files' values seem to be both feet already, and --cadence-unit one_leg doubled them: try"
                        + " --cadence-unit both_feet, or leave the option out"
                : "faster than anyone runs: the files' cadence seems doubled (both feet counted twice?); try"
                        + " --cadence-unit both_feet";
        measure.reportDoubted(out, result.stepsPerMinute(), options, source, RunningRange.doubt(
                result.stepsPerMinute(), "the file seems to hold one-leg values; try --cadence-unit one_leg", tooHigh));
    }

    /** "; treadmill: speed not used; running legs only, left out: swimming, 2 x transition, cycling". */
    static String notes(Activity activity) {
        StringBuilder b = new StringBuilder();
        if (activity.sport().indoor()) {
            b.append("; ").append(activity.sport().name()).append(": cadence alone, the watch's speed not used");
        }
        if (!activity.leftOut().isEmpty()) {
            Map<String, Long> counts = activity.leftOut().stream()
                    .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
            b.append("; running legs only, left out: ").append(counts.entrySet().stream()
                    .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " x " + e.getKey())
                    .collect(Collectors.joining(", ")));
        }
        return b.toString();
    }
}
