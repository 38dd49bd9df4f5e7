package run.cadence.voice;

/** Measurements the voice tests share. */
final class Clips {
    private Clips() {}

    static double rms(float[] clip) {
        double sum = 0;
        for (float v : clip) {
            sum += v * v;
        }
        return Math.sqrt(sum / clip.length);
    }

    static float peak(float[] clip) {
        float peak = 0;
        for (float v : clip) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    /** Zero crossings per second in [from, to) frames: twice the frequency of a pure tone. */
    static double crossingsPerSecond(float[] clip, int from, int to, int sampleRate) {
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((clip[i - 1] < 0) != (clip[i] < 0)) {
                crossings++;
            }
        }
        return crossings * sampleRate / (double) (to - from);
    }
}
