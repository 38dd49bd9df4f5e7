package run.cadence.cli;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import run.cadence.measure.BaselineRecorder;
import run.cadence.play.LiveSetup;
import run.cadence.play.PlayEvent;
import run.cadence.play.Playback;
import run.cadence.play.SoundSettings;
import run.cadence.plan.SessionPlayer;

/**
 * What the commands take from the world outside their options: standard input (live key presses, piped tap
 * times), the live audio output, the player the planner's sessions go through, and where a measured baseline is
 * saved. {@link Cli#run(Environment,
 * java.io.PrintWriter, java.io.PrintWriter, String...)} hands it to every command that has a constructor taking
 * it; tests hand in memory sinks, scripted keys or a recording player this way, and only this way.
 *
 * @param stdin live key presses one character each, or tap times one a line
 * @param terminal whether {@code stdin} is the runner's terminal: read in raw mode, with a status line redrawn
 * @param liveSinks opens the live output
 * @param players makes the player that {@code next} and {@code export plan} play the planner's sessions through
 * @param baselines where {@code measure ... --save} saves; empty for the runner's profile in the history
 * @param shutdown what a SIGTERM or SIGINT does while a command plays live (see {@link ShutdownGuard})
 */
public record Environment(InputStream stdin, boolean terminal, LiveSetup.Sinks liveSinks, Players players,
        Optional<BaselineRecorder> baselines, ShutdownGuard shutdown) {
    /** Makes the planner's session player for one command, from its sound and live options. */
    public interface Players {
        SessionPlayer player(SoundSettings sound, LiveSetup live, Consumer<PlayEvent> events);
    }

    public Environment {
        if (stdin == null || liveSinks == null || players == null || baselines == null || shutdown == null) {
            throw new IllegalArgumentException("an environment needs stdin, live sinks, players, baselines and a"
                    + " shutdown guard");
        }
    }

    /** The real world: the process's stdin and terminal, the sound card, the one playback path. */
    public static Environment system() {
        return new Environment(System.in, System.console() != null, LiveSetup.Sinks.SOUND_CARD, Playback::new,
                Optional.empty(), new ShutdownGuard());
    }

    /** The same with scripted input, not a terminal. */
    public Environment withStdin(InputStream scripted) {
        return new Environment(scripted, false, liveSinks, players, baselines, shutdown);
    }

    public Environment withLiveSinks(LiveSetup.Sinks sinks) {
        return new Environment(stdin, terminal, sinks, players, baselines, shutdown);
    }

    public Environment withPlayers(Players made) {
        return new Environment(stdin, terminal, liveSinks, made, baselines, shutdown);
    }

    public Environment withBaselines(BaselineRecorder recorder) {
        return new Environment(stdin, terminal, liveSinks, players, Optional.of(recorder), shutdown);
    }
}
