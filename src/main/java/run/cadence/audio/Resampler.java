package run.cadence.audio;

/** Sample-rate conversion done once at load time, never on the render path. */
public final class Resampler {
    private Resampler() {}

    /**
     * Linear interpolation from {@code fromRate} to {@code toRate}; good enough for clicks and speech. Reading
     * a clip "faster" than it was recorded (fromRate above the true rate) raises its pitch.
     */
    public static float[] linear(float[] in, double fromRate, double toRate) {
        if (Math.abs(fromRate - toRate) < 1e-9) {
            return in;
        }
        double step = fromRate / toRate;
        int n = (int) Math.max(1, Math.floor((in.length - 1) / step) + 1);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double pos = i * step;
            int j = (int) pos;
            double frac = pos - j;
            float a = in[j];
            float b = j + 1 < in.length ? in[j + 1] : a;
            out[i] = (float) (a + (b - a) * frac);
        }
        return out;
    }
}
