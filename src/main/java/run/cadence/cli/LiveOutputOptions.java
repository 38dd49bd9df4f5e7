package run.cadence.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import run.cadence.audio.RenderFormat;

/** Where and how live audio plays, shared by {@code play} and {@code run}. */
public final class LiveOutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--device", paramLabel = "NAME", description = "Output device (part of a name from 'cadence devices').")
    String device;

    @Option(names = "--latency", paramLabel = "MS", defaultValue = "25",
            description = "Output buffer in milliseconds. Default: ${DEFAULT-VALUE}.")
    double latencyMillis;

    public void validate() {
        if (!(latencyMillis >= 2 && latencyMillis <= 1000)) {
            throw new ParameterException(mixee.commandLine(), "--latency must be 2-1000 ms, not " + latencyMillis);
        }
    }

    /** Live blocks are a quarter of the output buffer, so the line never waits long for the next one. */
    public int blockFrames(RenderFormat format) {
        return blockFrames(latencyMillis, format);
    }

    static int blockFrames(double latencyMillis, RenderFormat format) {
        return (int) Math.max(64, Math.round(latencyMillis / 1000.0 * format.sampleRate() / 4));
    }
}
