package run.cadence.plan;

import run.cadence.CadenceException;

/** The six stages of the return to running, in the order the clinical guidance insists on. */
public enum Stage {
    UPHILL_WALK(1, "uphill treadmill walking"),
    UPHILL_WALK_JOG(2, "uphill treadmill walk-jog"),
    FLAT_WALK_RUN(3, "flat walk-run"),
    FLAT_CONTINUOUS(4, "continuous flat running"),
    ROLLING_HILLS(5, "rolling hills at an easy, even pace"),
    SPEED(6, "speed work, brought back gradually");

    private final int number;
    private final String title;

    Stage(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The stage a runner names by number; anything else is their mistake, not ours. */
    public static Stage ofNumber(int number) {
        for (Stage s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw CadenceException.badInput("unknown stage " + number + ": stages are 1 (uphill walking) to 6 (speed work)");
    }

    /** Early hip work while downhill walking or stairs may still hurt; the loaded version once running is flat. */
    public String strengthAlongside() {
        if (number <= 2) {
            return "hip strength, early stage, 2-3 times a week: single-leg bridge hold (short lever),"
                    + " side plank on knees, slow rear-foot-elevated split squat";
        }
        return "hip strength, late stage, 2-3 times a week: side-lying hip abduction and standing hip hike"
                + " (build 1x15 to 3x30), clamshells, glute bridge with 5 s holds";
    }
}
