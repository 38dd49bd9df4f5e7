package run.cadence.audio.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import run.cadence.audio.RenderFormat;

/** The output devices Java Sound offers that can play the engine's format. */
public final class AudioDevices {
    /** An output device: its name and description as Java Sound reports them. */
    public record Device(String name, String description, Mixer.Info info) {}

    private AudioDevices() {}

    public static List<Device> outputs(RenderFormat format) {
        DataLine.Info wanted = new DataLine.Info(SourceDataLine.class, pcm16(format));
        List<Device> devices = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            try {
                if (AudioSystem.getMixer(info).isLineSupported(wanted)) {
                    devices.add(new Device(info.getName(), info.getDescription(), info));
                }
            } catch (RuntimeException e) {
                // A mixer that fails to answer is not a device we can use.
            }
        }
        return devices;
    }

    /** Finds a device whose name contains {@code query} (case-insensitive); null query means the default. */
    static Mixer.Info find(String query, RenderFormat format) {
        if (query == null) {
            return null;
        }
        List<Device> all = outputs(format);
        String q = query.toLowerCase(Locale.ROOT);
        for (Device d : all) {
            if (d.name().equalsIgnoreCase(query)) {
                return d.info();
            }
        }
        List<Device> matches = all.stream().filter(d -> d.name().toLowerCase(Locale.ROOT).contains(q)).toList();
        if (matches.size() == 1) {
            return matches.get(0).info();
        }
        throw new AudioOutputProblem.NoSuchDevice(query, matches.stream().map(Device::name).toList());
    }

    static AudioFormat pcm16(RenderFormat format) {
        return new AudioFormat(format.sampleRate(), 16, format.channels(), true, false);
    }
}
