package run.cadence.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import run.cadence.Cadence;
import run.cadence.plan.Profile;

/**
 * {@code --baseline}, wherever it is taken (profile, play, run, sessions show, export workout): a cadence the
 * profile would accept as a baseline, or refused with the profile's own words. Before, only {@code profile} and
 * {@code measure} checked it, and {@code export workout --baseline 82} wrote 82-90 spm targets to a watch: 82 is
 * one leg's count, the mistake the README warns of.
 */
public final class BaselineConverter implements ITypeConverter<Cadence> {
    @Override
    public Cadence convert(String value) {
        Cadence baseline = new CadenceConverter().convert(value);
        try {
            Profile.startingWith(baseline, "--baseline");
        } catch (IllegalArgumentException e) {
            double both = baseline.stepsPerMinute() * 2;
            String oneLeg = both >= Profile.MIN_BASELINE && both <= Profile.MAX_BASELINE
                    ? String.format(Locale.ROOT, "; %s looks like one leg's steps: %s for both feet",
                            baseline.format(), new Cadence(both).format())
                    : "";
            throw new TypeConversionException(e.getMessage() + oneLeg);
        }
        return baseline;
    }
}
