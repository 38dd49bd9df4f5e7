package run.cadence.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import run.cadence.play.LiveSetup;
import run.cadence.play.SoundSettings;

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
    SoundSettings sound() {
        clicks.validate();
        live.validate();
        return clicks.sound(voice.settings());
    }

    /** Live output to the environment's sink, attended by a console that takes a session's keys. */
    LiveSetup live(Environment env, PrintWriter out) {
        return live.setup(env, new LiveConsole(out, env, SessionText.LIVE_KEYS, SessionText::status));
    }
}
