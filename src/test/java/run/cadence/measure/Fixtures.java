package run.cadence.measure;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The files under src/test/resources/measure/. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/measure/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }
}
