package run.cadence.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import run.cadence.plan.SessionPlayer;
import run.cadence.play.PlayMusic;
import run.cadence.play.Playback;
import run.cadence.store.DataDirectory;
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

    @Mixin
    MusicOptions music;

    /** Validates the options (usage errors) and loads the click; nothing is synthesized yet. */
    SoundSettings sound() {
        clicks.validate();
        live.validate();
        music.validate();
        return music.apply(clicks.sound(voice.settings()));
    }

    /**
     * With --music, the player plays the runner's music under the session too: at the cadence of each step that has
     * one (runs, and walks given --walk-cadence), none in silent walks. A test's own player is left as it is.
     */
    SessionPlayer withMusic(SessionPlayer player, PrintWriter out, double runSpm, DataDirectory data) {
        Optional<PlayMusic> chosen = music.choose(out, runSpm, data);
        return chosen.isPresent() && player instanceof Playback p ? p.withMusic(chosen.get()) : player;
    }

    /** As above, for the one playback path itself ({@code cadence run}). */
    Playback withMusic(Playback player, PrintWriter out, double runSpm, DataDirectory data) {
        return music.choose(out, runSpm, data).map(player::withMusic).orElse(player);
    }

    /** Live output to the environment's sink, attended by a console that takes a session's keys. */
    LiveSetup live(Environment env, PrintWriter out) {
        return live.setup(env, new LiveConsole(out, env, SessionText.LIVE_KEYS, SessionText::status));
    }
}
