package run.cadence.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import run.cadence.Cadence;
import run.cadence.measure.FitFixtures;
import run.cadence.plan.PlannedSession;
import run.cadence.session.SegmentKind;
import run.cadence.session.Timeline;
import run.cadence.session.TimelineSegment;

/**
 * Watch exports of a runner following a planned session second by second: running at {@code runSpm} on its
 * main-set run steps, walking at 118 spm otherwise. TCX and GPX store one leg's cadence in whole numbers (as
 * watches do), so the cadence is quantised to 2 spm like a real export's.
 */
final class WatchExport {
    static final double WALK_SPM = 118;

    private WatchExport() {}

    private static double spmAt(Timeline t, int second, double runSpm) {
        TimelineSegment s = t.segments().get(t.segmentIndexAt(java.time.Duration.ofSeconds(second)));
        return s.kind() == SegmentKind.RUN && s.sectionIndex() == PlannedSession.MAIN_SET_SECTION ? runSpm : WALK_SPM;
    }

    private static Timeline timeline(PlannedSession s) {
        return s.timeline(new Cadence(164));
    }

    static Path tcx(Path file, PlannedSession s, Instant start, double runSpm, String sport) throws IOException {
        Timeline t = timeline(s);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/"
                    + "xmlschemas/TrainingCenterDatabase/v2\">\n <Activities>\n  <Activity Sport=\"" + sport + "\"><Id>"
                    + start + "</Id><Lap StartTime=\"" + start + "\"><Track>\n");
            double distance = 0;
            for (int i = 0; i < t.total().toSeconds(); i++) {
                double spm = spmAt(t, i, runSpm);
                distance += spm > 140 ? 2.9 : 1.4;
                w.write("   <Trackpoint><Time>" + start.plusSeconds(i) + "</Time><DistanceMeters>" + distance
                        + "</DistanceMeters><Extensions><TPX xmlns=\"http://www.garmin.com/xmlschemas/ActivityExtension/"
                        + "v2\"><RunCadence>" + Math.round(spm / 2) + "</RunCadence></TPX></Extensions></Trackpoint>\n");
            }
            w.write("  </Track></Lap></Activity>\n </Activities>\n</TrainingCenterDatabase>\n");
        }
        return file;
    }

    static Path gpx(Path file, PlannedSession s, Instant start, double runSpm, String type) throws IOException {
        Timeline t = timeline(s);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx creator=\"StravaGPX\" version=\"1.1\" xmlns=\""
                    + "http://www.topografix.com/GPX/1/1\" xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/"
                    + "TrackPointExtension/v1\">\n <trk><type>" + type + "</type><trkseg>\n");
            double lat = 52.0;
            for (int i = 0; i < t.total().toSeconds(); i++) {
                double spm = spmAt(t, i, runSpm);
                lat += (spm > 140 ? 2.9 : 1.4) / 111_195.0;
                w.write("   <trkpt lat=\"" + lat + "\" lon=\"4.9\"><time>" + start.plusSeconds(i) + "</time>"
                        + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>" + Math.round(spm / 2)
                        + "</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n");
            }
            w.write(" </trkseg></trk>\n</gpx>\n");
        }
        return file;
    }

    /** A FIT file (FIT SDK): 2024-05-03 07:00 UTC, so only a session without a live start can take it. */
    static Path fit(Path file, PlannedSession s, double runSpm) {
        Timeline t = timeline(s);
        FitFixtures f = FitFixtures.create(file).leg(Sport.RUNNING, SubSport.GENERIC);
        for (int i = 0; i < t.total().toSeconds(); i++) {
            double spm = spmAt(t, i, runSpm);
            f.seconds(1, (int) Math.floor(spm / 2), (float) (spm / 2 - Math.floor(spm / 2)), spm > 140 ? 2.9f : 1.4f);
        }
        return f.close();
    }
}
