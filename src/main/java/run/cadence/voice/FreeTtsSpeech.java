package run.cadence.voice;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;
import run.cadence.CadenceException;

/**
 * The embedded default voice: FreeTTS's {@code kevin16}, pure Java, offline. Speech is captured into
 * memory by an {@link AudioPlayer} that only collects bytes, so FreeTTS never opens a sound line: it
 * works on a headless machine and never competes with the metronome for the device.
 */
public final class FreeTtsSpeech implements Speech {
    static final String VOICE = "kevin16";
    private static final String DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    /** FreeTTS shares its lexicon and VoiceManager between voices: one phrase at a time, process-wide. */
    private static final Object LOCK = new Object();
    private Voice voice;
    private CapturingPlayer player;

    @Override
    public String name() {
        return "freetts";
    }

    @Override
    public float[] render(Phrase phrase, int sampleRate) {
        byte[] pcm;
        AudioFormat format;
        synchronized (LOCK) {
            allocate();
            player.clear();
            if (!voice.speak(phrase.text()) || player.size() == 0) {
                throw CadenceException.runtime("FreeTTS could not speak '" + phrase.text()
                        + "'; try --voice espeak or --no-voice", null);
            }
            pcm = player.bytes();
            format = player.getAudioFormat();
        }
        String engine = "FreeTTS (" + VOICE + ")";
        return SpeechSamples.trimmedAndLevelled(SpeechSamples.fromPcm(pcm, format, sampleRate, engine, phrase.text()),
                sampleRate, engine + " speaking '" + phrase.text() + "'");
    }

    private void allocate() {
        if (voice != null) {
            return;
        }
        // VoiceManager reads this property to find voices that are not listed in a voices.txt.
        if (System.getProperty("freetts.voices") == null) {
            System.setProperty("freetts.voices", DIRECTORY);
        }
        Voice found = VoiceManager.getInstance().getVoice(VOICE);
        if (found == null) {
            throw CadenceException.runtime("FreeTTS voice '" + VOICE + "' is missing from the program's "
                    + "jar; reinstall cadence, or use --voice espeak or --no-voice", null);
        }
        player = new CapturingPlayer();
        // Set before allocate(): otherwise FreeTTS would create its default player, which opens a line.
        found.setAudioPlayer(player);
        found.allocate();
        voice = found;
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            if (voice != null) {
                voice.deallocate();
                voice = null;
            }
        }
    }

    /** Collects whatever FreeTTS "plays" into memory; all the timing and device calls are no-ops. */
    private static final class CapturingPlayer implements AudioPlayer {
        private final ByteArrayOutputStream collected = new ByteArrayOutputStream(1 << 16);
        private AudioFormat format;
        private float volume = 1f;

        int size() {
            return collected.size();
        }

        byte[] bytes() {
            return collected.toByteArray();
        }

        @Override
        public void setAudioFormat(AudioFormat format) {
            this.format = format;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        void clear() {
            collected.reset();
        }

        /** FreeTTS calls this between its own steps; the capture is cleared only by {@link #clear()}. */
        @Override
        public void reset() {}

        @Override
        public boolean write(byte[] audioData) {
            return write(audioData, 0, audioData.length);
        }

        @Override
        public boolean write(byte[] bytes, int offset, int size) {
            collected.write(bytes, offset, size);
            return true;
        }

        @Override
        public void pause() {}

        @Override
        public void resume() {}

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void begin(int size) {}

        @Override
        public boolean end() {
            return true;
        }

        @Override
        public void cancel() {}

        @Override
        public void close() {}

        @Override
        public float getVolume() {
            return volume;
        }

        @Override
        public void setVolume(float volume) {
            this.volume = volume;
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {}

        @Override
        public void startFirstSampleTimer() {}

        @Override
        public void showMetrics() {}
    }
}
