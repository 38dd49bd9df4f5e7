package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.cadence.CadenceException;

class FitReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsPerLegCadenceWithItsFractionAndTheRecordTimes() {
        Path fit = FitFixtures.create(dir.resolve("run.fit"))
                .seconds(3, 79, 0.5f, 2.7f)
                .pause(30)
                .seconds(1, 80, null, 2.8f)
                .close();
        Activity activity = new FitReader().read(fit);
        assertEquals(CadenceUnit.ONE_LEG, activity.declaredUnit());
        assertEquals(4, activity.samples().size());
        ActivitySample first = activity.samples().get(0);
        assertEquals(0, first.seconds());
        assertEquals(79.5, first.rawCadence(), 1e-9);
        assertEquals(2.7, first.speed(), 1e-3);
        ActivitySample afterPause = activity.samples().get(3);
        assertEquals(33, afterPause.seconds());
        assertEquals(80, afterPause.rawCadence());
    }

    @Test
    void aRecordWithoutCadenceHasNone() {
        Path fit = FitFixtures.create(dir.resolve("nocad.fit")).seconds(2, null, null, 2.5f).close();
        assertTrue(new FitReader().read(fit).samples().stream().noneMatch(ActivitySample::hasCadence));
    }

    @Test
    void aTruncatedFileIsBadInputNamingIt() throws IOException {
        Path whole = FitFixtures.steadyRun(dir.resolve("run.fit"));
        Path cut = FitFixtures.truncated(whole, dir.resolve("cut.fit"));
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(cut));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().matches("\\Q" + cut + "\\E: FIT file is truncated \\(it ends at byte \\d+ of the \\d+"
                + " its header promises\\); copy it from the watch again"), e.getMessage());
    }

    @Test
    void aFileThatIsNotFitIsBadInput() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.fit"), "these are not the bytes you are looking for");
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(text));
        assertEquals(text + ": not a FIT file (no FIT header)", e.getMessage());
    }

    @Test
    void aMissingFileIsBadInput() {
        Path missing = dir.resolve("gone.fit");
        CadenceException e = assertThrows(CadenceException.class, () -> new FitReader().read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }
}
