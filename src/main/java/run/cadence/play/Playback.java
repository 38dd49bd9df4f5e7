package run.cadence.play;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import run.cadence.Cadence;
import run.cadence.audio.AudioSink;
import run.cadence.audio.MusicMixer;
import run.cadence.audio.MusicSource;
import run.cadence.audio.PlaybackControl;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.RenderLoop;
import run.cadence.audio.Renderer;
import run.cadence.audio.TempoMap;
import run.cadence.audio.io.LivePlayer;
import run.cadence.audio.io.OutputFile;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionPlayer;
import run.cadence.session.CuePlan;
import run.cadence.session.SessionProgress;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.Workout;
import run.cadence.voice.CueClips;
import run.cadence.voice.Phrase;
import run.cadence.voice.Speech;

/**
 * The one playback path: workout → timeline → prepared {@link Score} → {@link Renderer} → a file, or the live
 * output through a {@link LivePlayer} → a report. {@code cadence play}, {@code run}, {@code next} and
 * {@code export plan} all come through here; a bare metronome is a score of one step. Every cue is synthesized
 * before the first sample is rendered, and nothing here prints: progress goes out as {@link PlayEvent}s.
 */
public final class Playback implements SessionPlayer {
    private final SoundSettings sound;
    private final LiveSetup live;
    private final Consumer<PlayEvent> events;
    private final Optional<PlayMusic> music;

    public Playback(SoundSettings sound, LiveSetup live, Consumer<PlayEvent> events) {
        this(sound, live, events, Optional.empty());
    }

    private Playback(SoundSettings sound, LiveSetup live, Consumer<PlayEvent> events, Optional<PlayMusic> music) {
        this.sound = sound;
        this.live = live;
        this.events = events;
        this.music = music;
    }

    /** The same playback with music under it (tracks stretched and locked to the click grid). */
    public Playback withMusic(PlayMusic withMusic) {
        return new Playback(sound, live, events, Optional.of(withMusic));
    }

    /** The planner's sessions: compiled against the runner's baseline, got ready to play live or render. */
    @Override
    public Ready prepare(Workout workout, Cadence baseline, Optional<Path> out) {
        return session(Timeline.compile(workout, SessionSettings.withBaseline(baseline)), out);
    }

    /**
     * Gets {@code timeline} ready to play live, or to render whole to {@code file}: the file is opened first (an
     * unwritable path fails before minutes of speech synthesis), then every cue is prepared.
     *
     * @throws run.cadence.CadenceException BAD_INPUT for an output that is not .wav/.mp3 or cannot be written, or
     *     a cue recording that cannot be read; nothing is left under the output's name
     */
    public Ready session(Timeline timeline, Optional<Path> file) {
        RenderFormat format = sound.format();
        AudioSink sink = file.map(f -> OutputFile.of(f).open(f, format, timeline.totalFrames(format.sampleRate())))
                .orElse(null);
        Score score;
        try {
            score = score(timeline);
        } catch (RuntimeException | Error e) {
            closeQuietly(sink, e);
            throw e;
        }
        return new Ready() {
            @Override
            public PlayOutcome play() throws IOException {
                return sink != null ? render(timeline, score, file.get(), sink) : live(timeline, score);
            }

            @Override
            public void close() {
                closeQuietly(sink, null);
            }
        };
    }

    private PlayOutcome render(Timeline timeline, Score score, Path file, AudioSink sink) throws IOException {
        try (sink) {
            Played played = render(score, timeline, sink);
            events.accept(new PlayEvent.Rendered(timeline, file, sound.format().seconds(played.result().frames()),
                    played.result().beats(), score.cues().size(), played.took()));
            return PlayOutcome.completed(timeline.total(), timeline.runningTime());
        }
    }

    /** Plays live; the outcome is what the runner really did: time and running played, steps skipped. */
    private PlayOutcome live(Timeline timeline, Score score) throws IOException {
        SessionProgress progress = new SessionProgress(timeline, sound.format().sampleRate(), score.stepStarts());
        Played played = playLive(score, timeline, progress);
        if (played.result().underruns() > 0) {
            events.accept(new PlayEvent.OutputRanDry(played.result().underruns(),
                    sound.format().seconds(played.result().lostFrames())));
        }
        SessionProgress.Report r = progress.report(played.result().frames());
        PlayOutcome outcome = r.completed() ? new PlayOutcome.Completed(r.played(), r.running(), r.stepsSkipped())
                : new PlayOutcome.Stopped(r.played(), r.running(), r.stepsSkipped(),
                        played.stoppedFor().orElse(PlayOutcome.StopReason.RUNNER));
        events.accept(new PlayEvent.Ended(r, outcome));
        return outcome;
    }

    /** Closes a sink that will not be played into (its partial file is removed), keeping {@code cause} first. */
    private static void closeQuietly(AudioSink sink, Throwable cause) {
        if (sink == null) {
            return;
        }
        try {
            sink.close();
        } catch (IOException | RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Plays a bare metronome (a score of one step, maybe open-ended) live, or renders it to {@code file}. */
    public Played metronome(TempoMap tempo, Optional<Path> file) throws IOException {
        Score score = Score.metronome(tempo);
        if (file.isPresent()) {
            try (AudioSink sink = OutputFile.of(file.get()).open(file.get(), sound.format(), tempo.endFrame())) {
                return render(score, null, sink);
            }
        }
        return playLive(score, null, null);
    }

    /**
     * Synthesizes every distinct phrase, then maps the session onto the engine. With a cue folder, first names
     * each recording in it that no cue of this session plays: a misspelt name is why "my voice is not heard".
     */
    Score score(Timeline timeline) {
        CuePlan plan = CuePlan.of(timeline);
        Set<Phrase> phrases = CuePhrases.distinct(timeline, plan);
        long started = System.nanoTime();
        CueClips clips;
        try (Speech speech = sound.voice().open()) {
            speech.unusedRecordings(phrases).forEach(file -> events.accept(new PlayEvent.UnusedRecording(file)));
            clips = CueClips.prepare(speech, phrases, sound.format().sampleRate());
        }
        events.accept(new PlayEvent.CuesPrepared(plan.cues().size(), phrases.size(), clips.speechName(),
                Duration.ofNanos(System.nanoTime() - started)));
        return Score.of(timeline, plan, clips, sound.format());
    }

    private Renderer renderer(Score score, PlaybackControl control, int blockFrames, MusicSource bed) {
        return new Renderer(score.tempo(), sound.click(), sound.clickOptions(), score.cues(), control, blockFrames,
                bed);
    }

    /**
     * The music mixer for this score, or none; a file render stretches in its own loop ({@code offline}). A session's
     * music follows its own grid ({@link MusicGrid}), a metronome's the click grid.
     */
    private Optional<MusicMixer> mixer(Score score, Timeline timeline, int blockFrames, boolean offline) {
        return music.map(m -> new MusicMixer(timeline == null ? score.tempo()
                : MusicGrid.of(timeline, sound.format(), score.totalFrames()), m.setlist(), m.settings(), score.cues(),
                blockFrames, offline));
    }

    /** Renders {@code score} into {@code sink}; {@code timeline} is null for a metronome. */
    private Played render(Score score, Timeline timeline, AudioSink sink) throws IOException {
        Optional<MusicMixer> bed = mixer(score, timeline, OutputFile.BLOCK_FRAMES, true);
        try {
            Renderer renderer = renderer(score, new PlaybackControl(), OutputFile.BLOCK_FRAMES,
                    bed.<MusicSource>map(b -> b).orElse(MusicSource.NONE));
            long started = System.nanoTime();
            RenderLoop.Result result = RenderLoop.run(renderer, sink, RenderLoop.TO_THE_END, OutputFile.BLOCK_FRAMES);
            bed.ifPresent(b -> reportMusic(b, false));
            return new Played(result, renderer.currentSpm(), Duration.ofNanos(System.nanoTime() - started),
                    Optional.empty());
        } finally {
            if (bed.isPresent()) {
                bed.get().close();
            }
        }
    }

    /** Plays live until the plan ends or the attendant stops it; {@code timeline} is null for a metronome. */
    private Played playLive(Score score, Timeline timeline, SessionProgress progress) throws IOException {
        RenderFormat format = sound.format();
        int block = live.blockFrames(format);
        PlaybackControl control = new PlaybackControl();
        Optional<MusicMixer> bed = mixer(score, timeline, block, false);
        if (bed.isPresent()) {
            bed.get().startLive(); // the first track is stretched before the line opens
        }
        Renderer renderer = renderer(score, control, block, bed.<MusicSource>map(b -> b).orElse(MusicSource.NONE));
        AudioSink sink = openLive(format, block, bed);
        long started = System.nanoTime();
        LivePlayer player = start(renderer, sink, block, bed);
        LiveSession session = new LiveSession(player, renderer, control, score, timeline, progress,
                bed.<Runnable>map(b -> b::skipTrack).orElse(() -> { }));
        try {
            live.attendant().attend(session);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                player.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        RenderLoop.Result result = player.close();
        if (bed.isPresent()) {
            bed.get().close();
            reportMusic(bed.get(), true);
        }
        return new Played(result, renderer.currentSpm(), Duration.ofNanos(System.nanoTime() - started),
                result.completed() ? Optional.empty() : session.stoppedFor());
    }

    /** Starts the player on the open sink; if that fails, the sink and the music's feeder are closed with it. */
    private static LivePlayer start(Renderer renderer, AudioSink sink, int block, Optional<MusicMixer> bed) {
        try {
            return LivePlayer.start(renderer, sink, block);
        } catch (RuntimeException | Error e) {
            try {
                sink.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (bed.isPresent()) {
                try {
                    bed.get().close();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * Tracks skipped because they could not be opened, live blocks that went without their music (a file render
     * waits for it, so it has none), then why the music stopped early, if it did.
     */
    private void reportMusic(MusicMixer bed, boolean live) {
        bed.skippedTracks().forEach(s -> events.accept(new PlayEvent.TrackSkipped(s.track(), s.reason())));
        if (live && bed.underruns() > 0) {
            events.accept(new PlayEvent.MusicLate(bed.underruns()));
        }
        Optional.ofNullable(bed.failure()).ifPresent(reason -> events.accept(new PlayEvent.MusicStopped(reason)));
    }

    /** Opens the live sink; if that fails, the music's feeder thread is stopped with it. */
    private AudioSink openLive(RenderFormat format, int block, Optional<MusicMixer> bed) throws IOException {
        try {
            return live.sinks().open(format, live.device(), live.latencyMillis(), block);
        } catch (RuntimeException e) {
            if (bed.isPresent()) {
                bed.get().close();
            }
            throw e;
        }
    }
}
