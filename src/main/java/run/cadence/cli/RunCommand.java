package run.cadence.cli;

import run.cadence.audio.io.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.plan.SessionPlayer;
import run.cadence.play.Playback;
import run.cadence.play.SoundSettings;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.Workout;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Play a structured session (walk-run, hills, deep water, strength) with voice cues, "
                + "live or rendered to a WAV or MP3 file.",
                "Keys while live: space pauses the whole session, n skips to the next step, p stops for pain, q stops."},
        footer = {"", "Examples:",
                "  cadence run run-walk-2-3 --baseline 164   # runs click at 172.2 spm",
                "  cadence run run-walk-2-3 --baseline 164 --walk-cadence 125",
                "  cadence run my.workout --baseline 164 --increase +8 --no-voice",
                "  cadence run run-walk-1-4 --baseline 164 --out today.mp3   # for a phone",
                "  cadence run uphill-walk-30 --cues ~/cues --sound beep --volume 60"})
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE",
            description = "A built-in session (see 'cadence sessions'), a workout file or a FIT workout.")
    String session;

    @Mixin
    BaselineOptions runner;

    @Option(names = "--walk-cadence", paramLabel = "SPM", converter = CadenceConverter.class,
            description = "Click walk steps that have no cadence of their own at this rate (default: walks are silent).")
    Cadence walkCadence;

    @Option(names = "--out", paramLabel = "FILE.wav|FILE.mp3",
            description = "Render the whole session, voice included, to a WAV or MP3 file instead of playing.")
    Path out;

    @Mixin
    SessionAudioOptions audio;

    @Mixin
    DataDirOption data;

    private final Environment env;

    RunCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        SoundSettings sound = audio.sound();
        if (runner.increase != null && runner.baseline == null) {
            throw CadenceException.badInput("--increase applies to --baseline; give --baseline SPM too");
        }
        if (out != null) {
            OutputFile.of(out);
        }
        PrintWriter o = spec.commandLine().getOut();
        Workout workout = SessionArgument.find(session);
        SessionSettings settings = new SessionSettings(Optional.ofNullable(runner.baseline), runner.increase,
                Optional.ofNullable(walkCadence));
        Timeline timeline = Timeline.compile(workout, settings);
        o.println(SessionText.headline(timeline, settings));
        double runSpm = timeline.segments().stream().mapToDouble(s -> s.cadence().endSpm()).max().orElse(0);
        Playback playback = audio.withMusic(new Playback(sound, audio.live(env, o), SessionText.printer(o)), o, runSpm,
                data.directory());
        try (SessionPlayer.Ready ready = playback.session(timeline, Optional.ofNullable(out))) {
            ready.play();
        }
        return CommandLine.ExitCode.OK;
    }
}
