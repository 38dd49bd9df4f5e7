package run.cadence.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.AudioDevices;

@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List audio output devices (use one with 'cadence play --device NAME').")
public final class DevicesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        List<AudioDevices.Device> devices = AudioDevices.outputs(RenderFormat.MONO_44K);
        if (devices.isEmpty()) {
            o.println("No audio output devices found. Render to a file instead: cadence play --bpm 172 --out run.wav");
            return ExitCodes.OK;
        }
        for (AudioDevices.Device d : devices) {
            o.println(d.name() + "  (" + d.description() + ")");
        }
        return ExitCodes.OK;
    }
}
