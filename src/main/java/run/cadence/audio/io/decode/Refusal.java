package run.cadence.audio.io.decode;

/**
 * Why a file cannot be used as a track, said so a runner can act on it ("not an audio file", "the WAV header
 * claims 20737 channels"). A scan lists the file as skipped with this reason and goes on.
 */
public final class Refusal extends Exception {
    public Refusal(String reason) {
        super(reason);
    }

    public Refusal(String reason, Throwable cause) {
        super(reason, cause);
    }
}
