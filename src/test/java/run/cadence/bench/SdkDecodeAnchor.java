package run.cadence.bench;

import com.garmin.fit.Decode;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The anchor for the FIT benchmark: how the previous reader decoded a file, the whole file read into memory and
 * every record handed to the Garmin SDK's listener as a {@code RecordMesg}, without any of the cadence work.
 * Run as its own JVM by {@link MeasureFileBenchTest}.
 */
public final class SdkDecodeAnchor {
    private SdkDecodeAnchor() {}

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        int[] records = {0};
        new Decode().read(new ByteArrayInputStream(bytes), mesg -> {
            if (mesg.getNum() == MesgNum.RECORD && new RecordMesg(mesg).getCadence() != null) {
                records[0]++;
            }
        });
        System.out.println(records[0] + " records with cadence");
    }
}
