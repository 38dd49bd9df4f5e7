package run.cadence.audio.io.decode;

/** The file types the library reads, told apart by their first bytes, never by the name alone. */
public enum Container {
    WAV("WAV"),
    AIFF("AIFF"),
    MP3("MP3"),
    FLAC("FLAC"),
    OGG_VORBIS("Ogg Vorbis");

    public final String label;

    Container(String label) {
        this.label = label;
    }
}
