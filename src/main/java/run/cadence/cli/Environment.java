package run.cadence.cli;

import java.io.InputStream;
import java.util.function.Consumer;
import run.cadence.play.LiveSetup;
import run.cadence.play.PlayEvent;
import run.cadence.play.Playback;
import run.cadence.play.SoundSettings;
import run.cadence.plan.SessionPlayer;

/**
 * What the commands take from the world outside their options: where live key presses come from, the live
 * audio output, and the player the planner's sessions go through. {@link Cli#run(Environment,
 * java.io.PrintWriter, java.io.PrintWriter, String...)} hands it to every command that has a constructor taking
 * it; tests hand in memory sinks, scripted keys or a recording player this way, and only this way.
 *
 * @param keys live key presses, one character each
 * @param terminal whether {@code keys} is the runner's terminal: read in raw mode, with a status line redrawn
 * @param liveSinks opens the live output
 * @param players makes the player that {@code next} and {@code export plan} play the planner's sessions through
 */
public record Environment(InputStream keys, boolean terminal, LiveSetup.Sinks liveSinks, Players players) {
    /** Makes the planner's session player for one command, from its sound and live options. */
    public interface Players {
        SessionPlayer player(SoundSettings sound, LiveSetup live, Consumer<PlayEvent> events);
    }

    public Environment {
        if (keys == null || liveSinks == null || players == null) {
            throw new IllegalArgumentException("an environment needs keys, live sinks and players");
        }
    }

    /** The real world: the process's stdin and terminal, the sound card, the one playback path. */
    public static Environment system() {
        return new Environment(System.in, System.console() != null, LiveSetup.Sinks.SOUND_CARD, Playback::new);
    }

    /** The same with scripted keys, not a terminal. */
    public Environment withKeys(InputStream scripted) {
        return new Environment(scripted, false, liveSinks, players);
    }

    public Environment withLiveSinks(LiveSetup.Sinks sinks) {
        return new Environment(keys, terminal, sinks, players);
    }

    public Environment withPlayers(Players made) {
        return new Environment(keys, terminal, liveSinks, made);
    }
}
