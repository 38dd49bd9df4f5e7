package run.cadence.audio;

import java.util.ArrayList;
import java.util.List;

/** Finds click onsets in rendered 16-bit samples: the first non-zero sample after a run of silence. */
public final class RenderedOnsets {
    private RenderedOnsets() {}

    /** Onset frames of one channel; {@code minGap} frames of digital silence separate two clicks. */
    public static List<Long> of(short[] interleaved, int channels, int channel, int minGap) {
        List<Long> onsets = new ArrayList<>();
        long lastSound = -minGap - 1L;
        int frames = interleaved.length / channels;
        for (int f = 0; f < frames; f++) {
            if (interleaved[f * channels + channel] != 0) {
                if (f - lastSound > minGap) {
                    onsets.add((long) f);
                }
                lastSound = f;
            }
        }
        return onsets;
    }
}
