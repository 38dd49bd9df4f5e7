package run.cadence.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import run.cadence.CadenceException;
import run.cadence.music.LibraryEntry;
import run.cadence.music.MusicScan;
import run.cadence.store.MusicRepository;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Scan folders of music (WAV, AIFF, MP3, FLAC, Ogg Vorbis) and analyse each track once:",
                "tempo, beat grid, confidence, loudness. A re-scan reads only files that changed."},
        footer = {"", "Exit codes: 2 when a folder is missing or holds no track with a steady beat."})
public final class MusicAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to scan (with their subfolders), or single"
            + " files; scanning a removed folder or file takes it back.")
    List<Path> folders;

    @Option(names = "--threads", paramLabel = "N", description = "Tracks analysed at once (default: every core).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw CadenceException.badInput("--threads must be at least 1, not " + workers);
        }
        MusicScan.Report report;
        try (MusicRepository library = MusicRepository.open(data.directory())) {
            report = MusicScan.scan(folders, library, workers, new Progress(out));
        }
        printSummary(out, report);
        if (!report.emptyFolders().isEmpty()) {
            throw CadenceException.badInput(report.emptyFolders().get(0) + ": no track with a steady beat ("
                    + Plural.grouped(countUnder(report, report.emptyFolders().get(0)), "file")
                    + " looked at; tracks need WAV, AIFF, MP3, FLAC or Ogg Vorbis and a clear beat)");
        }
        return 0;
    }

    private static long countUnder(MusicScan.Report report, Path folder) {
        return report.entries().stream().filter(e -> e.stamp().path().startsWith(folder)).count();
    }

    private static void printSummary(PrintWriter out, MusicScan.Report report) {
        long skipped = report.entries().stream().filter(e -> e instanceof LibraryEntry.Skipped).count();
        long playable = report.entries().stream()
                .filter(e -> e instanceof LibraryEntry.Analysed a && a.analysis().playable()).count();
        for (LibraryEntry e : report.entries()) {
            if (e instanceof LibraryEntry.Skipped s) {
                out.println("Skipped " + s.stamp().path() + ": " + s.reason());
            }
        }
        out.println(String.format(Locale.ROOT, "%s, %s with a steady beat, %s skipped (%s analysed, %s unchanged%s).",
                Plural.grouped(report.entries().size() - skipped, "track"), Plural.grouped(playable, "track")
                        .replaceAll(" tracks?$", ""), Plural.grouped(skipped, "file"),
                Plural.grouped(report.analysed(), "file").replaceAll(" files?$", ""),
                String.format(Locale.ROOT, "%,d", report.unchanged()),
                report.forgotten() > 0 ? ", " + report.forgotten() + " gone and forgotten" : ""));
    }

    /** One line per analysed file, as it finishes: a scan of hundreds of tracks takes minutes. */
    private static final class Progress implements MusicScan.Progress {
        private final PrintWriter out;

        Progress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void started(int files, int toAnalyse) {
            out.println(String.format(Locale.ROOT, "%s found, %,d to analyse.", Plural.grouped(files, "file"),
                    toAnalyse));
            out.flush();
        }

        @Override
        public void analysed(LibraryEntry entry, int done, int toAnalyse) {
            String what = entry instanceof LibraryEntry.Analysed a ? MusicTable.bpm(a.analysis()) + " BPM" : "skipped";
            out.println(String.format(Locale.ROOT, "  [%d/%d] %-10s %s", done, toAnalyse, what,
                    entry.stamp().path().getFileName()));
            out.flush();
        }
    }
}
