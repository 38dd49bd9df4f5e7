package run.cadence.audio;

import java.util.Arrays;

/**
 * The pure, frame-exact renderer: clicks on the beat grid of a {@link TempoMap}, cues from a {@link CueTrack},
 * mixed in a fixed {@link VoicePool}. A click starts at {@code beatFrame - blockStart} inside the block being
 * filled, so it is never late by a block. Live playback and file export call the same {@link #render}.
 *
 * <p>Render-thread object: {@link #render} allocates nothing, takes no lock and does no I/O. Progress is
 * published through volatile fields for a status line on another thread.
 */
public final class Renderer {
    /** Unaccented clicks sit this far below accents. */
    static final float UNACCENTED_GAIN = 0.7f;
    private static final int VOICES = 16;

    private final TempoMap map;
    private final RenderFormat format;
    private final int channels;
    private final BeatCursor cursor;
    private final ClickSound click;
    private final ClickOptions options;
    private final CueTrack cues;
    private final long endFrame;
    private final PlaybackControl control;
    private final VoicePool voices;
    private final int maxBlockFrames;
    private final MusicSource music;

    private long position;
    private long beats;
    private int nextCue;
    private boolean silentBlock;

    private volatile long publishedPosition;
    private volatile long publishedBeats;
    private volatile double publishedSpm;

    /**
     * @param maxBlockFrames the largest block {@link #render} will be asked for
     */
    public Renderer(TempoMap map, ClickSound click, ClickOptions options, CueTrack cues, PlaybackControl control,
            int maxBlockFrames) {
        this(map, click, options, cues, control, maxBlockFrames, MusicSource.NONE);
    }

    /**
     * @param music mixed after the clicks and cues (it ducks under speech itself)
     */
    public Renderer(TempoMap map, ClickSound click, ClickOptions options, CueTrack cues, PlaybackControl control,
            int maxBlockFrames, MusicSource music) {
        this.map = map;
        this.music = music;
        this.format = map.format();
        this.channels = format.channels();
        this.cursor = new BeatCursor(map);
        this.click = click;
        this.options = options;
        this.cues = cues;
        this.endFrame = map.endFrame();
        this.control = control;
        this.maxBlockFrames = maxBlockFrames;
        this.voices = new VoicePool(VOICES, maxBlockFrames);
        this.publishedSpm = cursor.tempoAt(0);
    }

    public RenderFormat format() {
        return format;
    }

    /**
     * A renderer of the same plan with state of its own, for a rehearsal: rendering its first blocks into scratch
     * has the JIT compile the render path before a live line starts, instead of on the way. Without the music: a
     * music source is one stream with a position of its own, which the rehearsal must not move.
     */
    public Renderer rehearsal() {
        return new Renderer(map, click, options, cues, new PlaybackControl(), maxBlockFrames);
    }

    /**
     * Fills {@code out} with the next {@code frames} frames (interleaved) and returns how many it wrote: fewer
     * at the end of a finite plan, 0 once finished.
     */
    public int render(float[] out, int frames) {
        if (frames > maxBlockFrames) {
            throw new IllegalArgumentException("block of " + frames + " frames exceeds " + maxBlockFrames);
        }
        applySkips();
        int n = (int) Math.min(frames, endFrame - position);
        if (n <= 0) {
            return 0;
        }
        Arrays.fill(out, 0, n * channels, 0f);
        long blockEnd = position + n;
        startCues(blockEnd);
        startBeats(blockEnd);
        silentBlock = !voices.anyActive();
        if (!silentBlock) {
            voices.mixInto(out, n, channels, options.duckGain());
        }
        if (music != MusicSource.NONE) {
            music.mixInto(out, position, n, channels);
            silentBlock = false;
        }
        position = blockEnd;
        publishedPosition = position;
        publishedBeats = beats;
        return n;
    }

    /** Renders and discards frames the output lost in an underrun, so later beats stay on schedule. */
    public void catchUp(long frames, float[] scratch) {
        long left = frames;
        while (left > 0) {
            int n = render(scratch, (int) Math.min(left, maxBlockFrames));
            if (n == 0) {
                return;
            }
            left -= n;
        }
    }

    /** Whether the block last rendered is all zeros (no sound was playing in it). */
    public boolean lastBlockSilent() {
        return silentBlock;
    }

    public boolean finished() {
        return position >= endFrame;
    }

    /** Timeline frames rendered so far (pauses excluded). Safe from any thread. */
    public long position() {
        return publishedPosition;
    }

    /** Beats started so far. Safe from any thread. */
    public long beatsPlayed() {
        return publishedBeats;
    }

    /** Tempo at the last beat started (at first, the tempo the plan starts with), in spm. Safe from any thread. */
    public double currentSpm() {
        return publishedSpm;
    }

    public long endFrame() {
        return endFrame;
    }

    private void startCues(long blockEnd) {
        long[] at = cues.frames();
        float[][] clips = cues.clips();
        while (nextCue < at.length && at[nextCue] < blockEnd) {
            int offset = (int) Math.max(0, at[nextCue] - position);
            voices.start(clips[nextCue], offset, 1f, 1f, true);
            nextCue++;
        }
    }

    private void startBeats(long blockEnd) {
        while (cursor.nextBeatFrame() < blockEnd) {
            long frame = cursor.nextBeatFrame();
            boolean accent = options.accentEvery() > 1 && beats % options.accentEvery() == 0;
            float gain = options.volume() * (accent ? 1f : UNACCENTED_GAIN);
            float left = gain;
            float right = gain;
            if (options.pan() == Pan.ALTERNATE && channels == 2) {
                if (beats % 2 == 0) {
                    right = 0;
                } else {
                    left = 0;
                }
            }
            voices.start(accent ? click.accent() : click.normal(), (int) (frame - position), left, right, false);
            beats++;
            publishedSpm = cursor.tempoAt(frame);
            int nudges = control.takeTempoNudges();
            if (nudges != 0) {
                double spm = Math.max(run.cadence.Cadence.MIN,
                        Math.min(run.cadence.Cadence.MAX, cursor.tempoAt(frame) + nudges));
                cursor.retempo(frame, spm);
                music.retempo(frame, spm);
                publishedSpm = spm;
            } else {
                cursor.advance();
            }
        }
    }

    private void applySkips() {
        long target = Math.min(control.takeSkipTarget(), endFrame);
        if (target <= position) {
            return;
        }
        position = target;
        voices.silenceAll();
        while (nextCue < cues.size() && cues.frames()[nextCue] < target) {
            nextCue++;
        }
        cursor.seek(target);
        music.jumpedTo(target);
    }
}
