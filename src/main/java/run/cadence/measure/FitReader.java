package run.cadence.measure;

import com.garmin.fit.Decode;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import run.cadence.CadenceException;

/**
 * Garmin FIT activities through the Garmin FIT SDK. Running cadence in a FIT record is one leg's rate in
 * whole "rpm" plus {@code fractional_cadence}: 79 + 0.5 is 79.5 per leg, 159 steps per minute.
 */
final class FitReader implements ActivityReader {

    @Override
    public Activity read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput(file + ": no such file");
        } catch (IOException e) {
            throw CadenceException.badInput(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        // A Decode keeps state between calls (a second check on one instance always fails): one per pass.
        try {
            if (!new Decode().isFileFit(new ByteArrayInputStream(bytes))) {
                throw CadenceException.badInput(file + ": not a FIT file (no FIT header)");
            }
            if (!new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes))) {
                throw CadenceException.badInput(file + ": FIT file is truncated or corrupt (size or checksum"
                        + " does not match); copy it from the watch again");
            }
        } catch (FitRuntimeException e) {
            throw CadenceException.badInput(file + ": FIT file is truncated or corrupt (" + e.getMessage() + ")", e);
        }
        TrackPoints points = new TrackPoints();
        try {
            new Decode().read(new ByteArrayInputStream(bytes), mesg -> {
                if (mesg.getNum() != MesgNum.RECORD) {
                    return;
                }
                RecordMesg record = new RecordMesg(mesg);
                if (record.getTimestamp() == null) {
                    return;
                }
                Instant time = record.getTimestamp().getDate().toInstant();
                double cadence = Double.NaN;
                if (record.getCadence() != null) {
                    cadence = record.getCadence();
                    if (record.getFractionalCadence() != null) {
                        cadence += record.getFractionalCadence();
                    }
                }
                Float speed = record.getEnhancedSpeed() != null ? record.getEnhancedSpeed() : record.getSpeed();
                Float distance = record.getDistance();
                points.add(time, cadence, speed == null ? Double.NaN : speed,
                        distance == null ? Double.NaN : distance);
            });
        } catch (FitRuntimeException e) {
            throw CadenceException.badInput(file + ": FIT file is truncated or corrupt (" + e.getMessage() + ")", e);
        }
        return points.build(file.toString(), CadenceUnit.ONE_LEG);
    }
}
