package run.cadence.music;

import java.util.Arrays;

/**
 * An onset detector for checking rendered music, independent of the player: a 400 Hz low-pass (kick, snare, bass;
 * no hi-hats), an instant-attack envelope, a trigger where the envelope jumps above three times its value 15 ms
 * before, and the onset timed where the envelope first reaches half the hit's peak. Streaming, so an hour of output is never held in memory.
 */
public final class LowBandOnsets {
    private final int rate;
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private double x1;
    private double x2;
    private double y1;
    private double y2;
    private double envelope;
    private final double release;
    private final double[] past;
    private final int refractory;
    private long frame;
    private long lastOnset = Long.MIN_VALUE / 2;
    private long[] onsets = new long[1024];
    private int count;
    private final double floor;
    /** The envelope of the last 40 ms, to time a hit once its peak has passed. */
    private final double[] recent;
    private long pending = -1;
    private final int settle;
    private final int lookBack;
    /** The recent loudest level (decaying over 2 s): a hit must reach 30% of it, so a hi-hat's trace is no beat. */
    private double loud;
    private final double loudRelease;

    LowBandOnsets(int rate, double absoluteFloor) {
        this.rate = rate;
        double w = 2 * Math.PI * 400 / rate;
        double alpha = Math.sin(w) / (2 * 0.7071);
        double a0 = 1 + alpha;
        b0 = (1 - Math.cos(w)) / 2 / a0;
        b1 = (1 - Math.cos(w)) / a0;
        b2 = b0;
        a1 = -2 * Math.cos(w) / a0;
        a2 = (1 - alpha) / a0;
        release = Math.exp(-1.0 / (0.02 * rate));
        past = new double[(int) (0.015 * rate)];
        refractory = (int) (0.12 * rate);
        floor = absoluteFloor;
        recent = new double[(int) (0.04 * rate)];
        settle = (int) (0.02 * rate);
        lookBack = (int) (0.005 * rate);
        loudRelease = Math.exp(-1.0 / (2.0 * rate));
    }

    void add(float[] mono, int n) {
        for (int i = 0; i < n; i++) {
            double x = mono[i];
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            envelope = Math.max(Math.abs(y), envelope * release);
            int slot = (int) (frame % past.length);
            double before = past[slot];
            past[slot] = envelope;
            recent[(int) (frame % recent.length)] = envelope;
            loud = Math.max(envelope, loud * loudRelease);
            if (pending < 0 && envelope > 3 * before + floor && envelope > 0.3 * loud && frame - lastOnset > refractory) {
                pending = frame;
                lastOnset = frame;
            }
            if (pending >= 0 && frame == pending + settle) {
                time(pending);
                pending = -1;
            }
            frame++;
        }
    }

    /**
     * The first frame from 5 ms before the trigger where the envelope reaches half the peak it reaches within
     * 20 ms after the trigger (constant-fraction timing: a kick and a snare are timed alike, whatever their level).
     */
    private void time(long trigger) {
        long from = Math.max(0, trigger - lookBack);
        double peak = 0;
        for (long f = from; f <= frame; f++) {
            peak = Math.max(peak, recent[(int) (f % recent.length)]);
        }
        long at = trigger;
        for (long f = from; f <= frame; f++) {
            if (recent[(int) (f % recent.length)] >= 0.5 * peak) {
                at = f;
                break;
            }
        }
        if (count == onsets.length) {
            onsets = Arrays.copyOf(onsets, count * 2);
        }
        onsets[count++] = at;
    }

    long[] onsets() {
        return Arrays.copyOf(onsets, count);
    }

    double seconds(long f) {
        return f / (double) rate;
    }
}
