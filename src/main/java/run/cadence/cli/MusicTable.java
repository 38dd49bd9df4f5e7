package run.cadence.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import run.cadence.DurationText;
import run.cadence.music.BeatGrid;
import run.cadence.music.LibraryEntry;
import run.cadence.music.TempoFold;
import run.cadence.music.TrackAnalysis;

/** The library as a table a runner reads: tempo, confidence, cadences served, length, file. */
final class MusicTable {
    /** Cadence ranges outside walking to sprinting are not worth listing. */
    private static final double LOWEST_SHOWN = 100;
    private static final double HIGHEST_SHOWN = 220;

    private MusicTable() {}

    static void print(PrintWriter out, List<LibraryEntry> entries) {
        List<LibraryEntry.Skipped> skipped = new ArrayList<>();
        boolean header = false;
        for (LibraryEntry e : entries) {
            if (e instanceof LibraryEntry.Skipped s) {
                skipped.add(s);
                continue;
            }
            if (!header) {
                out.println("  BPM  sure  serves (spm)         length  track");
                header = true;
            }
            TrackAnalysis a = ((LibraryEntry.Analysed) e).analysis();
            out.println(String.format(Locale.ROOT, "%5s  %4s  %-18s  %6s  %s", bpm(a), confidence(a), serves(a),
                    DurationText.clock(java.time.Duration.ofMillis(Math.round(a.durationSeconds() * 1000))),
                    e.stamp().path()));
        }
        if (!skipped.isEmpty()) {
            out.println("Skipped " + Plural.grouped(skipped.size(), "file") + ":");
            for (LibraryEntry.Skipped s : skipped) {
                out.println("  " + s.stamp().path() + ": " + s.reason());
            }
        }
    }

    static String bpm(TrackAnalysis a) {
        return a.grid().map(g -> String.format(Locale.ROOT, "%.1f", g.bpm())).orElse("-");
    }

    private static String confidence(TrackAnalysis a) {
        return a.grid().map(g -> String.format(Locale.ROOT, "%.2f", g.confidence())).orElse("-");
    }

    /** "158-186", "79-93 158-186", or why none. */
    static String serves(TrackAnalysis a) {
        if (a.grid().isEmpty()) {
            return "no beat found";
        }
        BeatGrid g = a.grid().get();
        if (!g.steady()) {
            return "tempo changes";
        }
        if (!a.playable()) {
            return "beat unclear";
        }
        StringBuilder s = new StringBuilder();
        for (double[] r : TempoFold.servedRanges(g.bpm(), TempoFold.DEFAULT_LIMIT)) {
            double from = Math.max(r[0], LOWEST_SHOWN);
            double to = Math.min(r[1], HIGHEST_SHOWN);
            if (from < to) {
                s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f-%.0f", from, to));
            }
        }
        return s.length() == 0 ? "none 100-220" : s.toString();
    }
}
