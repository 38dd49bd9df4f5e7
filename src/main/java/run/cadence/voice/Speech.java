package run.cadence.voice;

/**
 * Turns a cue into mono samples, before playback starts: every implementation may be slow, start a
 * process or read files, so it must never be called from the render thread ({@link CueClips} calls it
 * once per distinct phrase up front).
 *
 * <p>An open interface rather than a sealed one: a speech source is a plain function from phrase to
 * samples, and decorators such as {@link CueFolderSpeech} wrap any other source.
 */
public interface Speech extends AutoCloseable {

    /**
     * Mono samples in [-1, 1] at {@code sampleRate}, never empty.
     *
     * @throws run.cadence.CadenceException BAD_INPUT when the runner's setup is at fault (a missing
     *     engine, an unreadable recording), RUNTIME when the engine itself fails
     */
    float[] render(Phrase phrase, int sampleRate);

    /** Short name for messages and documentation, e.g. {@code freetts}. */
    String name();

    /**
     * Recordings this speech holds that none of {@code phrases} would play, sorted: most likely misnamed, worth
     * a warning before synthesis. Only speech read from files has any.
     */
    default java.util.List<java.nio.file.Path> unusedRecordings(java.util.Collection<Phrase> phrases) {
        return java.util.List.of();
    }

    /** Releases the engine; the default holds nothing. */
    @Override
    default void close() {}
}
