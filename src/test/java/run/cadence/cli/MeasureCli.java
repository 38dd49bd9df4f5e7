package run.cadence.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.measure.BaselineRecorder;

/**
 * Runs the CLI in-process like {@link CliRunner}, with a recording fake in place of the profile and the given
 * text on stdin.
 */
final class MeasureCli implements BaselineRecorder {
    record Saved(Cadence baseline, String source, Optional<CadenceIncrease> increase) {}

    final List<Saved> saved = new ArrayList<>();

    /** The increase the fake profile aims for; empty is "no profile yet". */
    Optional<CadenceIncrease> profileIncrease = Optional.empty();

    @Override
    public Optional<CadenceIncrease> savedIncrease() {
        return profileIncrease;
    }

    @Override
    public void record(Cadence baseline, String source, Optional<CadenceIncrease> increase) {
        saved.add(new Saved(baseline, source, increase));
    }

    CliRunner withStdin(String stdin, String... args) {
        return CliRunner.run(Environment.system().withBaselines(this)
                .withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
    }

    CliRunner run(String... args) {
        return withStdin("", args);
    }
}
