package run.cadence.audio;

/**
 * A fixed set of playing slots mixed additively, like klick's array of playing chunks: starting a sound
 * reuses a slot, so nothing is allocated while playing. Speech slots duck the click slots under them.
 */
final class VoicePool {
    private final float[][] clip;
    private final int[] position;
    private final int[] delay;
    private final float[] gainLeft;
    private final float[] gainRight;
    private final boolean[] speech;
    private final boolean[] active;
    private final float[] duckEnvelope;

    VoicePool(int slots, int maxBlockFrames) {
        clip = new float[slots][];
        position = new int[slots];
        delay = new int[slots];
        gainLeft = new float[slots];
        gainRight = new float[slots];
        speech = new boolean[slots];
        active = new boolean[slots];
        duckEnvelope = new float[maxBlockFrames];
    }

    /** Starts a clip {@code offset} frames into the next block mixed. When full, the oldest click is cut. */
    void start(float[] samples, int offset, float left, float right, boolean isSpeech) {
        int slot = -1;
        int oldest = -1;
        for (int i = 0; i < active.length; i++) {
            if (!active[i]) {
                slot = i;
                break;
            }
            if (!speech[i] && (oldest < 0 || position[i] > position[oldest])) {
                oldest = i;
            }
        }
        if (slot < 0) {
            slot = oldest >= 0 ? oldest : 0;
        }
        clip[slot] = samples;
        position[slot] = 0;
        delay[slot] = offset;
        gainLeft[slot] = left;
        gainRight[slot] = right;
        speech[slot] = isSpeech;
        active[slot] = true;
    }

    boolean anyActive() {
        for (boolean a : active) {
            if (a) {
                return true;
            }
        }
        return false;
    }

    boolean anySpeaking() {
        for (int i = 0; i < active.length; i++) {
            if (active[i] && speech[i]) {
                return true;
            }
        }
        return false;
    }

    /** Cuts every sound at once (a skipped step). */
    void silenceAll() {
        for (int i = 0; i < active.length; i++) {
            active[i] = false;
            clip[i] = null;
        }
    }

    /** Adds every active slot into {@code out} ({@code frames} frames of {@code channels} interleaved). */
    void mixInto(float[] out, int frames, int channels, float duckGain) {
        java.util.Arrays.fill(duckEnvelope, 0, frames, 1f);
        for (int i = 0; i < active.length; i++) {
            if (active[i] && speech[i]) {
                int from = delay[i];
                int to = Math.min(frames, from + clip[i].length - position[i]);
                for (int f = from; f < to; f++) {
                    duckEnvelope[f] = duckGain;
                }
                mixSlot(i, out, frames, channels, false);
            }
        }
        for (int i = 0; i < active.length; i++) {
            if (active[i] && !speech[i]) {
                mixSlot(i, out, frames, channels, true);
            }
        }
    }

    private void mixSlot(int i, float[] out, int frames, int channels, boolean ducked) {
        float[] samples = clip[i];
        int from = delay[i];
        int pos = position[i];
        int to = Math.min(frames, from + samples.length - pos);
        float l = gainLeft[i];
        float r = gainRight[i];
        if (channels == 1) {
            for (int f = from; f < to; f++) {
                float g = ducked ? l * duckEnvelope[f] : l;
                out[f] += samples[pos++] * g;
            }
        } else {
            for (int f = from; f < to; f++) {
                float s = samples[pos++];
                float d = ducked ? duckEnvelope[f] : 1f;
                out[2 * f] += s * l * d;
                out[2 * f + 1] += s * r * d;
            }
        }
        position[i] = pos;
        delay[i] = 0;
        if (pos >= samples.length) {
            active[i] = false;
            clip[i] = null;
        }
    }
}
