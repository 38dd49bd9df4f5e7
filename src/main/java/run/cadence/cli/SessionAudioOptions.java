package run.cadence.cli;

import picocli.CommandLine.Mixin;

/**
 * How a session sounds and where it plays: the voice, the click and the live output. Shared by
 * {@code run}, {@code next} and {@code export plan}, so a planned session takes the same options as
 * {@code cadence run}.
 */
final class SessionAudioOptions {
    @Mixin
    VoiceOptions voice;

    @Mixin
    ClickSoundOptions clicks;

    @Mixin
    LiveOutputOptions live;

    /** Validates the options (usage errors) and loads the click; nothing is synthesized yet. */
    SessionRunner.Setup setup() {
        clicks.validate();
        live.validate();
        return new SessionRunner.Setup(voice.settings(), clicks.format(), clicks.clickSound(), clicks.clickOptions(),
                live.device, live.latencyMillis);
    }
}
