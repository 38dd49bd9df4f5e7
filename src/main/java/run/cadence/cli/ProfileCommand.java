package run.cadence.cli;

import java.nio.file.Files;
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
import run.cadence.plan.Stage;
import run.cadence.store.HistoryStore;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Show or set your profile: baseline cadence, target increase, entry checks, start stage.",
                "Without options, shows it."},
        footer = {"", "Examples:", "  cadence profile --baseline 164",
                "  cadence profile --increase 7.5%%          (above +5%% only if you choose it; at most +10%%)",
                "  cadence profile --walk-check pass --hop-check pass",
                "  cadence profile --stage 3                (restart the program at stage 3)"})
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

    @Override
    public Integer call() {
        // Parse everything before opening the history, so bad input never touches it.
        EntryCheck walk = walkCheck == null ? null : EntryCheck.parse(walkCheck);
        EntryCheck hop = hopCheck == null ? null : EntryCheck.parse(hopCheck);
        Stage start = stage == null ? null : Stage.ofNumber(stage);
        boolean changing = baseline != null || increase != null || start != null || walk != null || hop != null;
        if (baseline != null) {
            Profile.startingWith(baseline, "entered").withIncrease(increase);
        } else if (increase instanceof CadenceIncrease.Percent) {
            // A percentage is valid or not whatever the baseline: check it before the history is created.
            Profile.startingWith(new Cadence(Profile.MIN_BASELINE), "check").withIncrease(increase);
        }
        if (!changing) {
            try (HistoryStore store = data.openExisting()) {
                Optional<Profile> p = store.profile();
                if (p.isEmpty()) {
                    throw CadenceException.badInput("no profile yet: start with cadence profile --baseline N");
                }
                spec.commandLine().getOut().println(p.get().describe());
            }
            return 0;
        }
        // Without a baseline there must be a profile already; refuse before open() would create the file.
        if (baseline == null && !Files.exists(data.directory().database())) {
            throw noBaseline();
        }
        try (HistoryStore store = data.open()) {
            // One transaction from read to write: a measure --save running meanwhile is not overwritten.
            Profile p = store.updateProfile(current -> {
                if (current.isEmpty() && baseline == null) {
                    throw noBaseline();
                }
                Profile q = current.orElseGet(() -> Profile.startingWith(baseline, "entered"));
                if (baseline != null) {
                    q = q.withBaseline(baseline, "entered");
                }
                if (increase != null) {
                    q = q.withIncrease(increase);
                }
                q = q.withChecks(walk, hop);
                if (start != null) {
                    q = q.startingAt(start, store.lastSessionId());
                }
                return q;
            });
            spec.commandLine().getOut().println(p.describe());
        }
        return 0;
    }

    private static CadenceException noBaseline() {
        return CadenceException.badInput("no baseline yet: give --baseline N (your easy-running steps per"
                + " minute), or measure it with cadence measure ... --save");
    }
}
