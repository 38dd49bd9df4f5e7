package run.cadence.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * FitStream against the Garmin SDK on real watch files the project may not commit: every field of every message of
 * every {@code .fit} file under the folder {@code -Dfit.corpus=DIR} names (python-fitparse's, fitdecode's,
 * tormoder/fit's and GoldenCheetah's test files were used; docs/measure.md gives the figures). Off unless the folder
 * is given:
 * {@code mvn -B -q test -Dtest=FitCorpusTest -Dfit.corpus=/tmp/files}.
 */
@EnabledIfSystemProperty(named = "fit.corpus", matches = ".+")
class FitCorpusTest {

    @Test
    void everyFieldOfEveryFileTheSdkReadsReadsTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("fit.corpus")))) {
            files = walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".fit")).sorted().toList();
        }
        List<String> differ = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        int same = 0;
        long fields = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            List<String> sdk = attempt(() -> FitOracle.sdk(bytes), "SDK refuses " + file, refusals);
            List<String> ours = sdk == null ? null : attempt(() -> FitOracle.ours(bytes), "FitStream refuses " + file,
                    refusals);
            if (ours == null) {
                continue;
            }
            if (sdk.equals(ours)) {
                same++;
                fields += FitOracle.fieldCount(sdk);
            } else {
                differ.add(file + ": first difference at message " + firstDifference(sdk, ours));
            }
        }
        long sdkRefuses = refusals.stream().filter(r -> r.startsWith("SDK")).count();
        System.out.printf(Locale.ROOT, "%d FIT files: %d read the same as the SDK (%d field values), %d differ;"
                + " the SDK refuses %d, FitStream refuses %d more%n", files.size(), same, fields, differ.size(),
                sdkRefuses, refusals.size() - sdkRefuses);
        refusals.forEach(f -> System.out.println("  " + f));
        differ.forEach(f -> System.out.println("  differs: " + f));
        assertTrue(files.size() > 0, "no .fit files under " + System.getProperty("fit.corpus"));
        assertEquals(List.of(), differ);
    }

    /** The value, or null with why it failed added to {@code refusals}. */
    private static List<String> attempt(Callable<List<String>> read, String who, List<String> refusals) {
        try {
            return read.call();
        } catch (Exception e) {
            refusals.add(who + " (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String firstDifference(List<String> sdk, List<String> ours) {
        for (int i = 0; i < Math.min(sdk.size(), ours.size()); i++) {
            if (!sdk.get(i).equals(ours.get(i))) {
                return i + ": SDK " + sdk.get(i) + ", FitStream " + ours.get(i);
            }
        }
        return Math.min(sdk.size(), ours.size()) + ": SDK has " + sdk.size() + " messages, FitStream " + ours.size();
    }
}
