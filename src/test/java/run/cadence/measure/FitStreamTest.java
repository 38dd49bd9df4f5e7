package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.garmin.fit.Decode;
import com.garmin.fit.Fit;
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
        assertEquals(FitOracle.sdk(bytes), FitOracle.ours(bytes), "every field of every message");
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
        assertEquals(FitOracle.sdk(bytes), FitOracle.ours(bytes), "every field of every message");
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
        byte[] unpadded = concat(first, second);
        assertEquals(FitOracle.sdk(unpadded), FitOracle.ours(unpadded), "the SDK reads chained files too");
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

    /**
     * python-fitparse's nick.fit has every byte its header promises, but its last message runs on past the data into
     * the checksum: that message is damaged, not the copy ("ends at byte 403456 of the 403456" said nothing).
     */
    @Test
    void aMessageRunningPastTheDataIsCorruptWhereItStarts() {
        RawFit fit = new RawFit().define(0, 20, false, RECORD).data(0, 1_000_000_000L, 80, 0, 3000)
                .data(0, 1_000_000_001L, 81, 0, 3000);
        int definition = 6 + 3 * RECORD.length;
        int message = 1 + 4 + 1 + 1 + 2;
        byte[] bytes = fit.bytesClaiming(definition + 2 * message - 1);
        FitStream.FitFormatException e = assertThrows(FitStream.FitFormatException.class, () -> ourRecords(bytes));
        assertEquals(FitStream.Problem.CORRUPT, e.problem);
        assertEquals(14 + definition + message, e.byteOffset, "where the second record starts");
        assertEquals("the message there runs past the end of the data, at byte " + (14 + definition + 2 * message - 1)
                + " by the file's header", e.getMessage());
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
        assertEquals(true, FitType.invalid(0xFF, Fit.BASE_TYPE_UINT8));
        assertEquals(true, FitType.invalid(0x7F, Fit.BASE_TYPE_SINT8));
        assertEquals(true, FitType.invalid(0xFFFF, Fit.BASE_TYPE_UINT16));
        assertEquals(true, FitType.invalid(0x7FFFFFFFL, Fit.BASE_TYPE_SINT32));
        assertEquals(true, FitType.invalid(0, Fit.BASE_TYPE_UINT32Z));
        assertEquals(true, FitType.invalid(-1L, Fit.BASE_TYPE_UINT64));
        assertEquals(true, FitType.invalid(Float.floatToRawIntBits(Float.NaN), Fit.BASE_TYPE_FLOAT32));
        assertEquals(false, FitType.invalid(0, Fit.BASE_TYPE_UINT8));
        assertEquals(false, FitType.invalid(0xFE, Fit.BASE_TYPE_ENUM));
        assertEquals(false, FitType.invalid(-1, Fit.BASE_TYPE_SINT8), "0xFF is -1 to a sint8, a value");
    }

    /**
     * A Forerunner 55 writes enhanced_speed as two uint32 values in 8 bytes; read as one 8-byte number it was
     * 16304554853 km/h. Arrays of every width, fields written narrower or wider than the profile's type, a multi-byte
     * type without its endian bit, byte arrays, floats, 64-bit values, sizes that are no multiple of the type, a field
     * twice, big-endian arrays and an array whose first value is invalid: every field of every message reads as the
     * Garmin SDK reads it. (Not a field smaller than one value of its type: the SDK then reads on into stale bytes
     * of its buffer; FitStream reads no value.)
     */
    @Test
    void arraysAndOddTypesReadAsTheSdkReadsThem() throws IOException {
        long t0 = 1_083_654_030L;
        int[][] little = {{253, 4, 0x86}, {73, 8, 0x86}, {4, 2, 0x02}, {0, 8, 0x85}, {1, 4, 0x85}, {6, 1, 0x02},
            {3, 2, 0x84}, {5, 4, 0x06}, {8, 3, 0x0D}, {2, 3, 0x84}, {13, 1, 0x01}, {200, 4, 0x88}, {201, 4, 0x83},
            {202, 8, 0x8F}, {203, 6, 0x07}, {204, 0, 0x84}, {53, 1, 0x02}, {4, 1, 0x02}, {205, 8, 0x89},
            {206, 8, 0x8E}};
        int[][] big = {{253, 4, 0x86}, {73, 8, 0x86}, {0, 8, 0x85}, {6, 4, 0x84}, {5, 4, 0x86}};
        byte[] bytes = new RawFit()
                .define(0, 20, false, little)
                .arrays(0, new long[] {t0}, new long[] {1350, 1400}, new long[] {55, 56},
                        new long[] {-123_456_789, 5}, new long[] {-1}, new long[] {200}, new long[] {150},
                        new long[] {12_345}, new long[] {0x12, 0x34, 0x56}, new long[] {2600}, new long[] {-5},
                        new long[] {Float.floatToRawIntBits(1.5f)}, new long[] {-2, 7},
                        new long[] {0x8000_0000_0000_0001L}, new long[] {'a', 'b', 'c', 0, 0, 0}, new long[0],
                        new long[] {64}, new long[] {99}, new long[] {Double.doubleToRawLongBits(-0.25)},
                        new long[] {-7})
                .arrays(0, new long[] {t0 + 1}, new long[] {0xFFFF_FFFFL, 1400}, new long[] {0xFF, 56},
                        new long[] {0x7FFF_FFFF, 1}, new long[] {7}, new long[] {0xFF}, new long[] {0xFFFF},
                        new long[] {0xFFFF_FFFFL}, new long[] {0xFF, 0xFF, 0xFF}, new long[] {0xFFFF},
                        new long[] {0x7F}, new long[] {0xFFFF_FFFFL}, new long[] {0x7FFF, 0x7FFF},
                        new long[] {-1L}, new long[] {0, 0, 0, 0, 0, 0}, new long[0], new long[] {0xFF},
                        new long[] {80}, new long[] {-1L}, new long[] {Long.MAX_VALUE})
                .define(1, 20, true, big)
                .arrays(1, new long[] {t0 + 2}, new long[] {1500, 1600}, new long[] {-1, -2}, new long[] {1450, 1460},
                        new long[] {100_000})
                .compressed(1, (int) (t0 + 3) & 0x1F, 1510, 1520, 0, 0, 0, 0, 0, 0) // only the header's time
                .bytes();
        List<String> sdk = FitOracle.sdk(bytes);
        assertEquals(sdk, FitOracle.ours(bytes));
        assertEquals("20 {0=-123456789, 1=-1, 2=2600, 4=55, 5=" + Integer.reverseBytes(12_345) + ", 6=200,"
                + " 8=" + 0x563412 + ", 13=-5, 53=64, 73=1350, 200=f1.5, 201=-2, 202=-9223372036854775807,"
                + " 205=f-0.25, 206=-7, 253=" + t0 + "}", sdk.get(0), "heart_rate as uint16 is not read: the"
                + " profile's uint8 is narrower, and the SDK does not demote; distance's type lacks its endian bit,"
                + " so its bytes read big-endian");
        assertEquals("20 {1=7, 4=80, 253=" + (t0 + 1) + "}", sdk.get(1), "an invalid first value is no value,"
                + " and the second cadence field counts when the first is invalid");
    }

    @Test
    void aForerunner55sSpeedArraysReadAsTheirFirstValue() throws IOException {
        byte[] bytes = Files.readAllBytes(FitFixtures.create(dir.resolve("fr55.fit")).speedAsArrays()
                .leg(com.garmin.fit.Sport.RUNNING, com.garmin.fit.SubSport.GENERIC)
                .seconds(300, 82, 0f, 2.9f).close());
        assertEquals(FitOracle.sdk(bytes), FitOracle.ours(bytes));
        List<List<Long>> records = new ArrayList<>();
        FitStream.read(new ByteArrayInputStream(bytes), (global, f) -> {
            if (global == 20) {
                records.add(List.of(f.get(73), f.get(4)));
            }
        });
        assertEquals(List.of(2900L, 82L), records.get(0));
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
