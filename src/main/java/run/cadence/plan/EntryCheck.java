package run.cadence.plan;

import java.util.Locale;
import run.cadence.CadenceException;

/** The answer to an entry check (a brisk 30 min walk, 10-20 single-leg hops, both pain-free). */
public enum EntryCheck {
    NOT_ASKED, PASSED, FAILED;

    public static EntryCheck parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "pass": case "passed": case "yes": case "ok":
                return PASSED;
            case "fail": case "failed": case "no":
                return FAILED;
            default:
                throw CadenceException.badInput("invalid check result '" + text + "': expected pass or fail");
        }
    }

    public String label() {
        return this == NOT_ASKED ? "not asked" : this == PASSED ? "pass" : "fail";
    }
}
