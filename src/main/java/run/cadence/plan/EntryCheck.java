package run.cadence.plan;

/** The answer to an entry check (a brisk 30 min walk, 10-20 single-leg hops, both pain-free). */
public enum EntryCheck {
    NOT_ASKED, PASSED, FAILED
}
