package run.cadence.measure;

import com.garmin.fit.File;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.SubSport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import run.cadence.CadenceException;

/**
 * Garmin FIT activities, streamed by {@link FitStream}; the Garmin SDK's profile names the sports. Running cadence
 * in a FIT record is one leg's rate in whole "rpm" plus {@code fractional_cadence} (1/128 units): 79 + 64/128 is
 * 79.5 per leg, 159 steps per minute.
 *
 * <p>Which records count: the session messages (at the end of the file) give each leg's sport and time span; a
 * triathlon has swim, transition, bike, transition and run sessions, and only the run's records are kept. Without
 * session sports the laps' are used, then the sport message, else the sport is unknown and cadence decides.
 */
final class FitReader implements ActivityReader {
    /** FIT times count seconds from 1989-12-31T00:00:00Z. */
    private static final long FIT_EPOCH_SECONDS = 631_065_600L;
    private static final int FILE_ID = 0;
    private static final int SPORT = 12;
    private static final int SESSION = 18;
    private static final int LAP = 19;
    private static final int RECORD = 20;

    /** A stretch of the recording with one sport: a session, a lap, or the whole file. */
    private record Leg(long startSeconds, Sport sport) {}

    @Override
    public Activity read(Path file) {
        Collector c = new Collector(file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            FitStream.read(in, c);
        } catch (FitStream.FitFormatException e) {
            throw formatError(file, e);
        } catch (IOException e) {
            throw InputFile.unreadable(file, e);
        }
        if (c.points.size() == 0 && c.fileType >= 0 && c.fileType != File.ACTIVITY.getValue()) {
            // The profile's names: SETTINGS, WORKOUT, MONITORING_B ("b" is a format version, not a kind).
            String type = File.getStringFromValue(File.getByValue((short) c.fileType)).toLowerCase(Locale.ROOT)
                    .replaceAll("_[ab]$", "").replace('_', ' ');
            throw CadenceException.badInput(file + ": a FIT " + (type.isEmpty() ? "type " + c.fileType
                    : type) + " file, not a recorded activity;"
                    + " copy the activity from the watch's GARMIN/Activity folder");
        }
        if (c.manufacturer == Manufacturer.IFOR_POWELL) {
            // IpBike, Ifor Powell's bike computer app, writes "running" as the sport of its rides.
            int ride = c.points.beginLeg(new Sport(Sport.Kind.OTHER, "a ride by IpBike, a bike computer app", false),
                    "whatever sport its FIT session names");
            for (int i = 0; i < c.points.size(); i++) {
                c.points.moveToLeg(i, ride);
            }
        } else if (!c.sessions.isEmpty()) {
            assignLegs(c.points, merged(c.sessions), "FIT session sport");
        } else if (!c.laps.isEmpty()) {
            assignLegs(c.points, merged(c.laps), "FIT lap sport");
        } else {
            assignLegs(c.points, merged(c.sportMessages), "FIT sport");
        }
        return c.points.build(CadenceUnit.ONE_LEG,
                (record, offset) -> file + ": record " + record + " (byte " + offset + ")");
    }

    private static CadenceException formatError(Path file, FitStream.FitFormatException e) {
        return switch (e.problem) {
            case NOT_FIT -> e.byteOffset == 0 && file.toFile().length() == 0 ? InputFile.empty(file)
                    : CadenceException.badInput(file + ": not a FIT file (no FIT header)");
            case TRUNCATED -> CadenceException.badInput(file + ": FIT file is truncated (" + e.getMessage()
                    + "); copy it from the watch again");
            case BAD_CHECKSUM -> CadenceException.badInput(file + ": FIT file is corrupt (" + e.getMessage()
                    + "); copy it from the watch again");
            case CORRUPT -> CadenceException.badInput(file + ": FIT file is corrupt at byte " + e.byteOffset + " ("
                    + e.getMessage() + "); copy it from the watch again");
        };
    }

    /** Consecutive legs of the same sport are one: a run's laps are not separate legs. */
    private static List<Leg> merged(List<Leg> legs) {
        List<Leg> sorted = new ArrayList<>(legs);
        sorted.sort(Comparator.comparingLong(Leg::startSeconds));
        List<Leg> out = new ArrayList<>();
        for (Leg l : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).sport().equals(l.sport())) {
                out.add(l);
            }
        }
        return out;
    }

    /** Each record belongs to the last leg that started at or before it; records before the first, to the first. */
    private static void assignLegs(TrackPoints points, List<Leg> legs, String saidBy) {
        if (legs.isEmpty()) {
            return;
        }
        int first = -1;
        for (Leg l : legs) {
            int index = points.beginLeg(l.sport(), saidBy);
            first = first < 0 ? index : first;
        }
        int at = 0;
        for (int i = 0; i < points.size(); i++) {
            long seconds = points.millis(i) / 1000 - FIT_EPOCH_SECONDS;
            while (at + 1 < legs.size() && legs.get(at + 1).startSeconds() <= seconds) {
                at++;
            }
            points.moveToLeg(i, first + at);
        }
    }

    /** Gathers what the reader needs from the stream of messages. */
    private static final class Collector implements FitStream.Listener {
        final TrackPoints points;
        final List<Leg> sessions = new ArrayList<>();
        final List<Leg> laps = new ArrayList<>();
        final List<Leg> sportMessages = new ArrayList<>();
        long fileType = -1;
        long manufacturer = -1;
        int records;
        long distanceBits = -1;
        double accumulatedDistance;

        Collector(String source) {
            points = new TrackPoints(source);
        }

        @Override
        public void message(int global, FitFields f) {
            switch (global) {
                case RECORD -> record(f);
                case SESSION -> leg(sessions, f, 2, 5, 6);
                case LAP -> leg(laps, f, 2, 25, 39);
                case SPORT -> {
                    if (f.get(0) != FitStream.ABSENT) {
                        sportMessages.add(new Leg(Long.MIN_VALUE, sport(f.get(0), f.get(1))));
                    }
                }
                case FILE_ID -> {
                    if (fileType < 0 && f.get(0) != FitStream.ABSENT) {
                        fileType = f.get(0);
                        manufacturer = f.get(1);
                    }
                }
                default -> { }
            }
        }

        private void leg(List<Leg> into, FitFields f, int startField, int sportField, int subSportField) {
            long sport = f.get(sportField);
            long start = f.get(startField);
            if (sport == FitStream.ABSENT) {
                return;
            }
            into.add(new Leg(start == FitStream.ABSENT ? Long.MIN_VALUE : start, sport(sport, f.get(subSportField))));
        }

        private void record(FitFields f) {
            records++;
            long time = f.get(FitStream.TIMESTAMP_FIELD);
            if (time == FitStream.ABSENT) {
                return;
            }
            double cadence = Double.NaN;
            long whole = f.get(4);
            if (whole != FitStream.ABSENT) {
                // A stopped foot is 0, whatever fraction a watch leaves beside it.
                long fraction = f.get(53);
                cadence = whole == 0 ? 0 : whole + (fraction == FitStream.ABSENT ? 0 : fraction / 128.0);
            }
            long speedRaw = f.get(73) != FitStream.ABSENT ? f.get(73) : f.get(6);
            double speed = speedRaw == FitStream.ABSENT ? Double.NaN : speedRaw / 1000.0;
            long distanceRaw = f.get(5);
            double distance = distanceRaw == FitStream.ABSENT ? Double.NaN : distanceRaw / 100.0;
            long compressed = f.get(8);
            if (compressed != FitStream.ABSENT) {
                // Old Edge and Forerunner units pack 12 bits of speed (1/100 m/s) and 12 bits of a rolling distance
                // counter (1/16 m) into three bytes; the counter's steps add up to the distance.
                speed = (compressed & 0xFFF) / 100.0;
                long bits = (compressed >> 12) & 0xFFF;
                if (distanceBits >= 0) {
                    accumulatedDistance += ((bits - distanceBits) & 0xFFF) / 16.0;
                }
                distanceBits = bits;
                distance = accumulatedDistance;
            }
            long epochMillis = (time + FIT_EPOCH_SECONDS) * 1000;
            points.add(epochMillis, cadence, speed, distance, records, (int) Math.min(Integer.MAX_VALUE, f.byteOffset()));
        }
    }

    /**
     * The sport of a session, lap or sport message. Treadmill running is recorded either as running with the
     * treadmill sub-sport or, by older watches, as fitness equipment with it.
     */
    static Sport sport(long sport, long subSport) {
        com.garmin.fit.Sport s = sport == FitStream.ABSENT ? null : com.garmin.fit.Sport.getByValue((short) sport);
        SubSport sub = subSport == FitStream.ABSENT ? null : SubSport.getByValue((short) subSport);
        boolean indoor = sub == SubSport.TREADMILL || sub == SubSport.INDOOR_RUNNING || sub == SubSport.INDOOR_WALKING
                || sub == SubSport.VIRTUAL_ACTIVITY;
        if (s == null || s == com.garmin.fit.Sport.INVALID || s == com.garmin.fit.Sport.GENERIC
                || s == com.garmin.fit.Sport.ALL || s == com.garmin.fit.Sport.MULTISPORT) {
            return new Sport(Sport.Kind.UNKNOWN, s == null || s == com.garmin.fit.Sport.INVALID ? "unknown"
                    : name(s), false);
        }
        if (s == com.garmin.fit.Sport.RUNNING) {
            return new Sport(Sport.Kind.RUNNING, indoor ? "treadmill running" : "running", indoor);
        }
        if (s == com.garmin.fit.Sport.FITNESS_EQUIPMENT && sub == SubSport.TREADMILL) {
            return new Sport(Sport.Kind.RUNNING, "treadmill running", true);
        }
        if (s == com.garmin.fit.Sport.WALKING || s == com.garmin.fit.Sport.HIKING) {
            return new Sport(Sport.Kind.WALKING, indoor ? "treadmill walking" : name(s), indoor);
        }
        String name = sub == null || sub == SubSport.GENERIC || sub == SubSport.INVALID ? name(s)
                : name(s) + " (" + SubSport.getStringFromValue(sub).toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        return new Sport(Sport.Kind.OTHER, name, indoor);
    }

    private static String name(com.garmin.fit.Sport s) {
        return com.garmin.fit.Sport.getStringFromValue(s).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
