package run.cadence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import run.cadence.CadenceException;
import run.cadence.DurationText;
import run.cadence.audio.AudioSink;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.ClickSound;
import run.cadence.audio.Playback;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.Renderer;
import run.cadence.audio.io.OutputFile;
import run.cadence.plan.PlayOutcome;
import run.cadence.session.CuePlan;
import run.cadence.session.SessionProgress;
import run.cadence.session.SessionSound;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;
import run.cadence.voice.CueClips;
import run.cadence.voice.CueFolderSpeech;
import run.cadence.voice.Phrase;
import run.cadence.voice.Speech;
import run.cadence.voice.VoiceSettings;

/**
 * Plays a compiled session live (status line, keys) or renders it to a WAV or MP3 file: the one wiring that
 * {@code cadence run}, {@code cadence next} and {@code cadence export plan} share. Every cue is synthesized
 * before the first sample is rendered.
 */
final class SessionRunner {
    /** How the session sounds and where live audio goes. */
    record Setup(VoiceSettings voice, RenderFormat format, ClickSound click, ClickOptions clickOptions,
            String device, double latencyMillis) {
        Setup {
            if (click == null || voice == null || format == null || clickOptions == null) {
                throw new IllegalArgumentException("a session setup needs a voice, a format, a click and options");
            }
        }
    }

    private final PrintWriter out;
    private final Setup setup;
    private final LiveOutput liveOutput;
    private final InputStream keys;
    private final boolean interactive;

    SessionRunner(PrintWriter out, Setup setup, LiveOutput liveOutput, InputStream keys, boolean interactive) {
        this.out = out;
        this.setup = setup;
        this.liveOutput = liveOutput;
        this.keys = keys;
        this.interactive = interactive;
    }

    /**
     * Plays {@code timeline} live, or renders it whole to {@code file}.
     *
     * @throws CadenceException BAD_INPUT for an output that is not .wav/.mp3 or cannot be written, or a cue
     *     recording that cannot be read; nothing is left under the output's name
     */
    PlayOutcome play(Timeline timeline, Optional<Path> file) throws IOException {
        Optional<OutputFile> fileFormat = file.map(OutputFile::of);
        RenderFormat format = setup.format();
        if (file.isPresent()) {
            // Opened first, so an unwritable path fails before minutes of speech synthesis.
            try (AudioSink sink = fileFormat.get().open(file.get(), format, timeline.totalFrames(format.sampleRate()))) {
                SessionSound sound = prepare(timeline);
                return render(timeline, sound, sink, file.get());
            }
        }
        SessionSound sound = prepare(timeline);
        return playLive(timeline, sound);
    }

    /**
     * Synthesizes every distinct phrase, then maps the session onto the engine. With a cue folder, first
     * names each recording in it that no cue of this session plays.
     */
    SessionSound prepare(Timeline timeline) {
        CuePlan plan = CuePlan.of(timeline);
        Set<Phrase> phrases = SessionSound.distinctPhrases(timeline, plan);
        long started = System.nanoTime();
        CueClips clips;
        try (Speech speech = setup.voice().open()) {
            if (speech instanceof CueFolderSpeech folder) {
                // Before synthesis, which may take a while: a misspelt name is why "my voice is not heard".
                for (Path unused : folder.unusedRecordings(phrases)) {
                    out.println("cue folder: '" + unused.getFileName()
                            + "' matches no cue in this session (see cadence cue name TEXT)");
                }
                out.flush();
            }
            clips = CueClips.prepare(speech, phrases, setup.format().sampleRate());
        }
        out.printf(Locale.ROOT, "Prepared %d cues (%d distinct phrases) with %s in %.1f s.%n", plan.cues().size(),
                phrases.size(), clips.speechName(), (System.nanoTime() - started) / 1e9);
        out.flush();
        return SessionSound.of(timeline, plan, clips, setup.format());
    }

    private Renderer renderer(SessionSound sound, PlaybackControl control, int block) {
        return new Renderer(sound.tempo(), setup.click(), setup.clickOptions(), sound.cues(),
                control, block);
    }

    private PlayOutcome render(Timeline timeline, SessionSound sound, AudioSink sink, Path file) throws IOException {
        PlaybackControl control = new PlaybackControl();
        Renderer renderer = renderer(sound, control, OutputFile.BLOCK_FRAMES);
        long started = System.nanoTime();
        Playback.Result result = Playback.run(renderer, sink, control, OutputFile.BLOCK_FRAMES);
        double seconds = (System.nanoTime() - started) / 1e9;
        double length = setup.format().seconds(result.frames());
        out.printf(Locale.ROOT, "Rendered %s (%d steps, %d clicks, %d cues) to %s in %.1f s (%.0fx real time).%n",
                DurationText.clock(timeline.total()), timeline.segments().size(), result.beats(),
                sound.cues().size(), file, seconds, length / Math.max(seconds, 1e-9));
        out.flush();
        return PlayOutcome.completed(timeline.total());
    }

    private PlayOutcome playLive(Timeline timeline, SessionSound sound) throws IOException {
        RenderFormat format = setup.format();
        int block = LiveOutputOptions.blockFrames(setup.latencyMillis(), format);
        PlaybackControl control = new PlaybackControl();
        Renderer renderer = renderer(sound, control, block);
        SessionProgress progress = new SessionProgress(timeline, format.sampleRate(), sound.stepStarts());
        AudioSink sink = liveOutput.open(format, setup.device(), setup.latencyMillis(), block);
        out.println("Playing. Keys: space pause, n next step, p stop for pain, q stop.");
        out.flush();
        java.util.concurrent.atomic.AtomicBoolean pain = new java.util.concurrent.atomic.AtomicBoolean();
        LiveConsole.Keys sessionKeys = (key, c) -> {
            switch (key) {
                case 'p', 'P' -> {
                    pain.set(true);
                    c.requestStop();
                    return true;
                }
                case 'n', 'N' -> {
                    // The account decides where the skip lands and the renderer jumps exactly there, so the report
                    // and what was played agree even when a step ends while the key is pressed.
                    c.requestSkipTo(progress.skipFrom(renderer.position()));
                    return true;
                }
                case '+', '=', '-', '_' -> {
                    return true; // the session's plan sets the tempo
                }
                default -> {
                    return false;
                }
            }
        };
        new LiveConsole(out, interactive).play(renderer, sink, control, block, keys, sessionKeys,
                () -> status(timeline, sound, renderer.position(), control.paused(), progress));
        SessionProgress.Report report = progress.report(renderer.position());
        PlayOutcome outcome = report.completed() ? PlayOutcome.completed(report.played())
                : PlayOutcome.stopped(report.played(), pain.get() ? PlayOutcome.StopReason.PAIN
                        : PlayOutcome.StopReason.RUNNER);
        out.println(describe(report, pain.get()));
        return outcome;
    }

    static String describe(SessionProgress.Report r, boolean forPain) {
        String skipped = r.stepsSkipped() == 0 ? ""
                : String.format(Locale.ROOT, "; skipped %d step%s (%s)", r.stepsSkipped(),
                        r.stepsSkipped() == 1 ? "" : "s", DurationText.clock(r.skipped()));
        if (r.completed()) {
            return String.format(Locale.ROOT, "Session complete: %s, %d of %d steps, %s running%s.",
                    DurationText.clock(r.played()), r.stepsCompleted(), r.steps(), DurationText.clock(r.running()),
                    skipped);
        }
        return String.format(Locale.ROOT, "Stopped%s after %s: %d of %d steps completed, %s running%s.",
                forPain ? " for pain" : "", DurationText.clock(r.played()), r.stepsCompleted(), r.steps(), DurationText.clock(r.running()),
                skipped);
    }

    /** "Run 172.2 spm  0:42 left  |  21:12 to go  |  next: Walk 2:00" */
    static String status(Timeline timeline, SessionSound sound, long position, boolean paused,
            SessionProgress progress) {
        String state = paused ? "PAUSED  " : "";
        if (position >= sound.sessionEndFrame()) {
            return state + "Finished  " + DurationText.clock(timeline.total());
        }
        Duration at = progress.time(position);
        List<TimelineSegment> segments = timeline.segments();
        TimelineSegment now = segments.get(timeline.segmentIndexAt(at));
        Duration inStep = at.minus(now.start());
        double fraction = inStep.toNanos() / (double) now.length().toNanos();
        String cadence = now.clicks() && inStep.compareTo(now.clickLength()) < 0
                ? String.format(Locale.ROOT, " %.1f spm", now.cadence().spmAt(fraction)) : "";
        String next = now.index() + 1 < segments.size() ? describeNext(segments.get(now.index() + 1)) : "finish";
        return String.format(Locale.ROOT, "%s%s%s  %s left  |  %s to go  |  next: %s", state, now.kind().word(),
                cadence, DurationText.clock(nonNegative(now.end().minus(at))),
                DurationText.clock(nonNegative(timeline.total().minus(at))), next);
    }

    private static String describeNext(TimelineSegment s) {
        String cadence = s.clicks() ? " " + s.cadence().describe() : "";
        return s.kind().word() + " " + DurationText.clock(s.length()) + cadence;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
