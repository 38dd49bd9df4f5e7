package run.cadence.cli;

import java.io.Console;
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
 * @param questions the runner at a terminal, to ask what the options did not say; empty when nobody is there
 */
public record Environment(InputStream stdin, boolean terminal, LiveSetup.Sinks liveSinks, Players players,
        Optional<BaselineRecorder> baselines, ShutdownGuard shutdown, Optional<Questions> questions) {
    /** Makes the planner's session player for one command, from its sound and live options. */
    public interface Players {
        SessionPlayer player(SoundSettings sound, LiveSetup live, Consumer<PlayEvent> events);
    }

    /** Questions put to the runner a line at a time: {@code log}'s pain values, {@code next}'s "has it settled?". */
    public interface Questions {
        /** Prints {@code prompt} and returns the line typed, or null at the end of input. */
        String ask(String prompt);

        /** Prints {@code line} on a line of its own: why an answer was not taken. */
        void say(String line);
    }

    public Environment {
        if (stdin == null || liveSinks == null || players == null || baselines == null || shutdown == null
                || questions == null) {
            throw new IllegalArgumentException("an environment needs stdin, live sinks, players, baselines, a"
                    + " shutdown guard and questions (empty for none)");
        }
    }

    /** The real world: the process's stdin and terminal, the sound card, the one playback path. */
    public static Environment system() {
        Console console = System.console();
        return new Environment(System.in, console != null, LiveSetup.Sinks.SOUND_CARD, Playback::new,
                Optional.empty(), new ShutdownGuard(), Optional.ofNullable(console).map(Environment::asking));
    }

    private static Questions asking(Console console) {
        return new Questions() {
            @Override
            public String ask(String prompt) {
                // As an argument, not the format: a prompt is never read for % conversions.
                return console.readLine("%s", prompt);
            }

            @Override
            public void say(String line) {
                console.printf("%s%n", line);
                console.flush();
            }
        };
    }

    /** The same with scripted input, not a terminal: nobody to ask either. */
    public Environment withStdin(InputStream scripted) {
        return new Environment(scripted, false, liveSinks, players, baselines, shutdown, Optional.empty());
    }

    public Environment withLiveSinks(LiveSetup.Sinks sinks) {
        return new Environment(stdin, terminal, sinks, players, baselines, shutdown, questions);
    }

    public Environment withPlayers(Players made) {
        return new Environment(stdin, terminal, liveSinks, made, baselines, shutdown, questions);
    }

    public Environment withBaselines(BaselineRecorder recorder) {
        return new Environment(stdin, terminal, liveSinks, players, Optional.of(recorder), shutdown, questions);
    }

    /** The same with questions answered by {@code asked} (a test's script), or by nobody. */
    public Environment withQuestions(Optional<Questions> asked) {
        return new Environment(stdin, terminal, liveSinks, players, baselines, shutdown, asked);
    }
}
