package run.cadence.measure;

import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** FIT activities written by the Garmin FIT SDK itself, one record a second, as a watch writes them. */
final class FitFixtures {
    /** 2024-05-04 07:00 UTC in FIT time (seconds since 1989-12-31 00:00 UTC). */
    private static final long START = 1_083_654_000L;

    private final Path file;
    private final FileEncoder encoder;
    private long second;
    private float distance;

    private FitFixtures(Path file) {
        this.file = file;
        this.encoder = new FileEncoder(file.toFile(), com.garmin.fit.Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        id.setManufacturer(Manufacturer.GARMIN);
        id.setProduct(3992);
        id.setSerialNumber(3_400_000_001L);
        id.setTimeCreated(new DateTime(START));
        encoder.write(id);
    }

    static FitFixtures create(Path file) {
        return new FitFixtures(file);
    }

    /**
     * Adds records, one a second.
     *
     * @param cadence one leg's whole "rpm", or null for none
     * @param fraction fractional_cadence, or null
     */
    FitFixtures seconds(int count, Integer cadence, Float fraction, float speed) {
        for (int i = 0; i < count; i++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(new DateTime(START + second));
            if (cadence != null) {
                r.setCadence(cadence.shortValue());
            }
            if (fraction != null) {
                r.setFractionalCadence(fraction);
            }
            r.setSpeed(speed);
            r.setDistance(distance);
            encoder.write(r);
            second++;
            distance += speed;
        }
        return this;
    }

    /** Leaves a gap with no records, as auto-pause does. */
    FitFixtures pause(int seconds) {
        second += seconds;
        return this;
    }

    Path close() {
        encoder.close();
        return file;
    }

    /** A copy cut short, as an interrupted transfer leaves it. */
    static Path truncated(Path complete, Path into) throws IOException {
        byte[] bytes = Files.readAllBytes(complete);
        return Files.write(into, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    }

    /**
     * The standard test run: 2 min walk, 10 min at 79 + 0.5 per leg (159 spm) at 2.7 m/s, 1 min slow jog at
     * 150 spm and 2.0 m/s (cool-down), 1 min walk.
     */
    static Path steadyRun(Path file) {
        return create(file)
                .seconds(120, 57, 0f, 1.4f)
                .seconds(600, 79, 0.5f, 2.7f)
                .seconds(60, 75, 0f, 2.0f)
                .seconds(60, 56, 0.5f, 1.3f)
                .close();
    }
}
