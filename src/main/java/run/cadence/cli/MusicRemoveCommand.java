package run.cadence.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import run.cadence.CadenceException;
import run.cadence.store.MusicRepository;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Forget tracks (files, or every track under a folder), for good: a later scan of a folder above",
                "them leaves them out until 'cadence music add' is run on them. The files themselves are not touched."})
public final class MusicRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A track file or a folder of tracks.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> absolute = new ArrayList<>();
        paths.forEach(p -> absolute.add(p.toAbsolutePath().normalize()));
        int removed;
        try (MusicRepository library = MusicRepository.open(data.directory())) {
            removed = library.removeForGood(absolute);
        }
        if (removed == 0) {
            throw CadenceException.badInput("no track in the library under " + paths.get(0)
                    + (paths.size() > 1 ? " or the other paths" : "") + "; cadence music lists them");
        }
        String them = removed == 1 ? "it" : "them";
        spec.commandLine().getOut().println("Removed " + Plural.grouped(removed, "file") + " from the library;"
                + " scans leave " + them + " out until cadence music add is run on " + them + ".");
        return 0;
    }
}
