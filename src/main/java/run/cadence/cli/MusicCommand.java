package run.cadence.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import run.cadence.music.LibraryEntry;
import run.cadence.store.MusicRepository;

@Command(name = "music",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Your music library: every track with its tempo, how sure the analysis is, and the cadences it",
                "can serve (stretched at most ±8%%, at one, two or half a step per beat).",
                "'cadence music add DIR...' scans folders; 'cadence music remove PATH...' forgets tracks."},
        subcommands = {MusicAddCommand.class, MusicRemoveCommand.class},
        footer = {"", "Examples:", "  cadence music add ~/Music", "  cadence music",
                "  cadence music remove ~/Music/podcasts"})
public final class MusicCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(data.directory().database())) {
            out.println("No music yet: add a folder with cadence music add ~/Music");
            return;
        }
        List<LibraryEntry> entries;
        try (MusicRepository library = MusicRepository.open(data.directory())) {
            entries = library.all();
        }
        MusicTable.print(out, entries);
        long tracks = entries.stream().filter(e -> e instanceof LibraryEntry.Analysed).count();
        if (tracks == 0) {
            out.println("No music yet: add a folder with cadence music add ~/Music");
        }
    }
}
