package run.cadence.audio;

import java.io.IOException;

/**
 * The render side of the music: mixes the decks' rings into each block at their exact frames, with the
 * crossfade (equal power, over whole grid steps), level matching, the music volume and ducking under spoken cues.
 * Live, a {@link MusicFeeder} thread stretches ahead and this side only mixes: REALTIME, allocation-free, no lock,
 * no I/O; a ring that ran dry is counted and its frames skipped, so the music stays on the grid. For a file
 * render ({@code offline}), the mixer calls the feeder itself until the ring holds the block.
 */
public final class MusicMixer implements MusicSource, AutoCloseable {
    private static final float DUCK_SECONDS = 0.03f;
    private static final float[] QUARTER_SINE = new float[4097];

    static {
        for (int i = 0; i < QUARTER_SINE.length; i++) {
            QUARTER_SINE[i] = (float) StrictMath.sin(0.5 * Math.PI * i / (QUARTER_SINE.length - 1));
        }
    }

    private final MusicDeck[] decks = new MusicDeck[2];
    private final MusicFeeder feeder;
    private final boolean offline;
    private final float[] gain;
    private final float[] duck;
    private final long[] speechStart;
    private final long[] speechEnd;
    private final float duckStep;
    private final float duckGain;
    private int nextSpeech;
    private float duckLevel = 1f;
    private volatile float volume;
    private volatile long underruns;
    private final MusicCue cue = new MusicCue();
    /** The render thread's count of its re-cue requests: decks begun for an older one are not mixed. */
    private int generation;
    private volatile boolean skipTrackRequested;
    /** Why a file render's music stopped (a track that could not be read mid-way); null while it plays. */
    private volatile String offlineFailure;

    public MusicMixer(TempoMap map, Setlist setlist, MusicSettings settings, CueTrack cues, int maxBlockFrames,
            boolean offline) {
        int rate = map.format().sampleRate();
        int ringFrames = Math.max(rate * 2, 4 * maxBlockFrames);
        decks[0] = new MusicDeck(map, ringFrames);
        decks[1] = new MusicDeck(map, ringFrames);
        this.feeder = new MusicFeeder(map, decks, setlist, settings.crossfadeSteps(), cue);
        this.offline = offline;
        this.gain = new float[maxBlockFrames];
        this.duck = new float[maxBlockFrames];
        this.speechStart = new long[cues.size()];
        this.speechEnd = new long[cues.size()];
        for (int i = 0; i < cues.size(); i++) {
            speechStart[i] = cues.frames()[i];
            speechEnd[i] = cues.frames()[i] + cues.clips()[i].length;
        }
        this.duckStep = 1f / (DUCK_SECONDS * rate);
        this.duckGain = settings.duckGain();
        this.volume = settings.volume();
    }

    /** Live: starts the feeder thread after filling the rings once (so the first block has music). */
    public void startLive() throws IOException {
        feeder.produce();
        feeder.startThread();
    }

    /**
     * Whether the music up to output frame {@code frame} is stretched and waiting in the rings (a live player can
     * wait for it before it starts its line, so the first blocks do not run dry).
     */
    public boolean buffered(long frame) {
        if (frame > feeder.decidedUntil()) {
            return false;
        }
        for (MusicDeck d : decks) {
            if (d.state == MusicDeck.PLAYING && d.producedUntil() < Math.min(frame, d.fadeOutEnd)) {
                return false;
            }
        }
        return true;
    }

    public void setVolume(float v) {
        volume = Math.max(0f, Math.min(1f, v));
    }

    /** Blocks that found a ring short of music (live only). */
    public long underruns() {
        return underruns;
    }

    /** From any thread (the runner's n key): the next track, from the next step or so. */
    public void skipTrack() {
        skipTrackRequested = true;
    }

    @Override
    public void jumpedTo(long frame) {
        recue(MusicCue.JUMP, frame, 0);
    }

    @Override
    public void retempo(long beatFrame, double spm) {
        recue(MusicCue.RETEMPO, beatFrame, spm);
    }

    /** Render thread: the music that was stretched ahead no longer fits; silence until the feeder lays it again. */
    private void recue(int kind, long frame, double spm) {
        generation++;
        cue.request(kind, frame, spm);
    }

    /** Adds the music of frames [blockStart, blockStart + frames) into {@code out}. REALTIME when live. */
    @Override
    public void mixInto(float[] out, long blockStart, int frames, int channels) {
        if (skipTrackRequested) {
            skipTrackRequested = false;
            recue(MusicCue.NEXT_TRACK, blockStart, 0);
        }
        if (offline && !produceOffline()) {
            return;
        }
        duckEnvelope(blockStart, frames);
        long blockEnd = blockStart + frames;
        if (!offline && blockEnd > feeder.decidedUntil()) {
            underruns++; // the next track should have begun by now: the feeder is late
        }
        for (MusicDeck d : decks) {
            if (d.state != MusicDeck.PLAYING || d.generation != generation) {
                continue;
            }
            long from = Math.max(blockStart, d.startFrame);
            long to = Math.min(blockEnd, d.fadeOutEnd);
            if (from < to) {
                mixDeck(d, out, blockStart, from, to, channels);
            }
            if (blockEnd >= d.fadeOutEnd) {
                d.finish();
            }
        }
        if (!offline) {
            feeder.wake();
        }
    }

    /**
     * A file render stretches in the render loop itself. A track that cannot be read any more (deleted, damaged
     * past its header) ends the music, not the render: the reason is kept for {@link #failure()}.
     */
    private boolean produceOffline() {
        if (offlineFailure != null) {
            return false;
        }
        try {
            feeder.produce();
            return true;
        } catch (IOException | RuntimeException e) {
            offlineFailure = e.getMessage() == null ? e.toString() : e.getMessage();
            return false;
        }
    }

    private void mixDeck(MusicDeck d, float[] out, long blockStart, long from, long to, int channels) {
        long wanted = from - d.startFrame;
        int frames = (int) (to - from);
        while (offline && d.ring.written() < wanted + frames && d.state == MusicDeck.PLAYING && offlineFailure == null
                && produceOffline()) {
            if (!feederMadeProgress(d, wanted + frames)) {
                break;
            }
        }
        long behind = wanted - d.ring.read();
        if (behind > 0) {
            d.ring.skip((int) Math.min(behind, d.ring.available()));
        }
        int have = d.ring.available();
        if (d.ring.read() != wanted || have < frames) {
            underruns++;
            frames = d.ring.read() == wanted ? have : 0;
        }
        int offset = (int) (from - blockStart);
        float v = volume * d.gain;
        for (int f = 0; f < frames; f++) {
            gain[offset + f] = v * fade(d, from + f) * duck[offset + f];
        }
        d.ring.mixInto(out, offset, frames, channels, gain);
    }

    /** Equal-power fades: in from the first beat to the end of the crossfade, out over the last steps. */
    private static float fade(MusicDeck d, long x) {
        if (x < d.firstBeatFrame) {
            return 0f;
        }
        if (x < d.fadeInEnd) {
            return quarterSine((x - d.firstBeatFrame) / (double) (d.fadeInEnd - d.firstBeatFrame));
        }
        if (x >= d.fadeOutStart && d.fadeOutEnd > d.fadeOutStart) {
            return quarterSine(1 - (x - d.fadeOutStart) / (double) (d.fadeOutEnd - d.fadeOutStart));
        }
        return 1f;
    }

    /**
     * sin(t x pi/2) from a table made once: the same bits live and in a file (Math.sin may differ in its last bit
     * between interpreted and compiled code), and no native call on the render thread.
     */
    private static float quarterSine(double t) {
        double at = Math.max(0, Math.min(1, t)) * (QUARTER_SINE.length - 1);
        int i = (int) at;
        if (i >= QUARTER_SINE.length - 1) {
            return QUARTER_SINE[QUARTER_SINE.length - 1];
        }
        float frac = (float) (at - i);
        return QUARTER_SINE[i] + (QUARTER_SINE[i + 1] - QUARTER_SINE[i]) * frac;
    }

    /** Per-frame gain under speech, moving to its target in 30 ms so ducking never clicks. */
    private void duckEnvelope(long blockStart, int frames) {
        for (int f = 0; f < frames; f++) {
            long x = blockStart + f;
            while (nextSpeech < speechEnd.length && speechEnd[nextSpeech] <= x) {
                nextSpeech++;
            }
            boolean speaking = nextSpeech < speechEnd.length && speechStart[nextSpeech] <= x;
            float target = speaking ? duckGain : 1f;
            duckLevel = duckLevel < target ? Math.min(target, duckLevel + duckStep)
                    : Math.max(target, duckLevel - duckStep);
            duck[f] = duckLevel;
        }
    }

    private long lastWritten = -1;

    /** Whether the last produce call added to {@code d}'s ring (so the wait above cannot spin for ever). */
    private boolean feederMadeProgress(MusicDeck d, long needed) {
        long w = d.ring.written();
        boolean progress = w != lastWritten || w >= needed;
        lastWritten = w;
        return progress;
    }

    /** Tracks that could not be opened when their turn came (another played in their place). */
    public java.util.List<MusicFeeder.Skipped> skippedTracks() {
        return feeder.skipped();
    }

    /** Why the music stopped early, or null. */
    public String failure() {
        return offlineFailure != null ? offlineFailure : feeder.failure();
    }

    @Override
    public void close() throws IOException {
        feeder.stop();
    }
}
