package run.cadence.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;
import run.cadence.measure.BaselineRecorder;
import run.cadence.measure.RunningRange;
import run.cadence.plan.Profile;

@Command(name = "measure",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Measure your baseline cadence: the step rate you run at now, which the +5%% is added to.",
                "Plausible running cadences are 140-210 spm; a figure outside is shown but never saved."},
        subcommands = {MeasureTapCommand.class, MeasureFileCommand.class, MeasureAudioCommand.class})
public final class MeasureCommand implements Runnable {
    @Spec
    CommandSpec spec;

    private final Environment env;

    MeasureCommand(Environment env) {
        this.env = env;
    }

    /** Taps from a pipe come from here. */
    InputStream in() {
        return env.stdin();
    }

    /** Whether taps come from the runner's terminal, a key at a time. */
    boolean terminal() {
        return env.terminal();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing what to measure: 'cadence measure tap', 'cadence measure file RUN.fit' or"
                        + " 'cadence measure audio steps.wav'");
    }

    /**
     * Prints the measured figure with the target it implies and saves it if asked. A figure outside the running
     * range is shown with what probably went wrong and is refused for saving. The target uses {@code --increase}
     * if given, else the profile's own increase, else +5%: the same target the plans will use after a save.
     */
    void report(PrintWriter out, double stepsPerMinute, MeasureResultOptions options, String source,
                String oneFootFix) {
        reportDoubted(out, stepsPerMinute, options, source, RunningRange.doubt(stepsPerMinute, oneFootFix));
    }

    /**
     * As {@link #report}, with the doubt about a figure outside the running range already worded for how it was
     * measured ({@link RunningRange#doubt(double, String, String)}); empty for a plausible figure.
     */
    void reportDoubted(PrintWriter out, double stepsPerMinute, MeasureResultOptions options, String source,
                       String doubt) {
        boolean save = options.save;
        if (!doubt.isEmpty()) {
            if (save) {
                throw CadenceException.badInput("not saved: " + doubt);
            }
            out.println("Measured " + doubt);
            return;
        }
        // Saved to one decimal, as shown: the runner sees exactly the number the plans will use.
        Cadence baseline = new Cadence(Math.round(stepsPerMinute * 10) / 10.0);
        BaselineRecorder profile = env.baselines().orElseGet(options::profile);
        Optional<CadenceIncrease> given = Optional.ofNullable(options.increase);
        if (save && given.isPresent()) {
            // The profile's own rule (above 0, at most +10%), checked before anything is printed or saved.
            Profile.startingWith(baseline, source).withIncrease(given.get());
        }
        CadenceIncrease increase = given.or(profile::savedIncrease).orElse(CadenceIncrease.DEFAULT);
        Cadence target = increase.apply(baseline);
        out.println(String.format(Locale.ROOT, "Baseline %.1f spm → target %.1f spm (%s)",
                baseline.stepsPerMinute(), target.stepsPerMinute(), increase.describe()));
        if (save) {
            profile.record(baseline, source, given);
            out.println(String.format(Locale.ROOT, "Saved %.1f spm as your baseline (from %s).",
                    baseline.stepsPerMinute(), source));
            if (env.baselines().isEmpty()) {
                options.noteIfBelowRecentRuns(out, target);
            }
        }
    }
}
