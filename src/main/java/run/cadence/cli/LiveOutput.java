package run.cadence.cli;

import run.cadence.audio.AudioSink;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.LineSink;

/** Opens the live output; tests replace it with a memory sink to run the live path without a sound card. */
interface LiveOutput {
    LiveOutput SOUND_CARD = (format, device, latency, block) -> new LineSink(format, device, latency, block);

    AudioSink open(RenderFormat format, String device, double latencyMillis, int maxBlockFrames);
}
