package run.cadence.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import run.cadence.NumberText;
import run.cadence.play.LiveSetup;

/** Where and how live audio plays, shared by {@code play} and {@code run}. */
public final class LiveOutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--device", paramLabel = "NAME", description = "Output device from 'cadence devices': alsa:NAME for an ALSA device (on Linux alsa:default plays "
            + "when none is given), or part of a Java Sound device's name.")
    String device;

    @Option(names = "--latency", paramLabel = "MS", defaultValue = "25",
            description = "Output buffer in milliseconds. Default: ${DEFAULT-VALUE}.")
    double latencyMillis;

    public void validate() {
        if (!(latencyMillis >= 2 && latencyMillis <= 1000)) {
            throw new ParameterException(mixee.commandLine(), "--latency must be 2-1000 ms, not "
                    + NumberText.plain(latencyMillis));
        }
    }

    /** The live output this command's options ask for, attended by {@code attendant}. */
    LiveSetup setup(Environment env, LiveSetup.Attendant attendant) {
        return new LiveSetup(env.liveSinks(), device, latencyMillis, attendant);
    }
}
