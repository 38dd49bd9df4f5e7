package run.cadence.cli;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.CadenceIncrease;
import run.cadence.plan.EntryCheck;
import run.cadence.plan.Profile;
import run.cadence.plan.ProfileChange;
import run.cadence.plan.Stairs;
import run.cadence.plan.Stage;
import run.cadence.store.HistoryStore;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Show or set your profile: baseline cadence, target increase, entry checks, start stage.",
                "Without options, shows it."},
        footer = {"", "Examples:", "  cadence profile --baseline 164",
                "  cadence profile --increase 7.5%%     (above +5%% only by choice; +10%% at most)",
                "  cadence profile --walk-check pass --hop-check pass",
                "  cadence profile --stairs hurt       (stairs or downhill hurt: early hip holds)",
                "  cadence profile --stage 3           (restart the program at stage 3)"})
public final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--baseline", paramLabel = "SPM", converter = BaselineConverter.class,
            description = "Your preferred easy-running cadence, steps per minute (both feet), 100-220.")
    Cadence baseline;

    @Option(names = "--increase", paramLabel = "PCT", converter = IncreaseConverter.class,
            description = "How far above baseline to aim: 5%% by default; up to 10%% if you opt in.")
    CadenceIncrease increase;

    @Option(names = "--stage", paramLabel = "1-6", description = "Start (or restart) the program at this stage.")
    Integer stage;

    @Option(names = "--walk-check", paramLabel = "pass|fail",
            description = "Entry check: a brisk 30 min walk without pain.")
    String walkCheck;

    @Option(names = "--hop-check", paramLabel = "pass|fail",
            description = "Entry check: 10-20 single-leg hops on the sore side without pain.")
    String hopCheck;

    @Option(names = "--stairs", paramLabel = "hurt|fine",
            description = "Do stairs or downhill walking still hurt? Chooses the early hip holds or the Fredericson"
                    + " program.")
    String stairs;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() {
        // Parse everything before opening the history, so bad input never touches it.
        ProfileChange change = new ProfileChange(baseline, increase, stage == null ? null : stage(stage),
                walkCheck == null ? null : check(walkCheck), hopCheck == null ? null : check(hopCheck),
                stairs == null ? null : stairs(stairs), today.date());
        change.check();
        if (!change.changesAnything()) {
            try (HistoryStore store = data.openExisting()) {
                Optional<Profile> p = store.profile();
                if (p.isEmpty()) {
                    throw CadenceException.badInput("no profile yet: start with cadence profile --baseline N");
                }
                spec.commandLine().getOut().println(describe(p.get()));
            }
            return 0;
        }
        // Without a baseline there must be a profile already; refuse before open() would create the file.
        if (baseline == null && !Files.exists(data.directory().database())) {
            throw noBaseline();
        }
        try (HistoryStore store = data.open()) {
            // One transaction from read to write: a measure --save running meanwhile is not overwritten. A damaged
            // profile is set again when the options give new values for what is damaged.
            Profile p = store.changeProfile(change).orElseThrow(ProfileCommand::noBaseline);
            spec.commandLine().getOut().println(describe(p));
            if (baseline != null || increase != null) {
                BaselineCheck.noteIfBelowRecentRuns(spec.commandLine().getOut(), store.history(), p.target(),
                        today.date());
            }
        }
        return 0;
    }

    static Stage stage(int number) {
        return Stage.withNumber(number).orElseThrow(() -> CadenceException.badInput("unknown stage " + number
                + ": stages are 1 (uphill walking) to 6 (speed work)"));
    }

    static EntryCheck check(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "pass": case "passed": case "yes": case "ok":
                return EntryCheck.PASSED;
            case "fail": case "failed": case "no":
                return EntryCheck.FAILED;
            default:
                throw CadenceException.badInput("invalid check result '" + text + "': expected pass or fail");
        }
    }

    static Stairs stairs(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "hurt": case "hurts": case "yes":
                return Stairs.HURT;
            case "fine": case "no": case "ok":
                return Stairs.FINE;
            default:
                throw CadenceException.badInput("invalid --stairs '" + text + "': expected hurt or fine");
        }
    }

    static String describe(Profile p) {
        return String.format(Locale.ROOT,
                "baseline %s spm (%s)%ntarget   %s spm (%s)%nentry checks: brisk 30 min walk %s, single-leg hops %s%s%n"
                        + "stairs and downhill: %s%nprogram start: stage %d (%s)",
                p.baseline().format(), p.baselineSource(), p.target().format(), p.increase().describe(),
                PlanWords.check(p.walkCheck()), PlanWords.check(p.hopCheck()),
                p.checksAnsweredOn().map(d -> " (" + PlanWords.day(d) + ")").orElse(""), PlanWords.stairs(p.stairs()),
                p.startStage().number(), PlannedText.stageTitle(p.startStage()));
    }

    private static CadenceException noBaseline() {
        return CadenceException.badInput("no baseline yet: give --baseline N (your easy-running steps per"
                + " minute), or measure it with cadence measure ... --save");
    }
}
