package run.cadence.play;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.GeneratedPcm;
import run.cadence.audio.MusicSettings;
import run.cadence.audio.MusicTrack;
import run.cadence.audio.PcmSource;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.ClickSounds;
import run.cadence.audio.io.MemorySink;
import run.cadence.voice.VoiceSettings;

/** Live music that falls behind the render is said at the end, not lost silently. */
class MusicLateTest {
    private static final int RATE = 44_100;
    private static final RenderFormat STEREO = new RenderFormat(RATE, 2);

    /** A quiet hum, as many seconds as asked. */
    private static PcmSource hum(double seconds) {
        return GeneratedPcm.of(RATE, 1, seconds, n -> 0.1 * Math.sin(2 * Math.PI * 110 * n / RATE));
    }

    @Test
    void musicThatFallsBehindIsReportedAtTheEnd() throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        // The first track opens at once; the next, opened on the feeder thread, never does: from the first
        // track's end the render finds no music ready, block after block.
        MusicTrack.Opener stalls = () -> {
            if (!Thread.currentThread().getName().equals("music-feeder")) {
                return hum(12);
            }
            try {
                never.await();
            } catch (InterruptedException e) {
                throw new IOException("interrupted", e);
            }
            return hum(12);
        };
        List<PlayEvent> events = new ArrayList<>();
        LiveSetup live = new LiveSetup((format, device, latency, block) -> new MemorySink(format), null, 25,
                session -> {
                    while (!session.awaitEnd(Duration.ofMillis(50))) {
                        // the audio thread plays on
                    }
                });
        SoundSettings sound = new SoundSettings(STEREO, ClickSounds.load("woodblock", RATE), ClickOptions.DEFAULT,
                new VoiceSettings(new run.cadence.voice.CueVoice.Tones(), Optional.empty()));
        Playback playback = new Playback(sound, live, events::add).withMusic(new PlayMusic(
                spm -> new MusicTrack("hum", stalls, 172, 0.5, 12, 1, 1f), MusicSettings.DEFAULT));
        playback.metronome(Metronome.steady(new Cadence(172), Optional.of(Duration.ofSeconds(20)))
                .tempoMap(STEREO), Optional.empty());
        assertTrue(events.stream().anyMatch(e -> e instanceof PlayEvent.MusicLate l && l.blocks() > 10),
                events.toString());
    }
}
