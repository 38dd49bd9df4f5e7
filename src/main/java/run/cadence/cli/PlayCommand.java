package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.DurationText;
import run.cadence.audio.RenderLoop;
import run.cadence.audio.io.OutputFile;
import run.cadence.play.LiveSetup;
import run.cadence.play.Metronome;
import run.cadence.play.PlayMusic;
import run.cadence.play.Played;
import run.cadence.play.Playback;
import run.cadence.play.SoundSettings;
import run.cadence.voice.VoiceSettings;

@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a metronome at your target cadence, live or rendered to a WAV or MP3 file.",
                "Keys while live: + / - change the target by 1 spm (from the next beat), space pauses, q (or Ctrl-C)"
                        + " quits; with --music, n plays the next track. p (stop for pain) is a session key (run,"
                        + " next): here it is ignored."},
        footer = {"", "Examples:",
                "  cadence play --baseline 164                 # 164 +5%% = 172.2 spm",
                "  cadence play --baseline 164 --increase +8   # 172 spm",
                "  cadence play --bpm 172 --accent 2 --pan alternate --duration 30m",
                "  cadence play --baseline 164 --ramp-over 5m  # glide from 164 to 172.2 over 5 minutes",
                "  cadence play --bpm 172 --duration 30m --out run.wav",
                "  cadence play --baseline 164 --music          # your music at 172.2 spm, quiet clicks on each step"})
public final class PlayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bpm", paramLabel = "SPM", converter = CadenceConverter.class,
            description = "Target cadence in steps per minute (both feet), e.g. 172 or 172.5.")
    Cadence bpm;

    @Mixin
    BaselineOptions runner;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "How long to play, e.g. 30m or 1h; default: until you press q (live) or 30m (--out).")
    Duration duration;

    @Option(names = "--ramp-to", paramLabel = "SPM", converter = CadenceConverter.class,
            description = "Glide from the target to this cadence over --ramp-over, then hold it.")
    Cadence rampTo;

    @Option(names = "--ramp-over", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Length of the tempo ramp (tempo changes linearly per second).")
    Duration rampOver;

    @Option(names = "--out", paramLabel = "FILE.wav|FILE.mp3",
            description = "Render to a WAV or MP3 file as fast as possible instead of playing.")
    Path out;

    @Mixin
    ClickSoundOptions clicks;

    @Mixin
    LiveOutputOptions live;

    @Mixin
    MusicOptions music;

    @Mixin
    DataDirOption data;

    private final Environment env;

    PlayCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Target target = target();
        validate();
        Optional<Duration> length = Optional.ofNullable(duration != null ? duration
                : out != null ? Duration.ofMinutes(30) : null);
        Metronome metronome = rampOver == null ? Metronome.steady(target.cadence(), length)
                : Metronome.ramp(rampStart(target), rampTo != null ? rampTo : target.cadence(), rampOver, length);
        SoundSettings sound = music.apply(clicks.sound(VoiceSettings.DEFAULT)); // a metronome speaks no cues
        o.println(target.describe(rampStart(target), rampTo, rampOver));
        Optional<PlayMusic> bed = music.choose(o, rampStart(target).stepsPerMinute(), data.directory());
        String intro = "Playing" + length.map(l -> " for " + DurationText.format(l)).orElse("")
                + ". Keys: + / - tempo, space pause, " + (bed.isPresent() ? "n next track, " : "") + "q quit.";
        LiveSetup liveSetup = live.setup(env, new LiveConsole(o, env, intro, SessionText::status));
        Playback playback = new Playback(sound, liveSetup, SessionText.printer(o));
        Played played = bed.map(playback::withMusic).orElse(playback).metronome(metronome.tempoMap(sound.format()),
                Optional.ofNullable(out));
        RenderLoop.Result r = played.result();
        if (out != null) {
            o.printf(Locale.ROOT, "Rendered %s (%s) to %s in %.2f s.%n", DurationText.clock(length.get()),
                    Plural.of(r.beats(), "step"), out, played.took().toNanos() / 1e9);
        } else {
            o.printf(Locale.ROOT, "Played %s, %s, last tempo %s spm, %s.%n",
                    DurationText.clock(Duration.ofMillis(Math.round(sound.format().seconds(r.frames()) * 1000))),
                    Plural.of(r.beats(), "step"), new Cadence(played.lastSpm()).format(),
                    LiveConsole.underruns(r.underruns(), sound.format().seconds(r.lostFrames())));
        }
        return CommandLine.ExitCode.OK;
    }

    /** Where a ramp starts: the target, or with --baseline and no --ramp-to, the baseline. */
    private Cadence rampStart(Target target) {
        if (rampOver != null && rampTo == null && runner.baseline != null) {
            return runner.baseline;
        }
        return target.cadence();
    }

    /** Usage errors first, before a line is printed (as {@code run} does): the output file's kind too. */
    private void validate() {
        if (out != null) {
            OutputFile.of(out);
        }
        clicks.validate();
        live.validate();
        music.validate();
        if (rampTo != null && rampOver == null) {
            throw new ParameterException(spec.commandLine(), "--ramp-to needs --ramp-over, e.g. --ramp-over 5m");
        }
        if (rampOver != null && rampTo == null && runner.baseline == null) {
            throw new ParameterException(spec.commandLine(),
                    "--ramp-over needs --ramp-to, or --baseline to ramp from the baseline to the target");
        }
    }

    private Target target() {
        if (bpm != null && runner.baseline != null) {
            throw new ParameterException(spec.commandLine(),
                    "give either --bpm (the target) or --baseline (your cadence, +5% is added), not both");
        }
        if (bpm != null) {
            if (runner.increase != null) {
                throw new ParameterException(spec.commandLine(), "--increase applies to --baseline, not to --bpm");
            }
            return new Target(bpm, null, null);
        }
        Cadence baseline = runner.baseline;
        if (baseline != null) {
            CadenceIncrease inc = runner.increaseOrDefault();
            Cadence cadence;
            try {
                cadence = inc.apply(baseline);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "baseline " + baseline.format() + " spm "
                        + inc.describe() + " gives a target outside 40-250 spm");
            }
            return new Target(cadence, baseline, inc);
        }
        throw new ParameterException(spec.commandLine(),
                "missing target: give --baseline 164 (your cadence; +5% is added) or --bpm 172");
    }

    /** The cadence to play and how it was derived. */
    record Target(Cadence cadence, Cadence baseline, CadenceIncrease increase) {
        String describe(Cadence rampFrom, Cadence rampTo, Duration rampOver) {
            String how = baseline == null ? "Target " + cadence.format() + " spm"
                    : "Target " + cadence.format() + " spm = baseline " + baseline.format() + " spm "
                            + increase.describe();
            if (rampOver != null) {
                Cadence to = rampTo != null ? rampTo : cadence;
                int way = to.compareTo(rampFrom);
                how += way == 0 ? "; no ramp: it starts and ends at " + to.format() + " spm"
                        : String.format(Locale.ROOT, "; ramp %s → %s spm over %s, %s linearly per second, then steady",
                                rampFrom.format(), to.format(), DurationText.format(rampOver),
                                way > 0 ? "rising" : "falling");
            }
            return how;
        }
    }
}
