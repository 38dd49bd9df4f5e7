package run.cadence.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything the runner did: the running sessions and the strength and cross-training ones, each oldest first. */
public record History(List<PastSession> runs, List<PastExtra> extras) {
    public static final History EMPTY = new History(List.of(), List.of());

    public History {
        List<PastSession> r = new ArrayList<>(runs);
        r.sort(Comparator.comparingLong(PastSession::id));
        runs = List.copyOf(r);
        List<PastExtra> e = new ArrayList<>(extras);
        e.sort(Comparator.comparingLong(PastExtra::id));
        extras = List.copyOf(e);
    }

    public static History ofRuns(List<PastSession> runs) {
        return new History(runs, List.of());
    }

    /** The running sessions the legs did something in, oldest first. */
    public List<PastSession> runsDone() {
        List<PastSession> done = new ArrayList<>();
        for (PastSession s : runs) {
            if (s.didAnything()) {
                done.add(s);
            }
        }
        return done;
    }

    public History plusRun(PastSession s) {
        List<PastSession> r = new ArrayList<>(runs);
        r.add(s);
        return new History(r, extras);
    }

    public History plusExtra(PastExtra s) {
        List<PastExtra> e = new ArrayList<>(extras);
        e.add(s);
        return new History(runs, e);
    }

    /** The largest id in either list, 0 with none. */
    public long lastId() {
        long id = 0;
        for (PastSession s : runs) {
            id = Math.max(id, s.id());
        }
        for (PastExtra s : extras) {
            id = Math.max(id, s.id());
        }
        return id;
    }
}
