package run.cadence.plan;

import java.util.Optional;

/**
 * Pain on the 0-10 scale during and just after a session, and again the next morning (unknown until the
 * runner logs it). A limp overrides every number.
 */
public record PainReport(int during, int after, Integer morning, boolean limp, String note) {
    /** Return-to-run programs gate at 3/10: above it, no progress (CLINICAL.md). */
    public static final int HOLD_ABOVE = 3;
    /** Above 5/10 is more than even the pain-monitoring model accepts (Silbernagel et al. 2007). */
    public static final int STEP_BACK_ABOVE = 5;

    public PainReport {
        checkScale("during", during);
        checkScale("after", after);
        if (morning != null) {
            checkScale("next-morning", morning);
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    private static void checkScale(String when, int value) {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("pain " + when + " " + value
                    + " is outside the 0-10 scale (0 none, 10 worst imaginable)");
        }
    }

    public Optional<Integer> morningPain() {
        return Optional.ofNullable(morning);
    }

    public PainReport withMorning(int morningPain) {
        return new PainReport(during, after, morningPain, limp, note);
    }

    /** The worse of during and after. */
    public int worst() {
        return Math.max(during, after);
    }

    /** Pain that rose overnight means the tissue did not settle. */
    public boolean worseNextMorning() {
        return morning != null && morning > after;
    }
}
