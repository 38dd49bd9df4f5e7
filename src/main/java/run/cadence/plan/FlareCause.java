package run.cadence.plan;

import java.util.Optional;

/**
 * Why a session counts as a flare, most serious first. The guidance (CLINICAL.md): pain up to 5/10 is
 * acceptable if it settles by the next morning and does not rise week to week (Silbernagel et al. 2007);
 * return-to-run programs gate at 3/10, no limp. Most programs go back one level when pain appears, others repeat
 * the level; none drops a whole stage for a mild flare.
 */
public enum FlareCause {
    /** The runner pressed the pain key and stopped: pain rose above the stop rule's 3/10 mid-session. */
    STOPPED_FOR_PAIN(true),
    LIMP(true),
    /** Worst pain during or after above 5/10. */
    PAIN_ABOVE_FIVE(true),
    /** Next-morning pain above 5/10. */
    MORNING_ABOVE_FIVE(true),
    /**
     * Next morning clearly worse than just after: two points or more, into 4-5 (above the return-to-run gate). The
     * tissue did not settle overnight. Mild, like {@link #MORNING_NOT_SETTLED}: judged by where the morning ends,
     * not how far it rose, so 2/2/4 never weighs more than 5/5/5 (a stage back for the first and a level back for
     * the second was an inversion a review found). The pain-monitoring model asks for less load when pain has not
     * subsided by the morning (Silbernagel 2007), which a level back and a confirmation before the next run give;
     * a morning above 5 is {@link #MORNING_ABOVE_FIVE}, severe.
     */
    MORNING_CLEARLY_WORSE(false),
    /** Next morning worse than just after while still at most 3, or one point worse into 4-5. */
    MORNING_WORSE(false),
    /** Next morning still 4-5/10, no better than just after: not settled. */
    MORNING_NOT_SETTLED(false),
    /** 4-5/10 during or after: within the pain-monitoring model, above the return-to-run gate. */
    PAIN_FOUR_TO_FIVE(false);

    private final boolean severe;

    FlareCause(boolean severe) {
        this.severe = severe;
    }

    public boolean severe() {
        return severe;
    }

    /**
     * Whether the runner must confirm the pain has settled before the next run: every severe flare, and a mild
     * one whose next morning showed it had not settled. Pain of 4-5 that was back to 3 or less, and no worse,
     * the next morning had settled by then: the morning report is the confirmation.
     */
    public boolean needsSettledCheck() {
        return severe || this != PAIN_FOUR_TO_FIVE;
    }

    /** The most serious sign in a report, if any; {@code stoppedForPain} is the live pain key. */
    public static Optional<FlareCause> of(PainReport p, boolean stoppedForPain) {
        if (stoppedForPain) {
            return Optional.of(STOPPED_FOR_PAIN);
        }
        if (p == null) {
            return Optional.empty();
        }
        if (p.limp()) {
            return Optional.of(LIMP);
        }
        if (p.worst() > PainReport.STEP_BACK_ABOVE) {
            return Optional.of(PAIN_ABOVE_FIVE);
        }
        Integer m = p.morning();
        if (m != null && m > PainReport.STEP_BACK_ABOVE) {
            return Optional.of(MORNING_ABOVE_FIVE);
        }
        if (m != null && m > PainReport.HOLD_ABOVE && m - p.after() >= 2) {
            return Optional.of(MORNING_CLEARLY_WORSE);
        }
        if (m != null && m > p.after()) {
            return Optional.of(MORNING_WORSE);
        }
        if (m != null && m > PainReport.HOLD_ABOVE) {
            return Optional.of(MORNING_NOT_SETTLED);
        }
        if (p.worst() > PainReport.HOLD_ABOVE) {
            return Optional.of(PAIN_FOUR_TO_FIVE);
        }
        return Optional.empty();
    }
}
