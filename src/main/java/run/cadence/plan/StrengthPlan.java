package run.cadence.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The hip-strength session for a day (CLINICAL.md, "Strength"): the early-stage holds while stairs or downhill
 * still hurt (when the runner has not said, while they are in stages 1-2), then the Fredericson program, whose
 * dose grows one step (1x15, 2x15, 3x15, 3x20, 3x25, 3x30) after {@link #PAIN_FREE_SESSIONS} sessions in a row
 * logged with pain at most {@link #PAIN_FREE}, and goes back a step after pain above 3. Fredericson built the dose daily
 * over six weeks; four pain-free sessions a step reach the full dose after twenty, about six weeks of the four
 * days a week without a run.
 */
public final class StrengthPlan {
    static final int PAIN_FREE_SESSIONS = 4;
    /** "Without pain": a strength session should at most feel like effort, not hurt. */
    static final int PAIN_FREE = 2;

    public record Dose(StrengthSession session, Reason reason) {}

    private StrengthPlan() {}

    public static Dose next(Profile profile, Stage stage, List<PastExtra> extras) {
        // Unasked, the stage decides, but only until the Fredericson program has begun: a step back onto the
        // treadmill after a flare does not take the runner's strength work back to the beginning.
        boolean begun = extras.stream().anyMatch(e -> e.session() instanceof StrengthSession s
                && s.kind() == StrengthSession.Kind.FREDERICSON && e.didAnything());
        boolean early = profile.stairs() == Stairs.HURT || (profile.stairs() == Stairs.NOT_ASKED && !begun
                && stage.ordinal() <= Stage.UPHILL_WALK_JOG.ordinal());
        if (early) {
            return new Dose(StrengthSession.EARLY, new Reason.StrengthEarly(profile.stairs()));
        }
        int dose = 0;
        int painFree = 0;
        Reason last = null;
        for (PastExtra e : extras) {
            // The pain key is a report of its own (pain above the stop rule, mid-session): it counts unlogged.
            if (!(e.session() instanceof StrengthSession s) || s.kind() != StrengthSession.Kind.FREDERICSON
                    || !e.didAnything() || e.pain() == null && !e.stoppedForPain()) {
                continue;
            }
            boolean limp = e.pain() != null && e.pain().limp();
            int worst = e.pain() == null ? 0 : e.pain().worst();
            if (e.stoppedForPain() || limp || worst > PainReport.HOLD_ABOVE) {
                dose = Math.max(0, s.doseIndex() - 1);
                painFree = 0;
                int[] d = StrengthSession.DOSES.get(dose);
                last = new Reason.StrengthBack(d[0], d[1], e.pain() == null ? OptionalInt.empty()
                        : OptionalInt.of(worst), limp, e.stoppedForPain());
            } else if (worst <= PAIN_FREE && e.completedWhole() && s.doseIndex() == dose) {
                last = null;
                if (dose < StrengthSession.DOSES.size() - 1 && ++painFree >= PAIN_FREE_SESSIONS) {
                    dose++;
                    painFree = 0;
                    int[] d = StrengthSession.DOSES.get(dose);
                    last = new Reason.StrengthUp(d[0], d[1], PAIN_FREE_SESSIONS);
                }
            } else {
                // Not pain-free (3/10), or not finished or sets skipped: the count starts again at this dose.
                painFree = 0;
                last = null;
            }
        }
        StrengthSession session = StrengthSession.fredericson(dose);
        Reason why = last != null ? last : new Reason.StrengthDose(session.sets(), session.reps(), painFree,
                PAIN_FREE_SESSIONS);
        return new Dose(session, why);
    }

    /** The cross-training session of a kind for the next time: deep-water sessions are taken in turn. */
    public static CrossSession cross(CrossSession.Kind kind, List<PastExtra> extras) {
        if (kind == CrossSession.Kind.UPHILL_WALK) {
            return new CrossSession(kind, CrossSession.UPHILL_WALK);
        }
        List<PastExtra> pool = new ArrayList<>();
        for (PastExtra e : extras) {
            if (e.session() instanceof CrossSession c && c.kind() == kind && e.didAnything()) {
                pool.add(e);
            }
        }
        return new CrossSession(kind, CrossSession.DEEP_WATER.get(pool.size() % CrossSession.DEEP_WATER.size()));
    }
}
