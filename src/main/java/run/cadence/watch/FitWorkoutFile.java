package run.cadence.watch;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.Intensity;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.MesgNum;
import com.garmin.fit.SubSport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.CRC32;
import run.cadence.CadenceException;
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.files.PartialFile;

/**
 * FIT workout files, written and read with the Garmin FIT SDK: a file_id of type workout, one workout message and
 * one workout_step message per step. Protocol 1.0, which every FIT device reads.
 */
public final class FitWorkoutFile {
    /** A workout of 250 steps with full names and notes is under 30 KB. */
    private static final long MAX_BYTES = 1 << 20;

    private FitWorkoutFile() {}

    /**
     * The file's bytes. A FIT file is identified by its file_id: manufacturer, product, serial number and
     * time_created. The serial number is a checksum of the file's name and the workout, so two files the same plan
     * gives twice (01 and 02, the same session planned twice) are two workouts to the watch, and the same file
     * exported again is the same one, byte for byte, which replaces itself. {@code created} says which day or plan
     * entry it is ({@code export plan}: the session's date, plus its place in the plan in seconds).
     *
     * @param fileName the file's name ("03-2026-11-30-stage1-....fit"), part of its identity
     * @param created the file's time_created
     */
    public static byte[] encode(WatchWorkout workout, String fileName, Instant created) {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V1_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.WORKOUT);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        id.setProduct(0);
        id.setSerialNumber(serial(fileName, workout));
        id.setTimeCreated(new DateTime(Date.from(created)));
        encoder.write(id);
        WorkoutMesg w = new WorkoutMesg();
        w.setWktName(workout.name());
        w.setWktDescription(workout.description());
        w.setSport(switch (workout.sport()) {
            case RUNNING -> com.garmin.fit.Sport.RUNNING;
            case STRENGTH, CARDIO -> com.garmin.fit.Sport.TRAINING;
        });
        w.setSubSport(switch (workout.sport()) {
            case RUNNING -> SubSport.GENERIC;
            case STRENGTH -> SubSport.STRENGTH_TRAINING;
            case CARDIO -> SubSport.CARDIO_TRAINING;
        });
        w.setNumValidSteps(workout.steps().size());
        encoder.write(w);
        for (int i = 0; i < workout.steps().size(); i++) {
            encoder.write(stepMesg(i, workout.steps().get(i)));
        }
        return encoder.close();
    }

    private static WorkoutStepMesg stepMesg(int index, WatchStep step) {
        WorkoutStepMesg m = new WorkoutStepMesg();
        m.setMessageIndex(index);
        if (!step.name().isEmpty()) {
            m.setWktStepName(step.name());
        }
        if (step instanceof WatchStep.Repeat r) {
            m.setDurationType(WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT);
            m.setDurationStep((long) r.fromStep());
            m.setRepeatSteps((long) r.times());
            return m;
        }
        if (step instanceof WatchStep.Timed t) {
            m.setDurationType(WktStepDuration.TIME);
            // duration_time is duration_value read with scale 1000: milliseconds, exact where a float is not.
            m.setDurationValue(t.length().toMillis());
            target(m, t);
            m.setIntensity(intensity(t.intensity()));
            notes(m, t.notes());
        } else {
            WatchStep.Open o = (WatchStep.Open) step;
            m.setDurationType(WktStepDuration.OPEN);
            m.setTargetType(WktStepTarget.OPEN);
            m.setIntensity(intensity(o.intensity()));
            notes(m, o.notes());
        }
        return m;
    }

    private static void target(WorkoutStepMesg m, WatchStep.Timed t) {
        if (t.target().isEmpty()) {
            m.setTargetType(WktStepTarget.OPEN);
            return;
        }
        m.setTargetType(WktStepTarget.CADENCE);
        m.setTargetValue(0L); // 0: a custom range follows, not a cadence zone
        m.setCustomTargetCadenceLow((long) t.target().get().lowRpm());
        m.setCustomTargetCadenceHigh((long) t.target().get().highRpm());
    }

    private static void notes(WorkoutStepMesg m, String notes) {
        if (!notes.isEmpty()) {
            m.setNotes(notes);
        }
    }

    static Intensity intensity(WatchStep.Intensity i) {
        return Intensity.valueOf(i.name());
    }

    /** A checksum of the file's name and the workout, never 0 (FIT's "no serial number" for a uint32z). */
    static long serial(String fileName, WatchWorkout workout) {
        CRC32 crc = new CRC32();
        crc.update((fileName + "\n" + workout).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long value = crc.getValue();
        return value == 0 ? 1 : value;
    }

    /**
     * Writes the workout to {@code target} under a hidden name and moves it into place whole, so an interrupted
     * export never leaves half a workout for a watch to choke on.
     *
     * @throws run.cadence.files.OutputFileException naming the file when it cannot be written
     */
    public static void write(WatchWorkout workout, Path target, Instant created) {
        byte[] bytes = encode(workout, target.getFileName().toString(), created);
        try (PartialFile file = PartialFile.beside(target)) {
            Files.write(file.path(), bytes);
            file.commit();
        } catch (IOException e) {
            throw new OutputFileException(new OutputProblem.WriteFailed(target, e));
        }
    }

    /**
     * Reads a FIT workout file from disk; see {@link #decode}.
     *
     * @throws CadenceException BAD_INPUT for a missing, unreadable or oversized file (a workout is a few KB)
     */
    public static WatchWorkout read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw CadenceException.badInput(file + ": " + Files.size(file) / 1024 + " KB is no workout file (they"
                        + " are a few KB); is it a recorded activity?");
            }
            return decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw CadenceException.badInput(file + ": no such file", e);
        } catch (java.nio.file.AccessDeniedException e) {
            // Java's message for it is the file's own name, which says nothing.
            throw CadenceException.badInput(file + ": cannot read (permission denied)", e);
        } catch (IOException e) {
            throw CadenceException.badInput(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a FIT workout file: checked whole (header, sizes, CRC) by the SDK before any message is read.
     *
     * @param source the file, for messages
     * @throws CadenceException BAD_INPUT for a file that is not FIT, is damaged, or is not a workout
     */
    public static WatchWorkout decode(byte[] bytes, String source) {
        try {
            if (!new Decode().isFileFit(new ByteArrayInputStream(bytes))) {
                throw CadenceException.badInput(source + ": not a FIT file (no FIT header)");
            }
            if (!intact(bytes)) {
                throw CadenceException.badInput(source + ": FIT file is truncated or corrupt (size or checksum does"
                        + " not match)");
            }
            Messages found = new Messages();
            new Decode().read(new ByteArrayInputStream(bytes), found::add);
            return FromFit.workout(found.fileType, found.workout, found.steps, source);
        } catch (FitRuntimeException e) {
            // The SDK's integrity check passes some cut files; reading them then fails here.
            String why = e.getMessage() == null ? "unreadable" : e.getMessage().replaceFirst("^FIT decode error: ", "");
            throw CadenceException.badInput(source + ": FIT file is truncated or corrupt (" + why + ")", e);
        }
    }

    /** The SDK's whole-file check; it throws rather than answers for some cuts, and passes others (see decode). */
    private static boolean intact(byte[] bytes) {
        try {
            return new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes));
        } catch (FitRuntimeException e) {
            return false;
        }
    }

    /** The messages a workout file is made of, in file order. */
    private static final class Messages {
        File fileType;
        WorkoutMesg workout;
        final List<WorkoutStepMesg> steps = new ArrayList<>();

        void add(com.garmin.fit.Mesg mesg) {
            switch (mesg.getNum()) {
                case MesgNum.FILE_ID -> fileType = fileType != null ? fileType : new FileIdMesg(mesg).getType();
                case MesgNum.WORKOUT -> workout = workout != null ? workout : new WorkoutMesg(mesg);
                case MesgNum.WORKOUT_STEP -> steps.add(new WorkoutStepMesg(mesg));
                default -> { }
            }
        }
    }
}
