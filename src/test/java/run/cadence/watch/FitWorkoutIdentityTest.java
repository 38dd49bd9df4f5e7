package run.cadence.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.garmin.fit.Decode;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.MesgNum;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.session.SessionLibrary;

/**
 * A watch and Garmin Connect tell FIT files apart by their file_id (manufacturer, product, serial number,
 * time_created): two files with the same one are one workout, the second replacing the first. So two different
 * sessions must never share one, and the same export made again must keep its own. Each file read here is decoded by
 * the Garmin SDK and read back to the workout it was made from.
 */
class FitWorkoutIdentityTest {
    static final Instant DAY = Instant.parse("2026-11-26T00:00:00Z");

    @TempDir
    Path dir;

    /** As {@code export plan} writes them: numbered names, the planned date plus the entry's place in seconds. */
    @Test
    void twoDifferentPlannedSessionsAreTwoFilesToAWatch() {
        WatchWorkout walk = watch("uphill-walk-30");
        WatchWorkout strength = watch("hip-strength-start");
        Path first = dir.resolve("01-2026-11-26-uphill-walk-30.fit");
        Path second = dir.resolve("02-2026-11-26-hip-strength-start.fit");
        FitWorkoutFile.write(walk, first, DAY.plusSeconds(1));
        FitWorkoutFile.write(strength, second, DAY.plusSeconds(2));

        FileIdMesg a = checkedId(first, walk);
        FileIdMesg b = checkedId(second, strength);
        assertNotEquals(a.getSerialNumber(), b.getSerialNumber());
        assertEquals(DAY.plusSeconds(1), a.getTimeCreated().getDate().toInstant());
        assertEquals(DAY.plusSeconds(2), b.getTimeCreated().getDate().toInstant());
        assertEquals(Manufacturer.DEVELOPMENT, a.getManufacturer());
        assertEquals(a.getManufacturer(), b.getManufacturer());
        assertEquals(a.getProduct(), b.getProduct());
    }

    /**
     * {@code export workout} gives time_created the day only, and a runner may export two sessions the same day under
     * one name (--out workout.fit): the serial alone keeps them apart. Every built-in session is checked against every
     * other, which also shows no two of them meet in the 32-bit checksum.
     */
    @Test
    void differentSessionsUnderOneNameOnOneDayStillDifferInTheirSerial() {
        Map<Long, String> seen = new HashMap<>();
        List<WatchWorkout> workouts = new ArrayList<>();
        for (String name : SessionLibrary.NAMES) {
            workouts.add(watch(name));
        }
        for (WatchWorkout w : workouts) {
            FileIdMesg id = fileId(FitWorkoutFile.encode(w, "workout.fit", DAY));
            assertEquals(DAY, id.getTimeCreated().getDate().toInstant());
            long serial = id.getSerialNumber();
            assertTrue(serial > 0 && serial <= 0xFFFF_FFFFL, "a uint32z other than 0, its 'none': " + serial);
            String other = seen.put(serial, w.name());
            assertNull(other, w.name() + " has the serial of " + other);
        }
        assertEquals(SessionLibrary.NAMES.size(), seen.size());
    }

    /**
     * Decided: the same session exported again under the same name on the same day (or the same plan entry exported
     * again) is the same file, byte for byte, so it replaces itself on the watch instead of adding a copy. Another
     * name, or another day, is another file. docs/watch.md ("Which file is which") says the same.
     */
    @Test
    void theSameSessionExportedTwiceIsOneFileUnlessItsNameOrDayDiffers() throws Exception {
        WatchWorkout run = watch("run-walk-2-3");
        Path once = dir.resolve("once").resolve("run.fit");
        Path again = dir.resolve("again").resolve("run.fit");
        Files.createDirectories(once.getParent());
        Files.createDirectories(again.getParent());
        FitWorkoutFile.write(run, once, DAY);
        FitWorkoutFile.write(run, again, DAY);
        assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(again), "the same export made again");
        FileIdMesg id = checkedId(again, run);

        FileIdMesg renamed = fileId(FitWorkoutFile.encode(run, "run-copy.fit", DAY));
        assertNotEquals(id.getSerialNumber(), renamed.getSerialNumber(), "another name is another file");
        assertEquals(id.getTimeCreated().getTimestamp(), renamed.getTimeCreated().getTimestamp());

        Instant nextDay = DAY.plusSeconds(86_400);
        FileIdMesg tomorrow = fileId(FitWorkoutFile.encode(run, "run.fit", nextDay));
        assertEquals(id.getSerialNumber(), tomorrow.getSerialNumber(), "the serial is the name and workout alone");
        assertEquals(nextDay, tomorrow.getTimeCreated().getDate().toInstant(), "another day is another file");
    }

    private static WatchWorkout watch(String session) {
        return ToWatch.of(SessionLibrary.builtIn(session).orElseThrow(), FitWorkoutRoundTripTest.RUNNER);
    }

    /** The file passes the SDK's checks, reads back as the workout written, and its file_id as the SDK reads it. */
    private static FileIdMesg checkedId(Path file, WatchWorkout written) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FitWorkoutRoundTripTest.checkWithTheSdk(bytes, written);
        assertEquals(written, FitWorkoutFile.read(file), "read back");
        return fileId(bytes);
    }

    private static FileIdMesg fileId(byte[] bytes) {
        List<FileIdMesg> ids = new ArrayList<>();
        assertTrue(new Decode().read(new ByteArrayInputStream(bytes), m -> {
            if (m.getNum() == MesgNum.FILE_ID) {
                ids.add(new FileIdMesg(m));
            }
        }));
        assertEquals(1, ids.size(), "one file_id");
        return ids.get(0);
    }
}
