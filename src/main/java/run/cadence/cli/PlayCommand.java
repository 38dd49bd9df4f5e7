package run.cadence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import run.cadence.Cadence;
import run.cadence.CadenceIncrease;
import run.cadence.DurationText;
import run.cadence.audio.AudioSink;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.ClickSound;
import run.cadence.audio.CueTrack;
import run.cadence.audio.Playback;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.Renderer;
import run.cadence.audio.TempoMap;
import run.cadence.audio.io.OutputFile;

@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a metronome at your target cadence, live or rendered to a WAV or MP3 file.",
                "Keys while live: + / - change the target by 1 spm (from the next beat), space pauses, q quits."},
        footer = {"", "Examples:",
                "  cadence play --baseline 164                 # 164 +5%% = 172.2 spm",
                "  cadence play --baseline 164 --increase +8   # 172 spm",
                "  cadence play --bpm 172 --accent 2 --pan alternate --duration 30m",
                "  cadence play --baseline 164 --ramp-over 5m  # glide from 164 to 172.2 over 5 minutes",
                "  cadence play --bpm 172 --duration 30m --out run.wav"})
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

    /** Where live key presses come from; tests replace it. */
    InputStream keys = System.in;

    /** Opens the live output; tests replace it with a memory sink to run the live path without a sound card. */
    LiveOutput liveOutput = LiveOutput.SOUND_CARD;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Target target = target();
        validate();
        RenderFormat format = clicks.format();
        Duration length = duration != null ? duration : out != null ? Duration.ofMinutes(30) : null;
        TempoMap map = tempoMap(format, target, length);
        ClickSound click = clicks.clickSound();
        ClickOptions options = clicks.clickOptions();
        o.println(target.describe(rampStart(target), rampTo, rampOver));
        PlaybackControl control = new PlaybackControl();
        if (out != null) {
            return render(o, map, click, options, control, length);
        }
        int block = live.blockFrames(format);
        Renderer renderer = new Renderer(map, click, options, CueTrack.NONE, control, block);
        AudioSink sink = liveOutput.open(format, live.device, live.latencyMillis, block);
        o.println("Playing" + (length == null ? "" : " for " + DurationText.format(length))
                + ". Keys: + / - tempo, space pause, q quit.");
        o.flush();
        boolean interactive = System.console() != null && keys == System.in;
        Playback.Result result = new LiveConsole(o, interactive).play(renderer, sink, control, block, keys,
                (k, c) -> false, () -> status(renderer, control, format));
        o.printf(Locale.ROOT, "Played %s, %d step%s, last tempo %s spm, %d underrun%s.%n",
                DurationText.clock(Duration.ofMillis(Math.round(format.seconds(result.frames()) * 1000))),
                result.beats(), result.beats() == 1 ? "" : "s", new Cadence(renderer.currentSpm()).format(),
                result.underruns(), result.underruns() == 1 ? "" : "s");
        return ExitCodes.OK;
    }

    private int render(PrintWriter o, TempoMap map, ClickSound click, ClickOptions options, PlaybackControl control,
            Duration length) throws IOException {
        Renderer renderer = new Renderer(map, click, options, CueTrack.NONE, control,
                OutputFile.BLOCK_FRAMES);
        long started = System.nanoTime();
        Playback.Result result;
        try (AudioSink sink = OutputFile.of(out).open(out, map.format(), map.endFrame())) {
            result = Playback.run(renderer, sink, control, OutputFile.BLOCK_FRAMES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        o.printf(Locale.ROOT, "Rendered %s (%d steps) to %s in %.2f s.%n", DurationText.clock(length),
                result.beats(), out, seconds);
        return ExitCodes.OK;
    }

    private String status(Renderer renderer, PlaybackControl control, RenderFormat format) {
        Duration elapsed = Duration.ofMillis(Math.round(format.seconds(renderer.position()) * 1000));
        return String.format(Locale.ROOT, "%s  %5.1f spm  %s  %d steps", control.paused() ? "PAUSED " : "playing",
                renderer.currentSpm(), DurationText.clock(elapsed), renderer.beatsPlayed());
    }

    TempoMap tempoMap(RenderFormat format, Target target, Duration length) {
        TempoMap.Builder b = TempoMap.builder(format);
        Cadence from = rampStart(target);
        Cadence steady = target.cadence();
        if (rampOver != null) {
            Cadence to = rampTo != null ? rampTo : target.cadence();
            steady = to;
            double rampSeconds = rampOver.toNanos() / 1e9;
            if (length != null && length.toNanos() / 1e9 < rampSeconds) {
                // Stopped part-way up the ramp: the same slope, ending where the ramp has got to by then.
                double played = length.toNanos() / 1e9;
                double reached = from.stepsPerMinute()
                        + (to.stepsPerMinute() - from.stepsPerMinute()) * played / rampSeconds;
                return b.ramp(played, from.stepsPerMinute(), reached).build();
            }
            b.ramp(rampSeconds, from.stepsPerMinute(), to.stepsPerMinute());
            if (length != null) {
                double rest = length.toNanos() / 1e9 - rampSeconds;
                return rest > 0 ? b.steady(rest, to.stepsPerMinute()).build() : b.build();
            }
        }
        if (length == null) {
            return b.forever(steady.stepsPerMinute());
        }
        return b.steady(length.toNanos() / 1e9, steady.stepsPerMinute()).build();
    }

    /** Where a ramp starts: the target, or with --baseline and no --ramp-to, the baseline. */
    private Cadence rampStart(Target target) {
        if (rampOver != null && rampTo == null && runner.baseline != null) {
            return runner.baseline;
        }
        return target.cadence();
    }

    private void validate() {
        clicks.validate();
        live.validate();
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
                how += String.format(Locale.ROOT, "; ramp %s → %s spm over %s, rising linearly per second, then steady",
                        rampFrom.format(), to.format(), DurationText.format(rampOver));
            }
            return how;
        }
    }
}
