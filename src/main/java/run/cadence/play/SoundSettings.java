package run.cadence.play;

import run.cadence.audio.ClickOptions;
import run.cadence.audio.ClickSound;
import run.cadence.audio.RenderFormat;
import run.cadence.voice.VoiceSettings;

/** How a play sounds: the engine format, the click and how it is played, and the voice that speaks the cues. */
public record SoundSettings(RenderFormat format, ClickSound click, ClickOptions clickOptions, VoiceSettings voice) {
    public SoundSettings {
        if (format == null || click == null || clickOptions == null || voice == null) {
            throw new IllegalArgumentException("sound settings need a format, a click, click options and a voice");
        }
    }
}
