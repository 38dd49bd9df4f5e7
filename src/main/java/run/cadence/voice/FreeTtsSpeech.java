package run.cadence.voice;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.IOException;
import run.cadence.CadenceException;
import run.cadence.audio.Resampler;
import run.cadence.audio.io.FreeTtsCapture;
import run.cadence.audio.io.SampleFiles;

/**
 * The embedded default voice: FreeTTS's {@code kevin16}, pure Java, offline. Speech is captured into
 * memory by a {@link FreeTtsCapture} that only collects bytes, so FreeTTS never opens a sound line: it
 * works on a headless machine and never competes with the metronome for the device.
 */
public final class FreeTtsSpeech implements Speech {
    static final String VOICE = "kevin16";

    /** FreeTTS shares its lexicon and VoiceManager between voices: one phrase at a time, process-wide. */
    private static final Object LOCK = new Object();
    private Voice voice;
    private FreeTtsCapture player;

    @Override
    public String name() {
        return "freetts";
    }

    @Override
    public float[] render(Phrase phrase, int sampleRate) {
        SampleFiles.Mono spoken;
        String engine = "FreeTTS (" + VOICE + ")";
        synchronized (LOCK) {
            allocate();
            player.clear();
            if (!voice.speak(phrase.text()) || player.size() == 0) {
                throw new VoiceProblem.Silent(VoiceEngine.FREETTS, phrase.text());
            }
            try {
                spoken = player.captured();
            } catch (IOException | SampleFiles.Refused e) {
                throw CadenceException.runtime("cannot convert speech from " + engine + " speaking '"
                        + phrase.text() + "' (" + player.getAudioFormat() + "): " + e.getMessage(), e);
            }
        }
        return SpeechSamples.trimmedAndLevelled(Resampler.linear(spoken.samples(), spoken.sampleRate(), sampleRate),
                sampleRate, engine + " speaking '" + phrase.text() + "'");
    }

    private void allocate() {
        if (voice != null) {
            return;
        }
        // Straight from its directory, not through VoiceManager, which finds voices through a system property.
        Voice found = null;
        for (Voice v : new KevinVoiceDirectory().getVoices()) {
            if (v.getName().equals(VOICE)) {
                found = v;
            }
        }
        if (found == null) {
            throw new VoiceProblem.VoiceMissing(VOICE);
        }
        player = new FreeTtsCapture();
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
}
