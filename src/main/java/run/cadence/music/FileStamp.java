package run.cadence.music;

import java.nio.file.Path;

/**
 * A track file as the cache knows it: an unchanged path, size and modification time means an unchanged track,
 * so a re-scan reads nothing else.
 */
public record FileStamp(Path path, long size, long modifiedMillis) {
    public FileStamp {
        if (path == null || !path.isAbsolute() || size < 0) {
            throw new IllegalArgumentException("a track file needs an absolute path and a size, not " + path);
        }
    }
}
