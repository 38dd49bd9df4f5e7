package run.cadence.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.AudioDevices;
import run.cadence.audio.io.LiveOutputs;

@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List audio output devices (use one with 'cadence play --device NAME').")
public final class DevicesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        List<AudioDevices.Device> devices = AudioDevices.outputs(RenderFormat.MONO_44K);
        boolean alsa = LiveOutputs.alsaDefaultOpens();
        if (alsa) {
            o.println("alsa:default  (ALSA's default output, played directly; what plays when no --device is given)");
            o.println("alsa:NAME  (any other ALSA device: alsa:pulse, alsa:hw:0, alsa:plughw:1,0)");
        }
        if (devices.isEmpty() && !alsa) {
            o.println("No audio output devices found. Render to a file instead: cadence play --bpm 172 --out run.wav");
            return ExitCodes.OK;
        }
        for (AudioDevices.Device d : devices) {
            o.println(d.name() + "  (" + d.description() + ")");
        }
        return ExitCodes.OK;
    }
}
