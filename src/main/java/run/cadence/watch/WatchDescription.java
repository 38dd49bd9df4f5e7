package run.cadence.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import run.cadence.session.ResolvedCadence;
import run.cadence.session.Workout;

/**
 * A workout's {@code wkt_description}: its full name and description, then what its runs are set to, within the
 * {@link WatchText#DESCRIPTION_BYTES} bytes a FIT string may have. "run-walk-2-3: Flat run-walk: 4 x (run 2 min,
 * walk 3 min) (runs 172 spm, alert outside 168-176 spm)". Every distinct run target is named (up to three; more are
 * given as their span), a ramp as a ramp; the cadence part is never cut, a long title is.
 */
final class WatchDescription {
    private static final int MAX_LISTED = 3;

    private WatchDescription() {}

    /**
     * @param runs the cadence of each run step in order, and its range on the watch (null where a run has none)
     */
    static String of(Workout workout, List<ResolvedCadence> runs, List<CadenceRange> ranges) {
        String name = workout.name();
        String description = workout.description();
        // The planner names its sessions by their title, which is also their description: say it once.
        String head = description.isEmpty() || description.equals(name) ? name
                : description.startsWith(name) ? description : name + ": " + description;
        String tail = runs.isEmpty() ? "" : " (" + runs(runs, ranges) + ")";
        if (WatchText.bytes(head + tail) <= WatchText.DESCRIPTION_BYTES) {
            return head + tail;
        }
        int room = WatchText.DESCRIPTION_BYTES - WatchText.bytes(tail) - WatchText.bytes("...");
        if (room < 10) {
            return WatchText.cut(head + tail, WatchText.DESCRIPTION_BYTES);
        }
        return WatchText.cut(head, room) + "..." + tail;
    }

    private static String runs(List<ResolvedCadence> runs, List<CadenceRange> ranges) {
        List<String> distinct = new ArrayList<>();
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 0; i < runs.size(); i++) {
            CadenceRange range = ranges.get(i);
            if (range == null) {
                continue;
            }
            ResolvedCadence c = runs.get(i);
            String one = c.startSpm() == c.endSpm() ? range.middleSpm() + " spm, alert outside " + range.describe()
                    : String.format(Locale.ROOT, "%.0f-%.0f spm ramp, alert outside %s", c.startSpm(), c.endSpm(),
                            range.describe());
            if (!distinct.contains(one)) {
                distinct.add(one);
            }
            low = Math.min(low, range.middleSpm());
            high = Math.max(high, range.middleSpm());
        }
        if (distinct.isEmpty()) {
            return "runs without a cadence alert";
        }
        if (distinct.size() > MAX_LISTED) {
            return String.format(Locale.ROOT, "runs at %d targets from %.0f to %.0f spm, each step with its own alert"
                    + " range", distinct.size(), low, high);
        }
        return "runs " + String.join("; ", distinct);
    }
}
