package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.garmin.fit.Decode;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitStreamTest {
    /** record: timestamp (uint32), cadence (uint8), fractional_cadence (uint8), speed (uint16). */
    private static final int[][] RECORD = {{253, 4, 0x86}, {4, 1, 0x02}, {53, 1, 0x02}, {6, 2, 0x84}};
    private static final int[][] RECORD_NO_TIME = {{4, 1, 0x02}, {53, 1, 0x02}, {6, 2, 0x84}};

    @TempDir
    Path dir;

    @Test
    void readsWhatTheSdkReadsFromAFileTheSdkWrote() throws IOException {
        byte[] bytes = Files.readAllBytes(FitFixtures.triathlon(dir.resolve("tri.fit")));
        assertEquals(sdkRecords(bytes), ourRecords(bytes));
        assertEquals(4680, ourRecords(bytes).size());
    }

    @Test
    void compressedTimestampsBigEndianDefinitionsAndDeveloperFieldsReadAsTheSdkReadsThem() throws IOException {
        long t0 = 1_083_654_030L; // low five bits 0b01110 = 14
        RawFit fit = new RawFit()
                .define(0, 20, true, RECORD, 2, 1)
                .data(0, t0, 80, 64, 3100)
                .define(1, 20, false, RECORD_NO_TIME)
                .compressed(1, 20, 81, 0, 3150)    // t0 + 6
                .compressed(1, 31, 82, 32, 3200)   // t0 + 17
                .compressed(1, 3, 83, 96, 3250)    // rolls over: t0 + 21
                .data(0, t0 + 40, 0xFF, 0xFF, 0xFFFF); // no cadence, no speed
        byte[] bytes = fit.bytes();
        List<List<Long>> ours = ourRecords(bytes);
        assertEquals(sdkRecords(bytes), ours);
        assertEquals(List.of(t0, 80L, 64L, 3100L), ours.get(0));
        assertEquals(List.of(t0, t0 + 6, t0 + 17, t0 + 21, t0 + 40), ours.stream().map(r -> r.get(0)).toList());
        assertEquals(Arrays.asList(t0 + 40, FitStream.ABSENT, FitStream.ABSENT, FitStream.ABSENT), ours.get(4));
    }

    @Test
    void chainedFilesAreReadInTurnAndPaddingAfterThemIsNot() throws IOException {
        byte[] first = new RawFit().define(0, 20, false, RECORD).data(0, 1_000_000_000L, 80, 0, 3000).bytes();
        byte[] second = new RawFit().define(0, 20, false, RECORD).data(0, 1_000_000_001L, 81, 0, 3000).bytes();
        byte[] chained = concat(first, second, new byte[] {0, 0, 0, 0});
        assertEquals(List.of(1_000_000_000L, 1_000_000_001L), ourRecords(chained).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void aFileThatIsNotFitIsNotFit() {
        assertEquals(FitStream.Problem.NOT_FIT, problem("Activity,Time\nrun,07:00\n".getBytes()));
        assertEquals(FitStream.Problem.NOT_FIT, problem(new byte[0]));
    }

    @Test
    void aCutFileIsTruncatedWhereItEnds() {
        byte[] whole = new RawFit().define(0, 20, false, RECORD).data(0, 1_000_000_000L, 80, 0, 3000).bytes();
        FitStream.FitFormatException e = assertThrows(FitStream.FitFormatException.class,
                () -> ourRecords(Arrays.copyOf(whole, whole.length - 5)));
        assertEquals(FitStream.Problem.TRUNCATED, e.problem);
        assertEquals(whole.length - 5, e.byteOffset);
        assertEquals("it ends at byte " + (whole.length - 5) + " of the " + whole.length + " its header promises",
                e.getMessage());
    }

    @Test
    void aChangedByteFailsTheFileChecksumAndAChangedHeaderByteTheHeaderChecksum() {
        byte[] body = new RawFit().define(0, 20, false, RECORD).data(0, 1_000_000_000L, 80, 0, 3000).bytes();
        body[body.length - 4] ^= 0x01;
        assertEquals(FitStream.Problem.BAD_CHECKSUM, problem(body));
        byte[] header = new RawFit().define(0, 20, false, RECORD).data(0, 1_000_000_000L, 80, 0, 3000).bytes();
        header[2] ^= 0x01;
        assertEquals(FitStream.Problem.BAD_CHECKSUM, problem(header));
    }

    @Test
    void dataBeforeItsDefinitionIsCorruptAtItsByte() {
        byte[] bytes = new RawFit().define(0, 20, false, RECORD).header(3).bytes();
        FitStream.FitFormatException e = assertThrows(FitStream.FitFormatException.class, () -> ourRecords(bytes));
        assertEquals(FitStream.Problem.CORRUPT, e.problem);
        assertEquals(14 + 3 + 3 * 4 + 3, e.byteOffset, "after the header and the 18-byte definition");
    }

    @Test
    void eachBaseTypeMarksItsOwnInvalidValue() {
        assertEquals(true, FitStream.invalid(0xFF, 1, 0x02));
        assertEquals(true, FitStream.invalid(0x7F, 1, 0x01));
        assertEquals(true, FitStream.invalid(0xFFFF, 2, 0x84));
        assertEquals(true, FitStream.invalid(0x7FFFFFFFL, 4, 0x85));
        assertEquals(true, FitStream.invalid(0, 4, 0x8C));
        assertEquals(false, FitStream.invalid(0, 1, 0x02));
        assertEquals(false, FitStream.invalid(0xFE, 1, 0x00));
    }

    private static FitStream.Problem problem(byte[] bytes) {
        return assertThrows(FitStream.FitFormatException.class, () -> ourRecords(bytes)).problem;
    }

    /** Every record's timestamp, cadence, fractional cadence and speed as raw values, ABSENT where invalid. */
    static List<List<Long>> ourRecords(byte[] bytes) throws IOException {
        List<List<Long>> out = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            FitStream.read(in, (global, f) -> {
                if (global == 20) {
                    out.add(Arrays.asList(f.get(253), f.get(4), f.get(53), f.get(6)));
                }
            });
        }
        return out;
    }

    private static List<List<Long>> sdkRecords(byte[] bytes) {
        List<List<Long>> out = new ArrayList<>();
        new Decode().read(new ByteArrayInputStream(bytes), mesg -> {
            if (mesg.getNum() == MesgNum.RECORD) {
                RecordMesg r = new RecordMesg(mesg);
                out.add(Arrays.asList(r.getTimestamp().getTimestamp(),
                        r.getCadence() == null ? FitStream.ABSENT : r.getCadence().longValue(),
                        r.getFractionalCadence() == null ? FitStream.ABSENT : Math.round(r.getFractionalCadence() * 128),
                        r.getSpeed() == null ? FitStream.ABSENT : Math.round(r.getSpeed() * 1000)));
            }
        });
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
