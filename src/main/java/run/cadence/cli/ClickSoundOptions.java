package run.cadence.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import run.cadence.NumberText;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.ClickSound;
import run.cadence.audio.Pan;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.ClickSounds;
import run.cadence.play.SoundSettings;
import run.cadence.voice.VoiceSettings;

/**
 * How the metronome sounds, shared by every command that clicks ({@code play}, {@code run}): add it with
 * {@code @Mixin ClickSoundOptions clicks;}, call {@link #validate()} first, then {@link #format()},
 * {@link #clickSound()} and {@link #clickOptions()}.
 */
public final class ClickSoundOptions {
    /** Clicks sit this much lower while a cue is spoken. */
    public static final float DUCK_GAIN = ClickOptions.DEFAULT.duckGain();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--sound", paramLabel = "NAME|FILE", defaultValue = "woodblock",
            description = "Click sound: a built-in name (see 'cadence sounds') or your own WAV file. Default: ${DEFAULT-VALUE}.")
    String sound;

    @Option(names = "--accent", paramLabel = "N", defaultValue = "1",
            description = "Accent every Nth step (2 marks one foot); 1 = no accent.")
    int accent;

    @Option(names = "--pan", paramLabel = "MODE", defaultValue = "center",
            description = "center, or alternate: steps alternate between left and right ear (a stereo file).")
    Pan pan;

    @Option(names = "--volume", paramLabel = "PCT", defaultValue = "80",
            description = "Click volume 0-100. Default: ${DEFAULT-VALUE}.")
    double volume;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "44100", description = "Sample rate. Default: ${DEFAULT-VALUE}.")
    int sampleRate;

    /** Rejects out-of-range values as usage errors, before anything is loaded or opened. */
    public void validate() {
        if (accent < 1 || accent > 64) {
            throw new ParameterException(mixee.commandLine(), "--accent must be 1-64, not " + accent);
        }
        if (!(volume >= 0 && volume <= 100)) {
            throw new ParameterException(mixee.commandLine(), "--volume must be 0-100, not "
                    + NumberText.plain(volume));
        }
        if (sampleRate < 8000 || sampleRate > 192000) {
            throw new ParameterException(mixee.commandLine(), "--rate must be 8000-192000 Hz, not " + sampleRate);
        }
    }

    /** Stereo only when steps alternate between ears: mono files are half the size. */
    public RenderFormat format() {
        return new RenderFormat(sampleRate, pan.channels);
    }

    /** Decodes the click before playback. */
    public ClickSound clickSound() {
        return ClickSounds.load(sound, sampleRate);
    }

    /** The format, the decoded click and its options, with {@code voice} for a session's cues. */
    public SoundSettings sound(VoiceSettings voice) {
        return new SoundSettings(format(), clickSound(), clickOptions(), voice);
    }

    public ClickOptions clickOptions() {
        return new ClickOptions(accent, pan, (float) (volume / 100.0), DUCK_GAIN);
    }
}
