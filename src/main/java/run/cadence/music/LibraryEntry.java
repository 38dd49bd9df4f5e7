package run.cadence.music;

/** One file of the runner's music: analysed, or skipped with the reason. */
public sealed interface LibraryEntry permits LibraryEntry.Analysed, LibraryEntry.Skipped {
    FileStamp stamp();

    /** A track that decoded; whether it can be played to a cadence is {@link TrackAnalysis#playable()}. */
    record Analysed(FileStamp stamp, TrackAnalysis analysis) implements LibraryEntry {}

    /** A file that is not a usable track, with why ("not an audio file", "the FLAC data is damaged (...)"). */
    record Skipped(FileStamp stamp, String reason) implements LibraryEntry {
        public Skipped {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a skipped file needs a reason");
            }
        }
    }
}
