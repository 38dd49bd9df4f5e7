package run.cadence.audio;

import java.io.IOException;

/**
 * The render side of the music: mixes the decks' rings into each block at their exact frames, with the
 * crossfade (equal power, over whole grid steps), level matching, the music volume and ducking under spoken cues.
 * Live, a {@link MusicFeeder} thread stretches ahead and this side only mixes: REALTIME, allocation-free, no lock,
 * no I/O; a ring that ran dry is counted and its frames skipped, so the music stays on the grid. For a file
 * render ({@code offline}), the mixer calls the feeder itself until the ring holds the block.
 */
public final class MusicMixer implements AutoCloseable {
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

    public MusicMixer(TempoMap map, Setlist setlist, MusicSettings settings, CueTrack cues, int maxBlockFrames,
            boolean offline) {
        int rate = map.format().sampleRate();
        int ringFrames = Math.max(rate * 2, 4 * maxBlockFrames);
        decks[0] = new MusicDeck(map, ringFrames);
        decks[1] = new MusicDeck(map, ringFrames);
        this.feeder = new MusicFeeder(map, decks, setlist, settings.crossfadeSteps());
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

    /** Adds the music of frames [blockStart, blockStart + frames) into {@code out}. REALTIME when live. */
    public void mixInto(float[] out, long blockStart, int frames, int channels) throws IOException {
        if (offline) {
            feeder.produce();
        }
        duckEnvelope(blockStart, frames);
        long blockEnd = blockStart + frames;
        if (!offline && blockEnd > feeder.decidedUntil()) {
            underruns++; // the next track should have begun by now: the feeder is late
        }
        for (MusicDeck d : decks) {
            if (d.state != MusicDeck.PLAYING) {
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

    private void mixDeck(MusicDeck d, float[] out, long blockStart, long from, long to, int channels)
            throws IOException {
        long wanted = from - d.startFrame;
        int frames = (int) (to - from);
        while (offline && d.ring.written() < wanted + frames && d.state == MusicDeck.PLAYING && feeder.produce()) {
            // A file render waits for the stretcher; live playback never does.
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

    /** Why the music stopped early, or null. */
    public String failure() {
        return feeder.failure();
    }

    @Override
    public void close() throws IOException {
        feeder.stop();
    }
}
