package run.cadence.voice;

/**
 * {@code --no-voice}: a distinct synthesised tone per {@link CueTone}, ignoring the words. Rising means
 * "go" and falling means "ease off", as on a sports watch; notes sit between 330 and 1320 Hz, above
 * wind and footstep noise and clear of the metronome's click.
 */
public final class CueTones implements Speech {
    private static final double ATTACK = 0.005;
    private static final double RELEASE = 0.03;
    private static final float LEVEL = 0.6f;

    /** One note of a tone: when it starts, how long it lasts, and the frequencies sounding together. */
    private record Note(double start, double length, double... hertz) {}

    @Override
    public String name() {
        return "tones";
    }

    @Override
    public float[] render(Phrase phrase, int sampleRate) {
        return tone(phrase.kind(), sampleRate);
    }

    /** The tone for a kind of cue at a sample rate. */
    public float[] tone(CueTone kind, int sampleRate) {
        Note[] notes = notes(kind);
        double end = 0;
        for (Note note : notes) {
            end = Math.max(end, note.start + note.length);
        }
        float[] out = new float[(int) Math.ceil(end * sampleRate)];
        for (Note note : notes) {
            add(out, note, sampleRate);
        }
        return out;
    }

    private static Note[] notes(CueTone kind) {
        return switch (kind) {
            case RUN -> new Note[] {new Note(0, 0.14, 660), new Note(0.16, 0.22, 990)};
            case WALK -> new Note[] {new Note(0, 0.14, 990), new Note(0.16, 0.22, 660)};
            case REST -> new Note[] {new Note(0, 0.6, 440)};
            case COUNTDOWN -> new Note[] {new Note(0, 0.08, 1320)};
            case HALFWAY -> new Note[] {new Note(0, 0.12, 880), new Note(0.2, 0.12, 880)};
            case LAST_REPEAT -> new Note[] {new Note(0, 0.1, 660), new Note(0.12, 0.1, 830),
                new Note(0.24, 0.18, 990)};
            case FINISH -> new Note[] {new Note(0, 0.15, 523), new Note(0.15, 0.15, 659), new Note(0.3, 0.15, 784),
                new Note(0.45, 0.8, 523, 659, 784)};
            case STRENGTH -> new Note[] {new Note(0, 0.07, 330), new Note(0.12, 0.07, 330)};
            case REP -> new Note[] {new Note(0, 0.04, 1175)};
            case INFO -> new Note[] {new Note(0, 0.25, 740)};
        };
    }

    private static void add(float[] out, Note note, int sampleRate) {
        int from = (int) Math.round(note.start * sampleRate);
        int frames = (int) Math.round(note.length * sampleRate);
        double attack = ATTACK * sampleRate;
        double release = RELEASE * sampleRate;
        double perFrequency = LEVEL / note.hertz.length;
        for (int i = 0; i < frames && from + i < out.length; i++) {
            double envelope = Math.min(1, Math.min(i / attack, (frames - i) / release));
            double sum = 0;
            for (double hz : note.hertz) {
                double phase = 2 * Math.PI * hz * i / sampleRate;
                // A little third harmonic makes the note carry over traffic better than a bare sine.
                sum += Math.sin(phase) + 0.2 * Math.sin(3 * phase);
            }
            out[from + i] += (float) (envelope * perFrequency * sum / 1.2);
        }
    }
}
