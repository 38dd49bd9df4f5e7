package run.cadence.measure;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FIT activities written by the Garmin FIT SDK itself, one record a second, as a watch writes them: records as
 * they happen, then (at the end of the file, as watches do) one session message per leg with its sport.
 */
public final class FitFixtures {
    /** 2024-05-03 07:00 UTC in FIT time (seconds since 1989-12-31 00:00 UTC). */
    public static final long START = 1_083_654_000L;

    private record Leg(long start, Sport sport, SubSport subSport) {}

    private final Path file;
    private final FileEncoder encoder;
    private final List<Leg> legs = new ArrayList<>();
    private long second;
    private float distance;
    private boolean speedArrays;

    private FitFixtures(Path file, int manufacturer) {
        this.file = file;
        this.encoder = new FileEncoder(file.toFile(), com.garmin.fit.Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        id.setManufacturer(manufacturer);
        id.setProduct(3992);
        id.setSerialNumber(3_400_000_001L);
        id.setTimeCreated(new DateTime(START));
        encoder.write(id);
    }

    public static FitFixtures create(Path file) {
        return new FitFixtures(file, Manufacturer.GARMIN);
    }

    public static FitFixtures byManufacturer(Path file, int manufacturer) {
        return new FitFixtures(file, manufacturer);
    }

    /**
     * Writes speed as a Forerunner 55 does: only {@code enhanced_speed}, as an array of two values (8 bytes), the
     * second the speed a second later. The SDK reads its first value.
     */
    public FitFixtures speedAsArrays() {
        speedArrays = true;
        return this;
    }

    /** Starts a leg of this sport at the current time; its session message is written at {@link #close()}. */
    public FitFixtures leg(Sport sport, SubSport subSport) {
        legs.add(new Leg(START + second, sport, subSport));
        return this;
    }

    /**
     * Adds records, one a second.
     *
     * @param cadence one leg's whole "rpm", or null for none
     * @param fraction fractional_cadence, or null
     */
    public FitFixtures seconds(int count, Integer cadence, Float fraction, float speed) {
        for (int i = 0; i < count; i++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(new DateTime(START + second));
            if (cadence != null) {
                r.setCadence(cadence.shortValue());
            }
            if (fraction != null) {
                r.setFractionalCadence(fraction);
            }
            if (speedArrays) {
                r.setFieldValue(RecordMesg.EnhancedSpeedFieldNum, 0, speed);
                r.setFieldValue(RecordMesg.EnhancedSpeedFieldNum, 1, speed);
            } else {
                r.setSpeed(speed);
            }
            r.setDistance(distance);
            encoder.write(r);
            second++;
            distance += speed;
        }
        return this;
    }

    /** One record at an explicit FIT time (seconds from {@link #START}), for clocks that misbehave. */
    public FitFixtures recordAt(long secondsFromStart, int cadence) {
        RecordMesg r = new RecordMesg();
        r.setTimestamp(new DateTime(START + secondsFromStart));
        r.setCadence((short) cadence);
        r.setSpeed(3f);
        encoder.write(r);
        return this;
    }

    /** Leaves a gap with no records, as auto-pause does. */
    public FitFixtures pause(int seconds) {
        second += seconds;
        return this;
    }

    public Path close() {
        for (int i = 0; i < legs.size(); i++) {
            Leg l = legs.get(i);
            long end = i + 1 < legs.size() ? legs.get(i + 1).start() : START + second;
            SessionMesg s = new SessionMesg();
            s.setTimestamp(new DateTime(end));
            s.setStartTime(new DateTime(l.start()));
            s.setTotalElapsedTime((float) (end - l.start()));
            s.setTotalTimerTime((float) (end - l.start()));
            s.setSport(l.sport());
            s.setSubSport(l.subSport());
            s.setMessageIndex(i);
            encoder.write(s);
        }
        if (!legs.isEmpty()) {
            ActivityMesg a = new ActivityMesg();
            a.setTimestamp(new DateTime(START + second));
            a.setNumSessions(legs.size());
            encoder.write(a);
        }
        encoder.close();
        return file;
    }

    /** A copy cut short, as an interrupted transfer leaves it. */
    public static Path truncated(Path complete, Path into) throws IOException {
        byte[] bytes = Files.readAllBytes(complete);
        return Files.write(into, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    }

    /**
     * The standard test run: 2 min walk, 10 min at 79 + 0.5 per leg (159 spm) at 2.7 m/s, 1 min slow jog at
     * 150 spm and 2.0 m/s (cool-down), 1 min walk.
     */
    public static Path steadyRun(Path file) {
        return create(file)
                .leg(Sport.RUNNING, SubSport.GENERIC)
                .seconds(120, 57, 0f, 1.4f)
                .seconds(600, 79, 0.5f, 2.7f)
                .seconds(60, 75, 0f, 2.0f)
                .seconds(60, 56, 0.5f, 1.3f)
                .close();
    }

    /**
     * A sprint triathlon as a multisport watch records it: 15 min swim (arm strokes as cadence, 30 "rpm"),
     * 2 min transition, 40 min ride at 88 rpm and 8 m/s, 1 min transition, 20 min run at 88 per leg (176 spm).
     */
    public static Path triathlon(Path file) {
        return create(file)
                .leg(Sport.SWIMMING, SubSport.OPEN_WATER).seconds(900, 30, 0f, 1.1f)
                .leg(Sport.TRANSITION, SubSport.GENERIC).seconds(120, 60, 0f, 1.5f)
                .leg(Sport.CYCLING, SubSport.ROAD).seconds(2400, 88, 0f, 8.0f)
                .leg(Sport.TRANSITION, SubSport.GENERIC).seconds(60, 60, 0f, 1.5f)
                .leg(Sport.RUNNING, SubSport.STREET).seconds(1200, 88, 0f, 3.2f)
                .close();
    }
}
