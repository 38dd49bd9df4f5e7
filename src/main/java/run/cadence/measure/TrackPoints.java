package run.cadence.measure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import run.cadence.CadenceException;

/**
 * Collects points as a reader streams them, in growable primitive columns, with the leg (sport) each belongs to,
 * and turns them into an {@link Activity}: points put in time order is checked and cleaned (see {@link #build}),
 * legs of other sports left out, and where the file has distance but no speed, speed is taken over a few points
 * either side so that GPS jitter does not read as stops and sprints.
 */
final class TrackPoints {
    /** Points either side used to derive speed from distance. */
    private static final int SPEED_WINDOW = 3;
    /**
     * A step back in time up to this is clock jitter and the point is dropped: a Fenix 2 triathlon steps back
     * 1 s twice at its transitions.
     */
    static final long JITTER_MILLIS = 2000;
    /** More isolated glitches than this share of the points is no longer a glitch but a broken clock. */
    private static final double MAX_GLITCH_SHARE = 0.01;

    /** How a reader names the place of a point in its file, for messages. */
    interface Where {
        /** "run.gpx:120:9" or "run.fit: record 107 (byte 5120)". */
        String at(int a, int b);
    }

    /**
     * 48 hours at one point a second: more than any run recorded in one file holds (a 100-mile race is 20-36 hours).
     * Past it the file is refused rather than read until memory runs out (a 140 MB GPX of 600,000 points took
     * 429 MB; 48 MB of heap ended in an OutOfMemoryError).
     */
    static final int MAX_POINTS = 48 * 3600;

    // What the figures need of a point, in primitive columns (28 bytes a point): its time, cadence, speed and
    // distance (floats: a cadence is a whole number or 1/128s, and a float's 24 bits keep 300 km to 3 cm), its
    // leg, and where it is in the file for a message.
    private long[] millis = new long[1024];
    private float[] cadence = new float[1024];
    private float[] speed = new float[1024];
    private float[] distance = new float[1024];
    private int[] leg = new int[1024];
    private int[] whereA = new int[1024];
    private int[] whereB = new int[1024];
    private int n;
    private final String source;
    private final List<Sport> legs = new ArrayList<>();
    private final List<String> legSource = new ArrayList<>();

    /** @param source the file, for messages */
    TrackPoints(String source) {
        this.source = source;
    }

    /**
     * Starts a leg (a TCX Activity, a GPX track, a FIT session); later points belong to it.
     *
     * @param saidBy where the file says the sport, for messages: "FIT session sport"
     * @return the leg's index, for {@link #moveToLeg}
     */
    int beginLeg(Sport sport, String saidBy) {
        legs.add(sport);
        legSource.add(saidBy);
        return legs.size() - 1;
    }

    /** Changes the current leg's sport: a GPX {@code <type>} comes after its track has begun. */
    void setLegSport(Sport sport, String saidBy) {
        if (legs.isEmpty()) {
            beginLeg(sport, saidBy);
        } else {
            legs.set(legs.size() - 1, sport);
            legSource.set(legs.size() - 1, saidBy);
        }
    }

    /**
     * @param whereA reader-specific place of the point (a line, a record number), for messages
     * @param distance metres from the start, NaN if unknown
     */
    void add(long epochMillis, double rawCadence, double speedMps, double distanceMetres, int whereA, int whereB) {
        if (legs.isEmpty()) {
            beginLeg(Sport.UNKNOWN, "");
        }
        if (n == MAX_POINTS) {
            throw CadenceException.badInput(String.format(Locale.ROOT, "%s: more than %,d track points (%d hours at"
                    + " one a second), more than any run holds; export the run alone, or a shorter part of it",
                    source, MAX_POINTS, MAX_POINTS / 3600));
        }
        if (n == millis.length) {
            int size = Math.min(n * 2, MAX_POINTS);
            millis = Arrays.copyOf(millis, size);
            cadence = Arrays.copyOf(cadence, size);
            speed = Arrays.copyOf(speed, size);
            distance = Arrays.copyOf(distance, size);
            leg = Arrays.copyOf(leg, size);
            this.whereA = Arrays.copyOf(this.whereA, size);
            this.whereB = Arrays.copyOf(this.whereB, size);
        }
        millis[n] = epochMillis;
        cadence[n] = (float) rawCadence;
        speed[n] = (float) speedMps;
        distance[n] = (float) distanceMetres;
        leg[n] = legs.size() - 1;
        this.whereA[n] = whereA;
        this.whereB[n] = whereB;
        n++;
    }

    int size() {
        return n;
    }

    long millis(int i) {
        return millis[i];
    }

    /** Puts point {@code i} in another leg: FIT names its sessions' sports only after their records. */
    void moveToLeg(int i, int legIndex) {
        leg[i] = legIndex;
    }

    /**
     * The activity of the legs that count, in time order.
     *
     * <p>Time order: a point at the same time as the one before (or up to {@link #JITTER_MILLIS} before it) adds
     * nothing and is dropped; a single point out of line with both neighbours (an Edge 500 wrote one record two
     * years ahead) is a glitch and dropped. Anything else that goes back in time means the points are out of order
     * or repeated, and the file is refused there: its running cannot be timed.
     *
     * @throws CadenceException BAD_INPUT for times that run backwards or mostly repeat, or when no leg counts
     */
    Activity build(CadenceUnit declaredUnit, Where where) {
        List<String> leftOut = new ArrayList<>();
        boolean[] counts = new boolean[legs.size()];
        boolean[] used = new boolean[legs.size()];
        for (int i = 0; i < n; i++) {
            used[leg[i]] = true;
        }
        boolean anyRun = false;
        for (int l = 0; l < legs.size(); l++) {
            anyRun |= used[l] && legs.get(l).kind() == Sport.Kind.RUNNING;
        }
        Sport kept = null;
        for (int l = 0; l < legs.size(); l++) {
            Sport s = legs.get(l);
            // With a running leg only running legs count (a triathlon's "generic" first leg too is left out);
            // without one, walks and legs of unknown sport count and cadence decides.
            counts[l] = anyRun ? s.kind() == Sport.Kind.RUNNING : s.counts();
            if (!used[l]) {
                continue;
            }
            if (!counts[l]) {
                leftOut.add(s.name());
            } else if (kept == null || s.kind().ordinal() < kept.kind().ordinal()) {
                kept = s;
            }
        }
        if (kept == null && n > 0) {
            throw notARun(source, used);
        }
        if (n == 0 && !legs.isEmpty() && legs.stream().noneMatch(Sport::counts)) {
            // A swim or ride saved without track points (pool swims have none) is refused for its sport, not
            // as "no track points": the sport is the truer reason.
            boolean[] all = new boolean[legs.size()];
            Arrays.fill(all, true);
            throw notARun(source, all);
        }
        int[] order = inTimeOrder(source, where);
        int m = 0;
        for (int i : order) {
            if (counts[leg[i]]) {
                order[m++] = i;
            }
        }
        return columns(source, declaredUnit, kept == null ? Sport.UNKNOWN : kept, leftOut, Arrays.copyOf(order, m));
    }

    private CadenceException notARun(String source, boolean[] used) {
        List<String> names = new ArrayList<>();
        String saidBy = "";
        for (int l = 0; l < legs.size(); l++) {
            if (used[l] && !names.contains(legs.get(l).name())) {
                names.add(legs.get(l).name());
            }
            saidBy = used[l] ? legSource.get(l) : saidBy;
        }
        String what = names.size() == 1 ? names.get(0) + (saidBy.isEmpty() ? "" : " (" + saidBy + ")") + ", not a run"
                : String.join(", ", names) + (saidBy.isEmpty() ? "" : " (" + saidBy + "s)") + ", with no running leg";
        return CadenceException.badInput(source + ": recorded as " + what + "; cadence is measured on runs only");
    }

    /** The indices of the points to keep, in time order. */
    private int[] inTimeOrder(String source, Where where) {
        // A file without steps is refused for that by the analysis; its clock does not matter.
        boolean hasCadence = false;
        for (int i = 0; i < n && !hasCadence; i++) {
            hasCadence = !Float.isNaN(cadence[i]);
        }
        int[] kept = new int[n];
        int k = 0;
        int repeated = 0;
        int glitches = 0;
        for (int i = 0; i < n; i++) {
            if (k > 0) {
                long last = millis[kept[k - 1]];
                if (millis[i] <= last && millis[i] >= last - JITTER_MILLIS) {
                    repeated++;
                    continue;
                }
                if (millis[i] < last) {
                    // One point far ahead of its neighbours (the last kept one), or one far behind (this one)?
                    boolean lastIsGlitch = k > 1 ? millis[i] > millis[kept[k - 2]]
                            : i + 1 < n && millis[i + 1] > millis[i];
                    boolean thisIsGlitch = i + 1 < n && millis[i + 1] > last;
                    if (!lastIsGlitch && !thisIsGlitch && hasCadence) {
                        throw backwards(source, where, i, last);
                    }
                    glitches++;
                    if (lastIsGlitch) {
                        kept[k - 1] = i;
                    }
                    continue;
                }
            }
            kept[k++] = i;
        }
        if (glitches > Math.max(3, MAX_GLITCH_SHARE * n)) {
            throw CadenceException.badInput(String.format(Locale.ROOT, "%s: %d of %d points are out of time order;"
                    + " the recording's clock jumped about, so its running cannot be timed", source, glitches, n));
        }
        if (n >= 10 && repeated * 2 > n) {
            throw CadenceException.badInput(String.format(Locale.ROOT, "%s: %d of %d points repeat the time of the"
                    + " point before; with so few distinct times its running cannot be timed; export the activity"
                    + " again, or from another app", source, repeated, n));
        }
        return Arrays.copyOf(kept, k);
    }

    private CadenceException backwards(String source, Where where, int i, long before) {
        double minutes = (before - millis[i]) / 60000.0;
        return CadenceException.badInput(String.format(Locale.ROOT, "%s: time runs backwards: %s comes after %s,"
                + " %.1f min later; the points are out of order or the track is repeated, so its running cannot be"
                + " timed; export the activity again", where.at(whereA[i], whereB[i]), Instant.ofEpochMilli(millis[i]),
                Instant.ofEpochMilli(before), minutes));
    }

    private Activity columns(String source, CadenceUnit declaredUnit, Sport sport, List<String> leftOut, int[] keep) {
        int m = keep.length;
        double[] t = new double[m];
        float[] c = new float[m];
        float[] v = new float[m];
        float[] d = new float[m];
        BitSet legStarts = new BitSet();
        long start = m == 0 ? 0 : millis[keep[0]];
        for (int j = 0; j < m; j++) {
            int i = keep[j];
            t[j] = (millis[i] - start) / 1000.0;
            c[j] = cadence[i];
            v[j] = speed[i];
            d[j] = distance[i];
            if (j > 0 && leg[i] != leg[keep[j - 1]]) {
                legStarts.set(j);
            }
        }
        for (int j = 0; j < m; j++) {
            if (Float.isNaN(v[j])) {
                v[j] = (float) derivedSpeed(t, d, legStarts, j);
            }
        }
        return new Activity(source, Instant.ofEpochMilli(start), sport, declaredUnit, leftOut, t, c, v, d, legStarts);
    }

    private static double derivedSpeed(double[] t, float[] d, BitSet legStarts, int i) {
        int lo = i;
        while (lo > Math.max(0, i - SPEED_WINDOW) && !legStarts.get(lo)) {
            lo--;
        }
        int hi = i;
        while (hi < Math.min(t.length - 1, i + SPEED_WINDOW) && !legStarts.get(hi + 1)) {
            hi++;
        }
        double dt = t[hi] - t[lo];
        if (Float.isNaN(d[lo]) || Float.isNaN(d[hi]) || !(dt > 0)) {
            return Double.NaN;
        }
        return Math.max(0, (d[hi] - d[lo]) / dt);
    }
}
