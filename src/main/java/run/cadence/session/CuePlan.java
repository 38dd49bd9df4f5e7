package run.cadence.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import run.cadence.Cadence;

/**
 * Everything spoken during a session, in time order. The rules (docs/sessions.md, "Cues"):
 *
 * <ul>
 *   <li>At every segment start, an {@link CueKind#ANNOUNCE} (HOLD, REST for strength) STARTS_AT the change:
 *       "Run, one minute, one seventy two", preceded by the section name when a section begins.
 *   <li>A set of reps is announced ENDS_AT its start, because its rep count starts on the first rep.
 *   <li>A countdown "three", "two", "one", each STARTS_AT 3, 2 and 1 s before a change, so it ends on the
 *       change; only when the segment that ends lasts at least {@link #COUNTDOWN_MIN}, the next is not a set of
 *       reps, and the segment's announcement is estimated to be over by then. The session's end gets one too.
 *   <li>"Halfway, two minutes to go" STARTS_AT the middle of steps of at least {@link #HALFWAY_MIN}, unless the
 *       announcement is estimated to be still going.
 *   <li>"Last repeat" ENDS_AT 3.5 s before the last pass of a repeated section begins (before its countdown);
 *       when the segment before is shorter than 20 s or still busy with its announcement, the announcement of
 *       the last pass starts with it instead.
 *   <li>Reps are counted "one", "two", ... STARTS_AT the start of each rep.
 *   <li>A {@link CueKind#SUMMARY} STARTS_AT the end of the timeline: the renderer plays it after the last segment.
 * </ul>
 *
 * "Estimated" is {@link Cue#estimatedLength()}: 150 words a minute plus half a second. Cues are anchored to
 * the timeline, never the other way round: speech is mixed over the beat grid and never
 * moves it.
 */
public record CuePlan(List<Cue> cues) {
    public static final Duration COUNTDOWN_MIN = Duration.ofSeconds(10);
    public static final Duration HALFWAY_MIN = Duration.ofMinutes(2);
    static final Duration LAST_REPEAT_LEAD = Duration.ofMillis(3500);
    /** Room for "Last repeat" between the previous announcement and the countdown. */
    static final Duration LAST_REPEAT_SLOT_MIN = Duration.ofSeconds(20);
    private static final String[] COUNTDOWN = {"three", "two", "one"};
    private static final String LAST_REPEAT = "Last repeat";

    public CuePlan {
        cues = List.copyOf(cues);
    }

    public static CuePlan of(Timeline timeline) {
        List<Cue> cues = new ArrayList<>();
        List<TimelineSegment> segments = timeline.segments();
        // When the last phrase anchored at a segment start is estimated to finish: later cues must not talk over it.
        Duration quietFrom = Duration.ZERO;
        for (TimelineSegment s : segments) {
            TimelineSegment previous = s.index() == 0 ? null : segments.get(s.index() - 1);
            boolean lastRepeatSpoken = false;
            if (startsLastRepeat(s, previous)) {
                Duration end = s.start().minus(LAST_REPEAT_LEAD);
                Duration begin = end.minus(Cue.estimatedLength(LAST_REPEAT));
                if (previous.length().compareTo(LAST_REPEAT_SLOT_MIN) >= 0 && !begin.isNegative()
                        && quietFrom.compareTo(begin) <= 0) {
                    cues.add(new Cue(CueKind.LAST_REPEAT, end, CueAnchor.ENDS_AT, LAST_REPEAT, s.index()));
                } else {
                    lastRepeatSpoken = true;
                }
            }
            if (previous != null && s.kind() != SegmentKind.REPS) {
                countdown(cues, previous, s.start(), s.index(), quietFrom);
            }
            String text = announcement(s, previous);
            if (lastRepeatSpoken) {
                text = LAST_REPEAT + ". " + text;
            }
            CueKind kind = s.kind() == SegmentKind.HOLD ? CueKind.HOLD
                    : s.kind() == SegmentKind.HOLD_REST || s.kind() == SegmentKind.SET_REST ? CueKind.REST
                    : s.kind() == SegmentKind.REPS ? CueKind.SET : CueKind.ANNOUNCE;
            Cue announce = s.kind() == SegmentKind.REPS
                    ? new Cue(kind, s.start(), CueAnchor.ENDS_AT, text, s.index())
                    : new Cue(kind, s.start(), CueAnchor.STARTS_AT, text, s.index());
            cues.add(announce);
            quietFrom = s.kind() == SegmentKind.REPS ? s.start() : s.start().plus(announce.estimatedLength());
            if (s.kind() == SegmentKind.REPS && s.step() instanceof Step.Reps r) {
                for (int k = 1; k <= r.reps(); k++) {
                    cues.add(new Cue(CueKind.REP_COUNT, s.start().plus(r.perRep().multipliedBy(k - 1L)),
                            CueAnchor.STARTS_AT, SpokenNumbers.number(k), s.index()));
                }
                quietFrom = s.end();
            }
            if (!s.kind().strength() && s.length().compareTo(HALFWAY_MIN) >= 0) {
                Duration half = s.length().dividedBy(2);
                Duration at = s.start().plus(half);
                if (quietFrom.compareTo(at) <= 0) {
                    Cue halfway = new Cue(CueKind.HALFWAY, at, CueAnchor.STARTS_AT,
                            "Halfway, " + SpokenNumbers.duration(s.length().minus(half)) + " to go", s.index());
                    cues.add(halfway);
                    quietFrom = at.plus(halfway.estimatedLength());
                }
            }
        }
        TimelineSegment last = segments.get(segments.size() - 1);
        countdown(cues, last, last.end(), last.index(), quietFrom);
        cues.add(new Cue(CueKind.SUMMARY, timeline.total(), CueAnchor.STARTS_AT, summary(timeline), last.index()));
        cues.sort(Comparator.comparing(Cue::at));
        return new CuePlan(cues);
    }

    private static boolean startsLastRepeat(TimelineSegment s, TimelineSegment previous) {
        return previous != null && s.repeats() > 1 && s.repeat() == s.repeats()
                && previous.sectionIndex() == s.sectionIndex() && previous.repeat() != s.repeat();
    }

    /** "three, two, one" ending on {@code change}, if {@code ending} is long enough and quiet by then. */
    private static void countdown(List<Cue> cues, TimelineSegment ending, Duration change, int segment,
            Duration quietFrom) {
        Duration first = change.minusSeconds(COUNTDOWN.length);
        if (ending.length().compareTo(COUNTDOWN_MIN) < 0 || quietFrom.compareTo(first) > 0) {
            return;
        }
        for (int i = 0; i < COUNTDOWN.length; i++) {
            cues.add(new Cue(CueKind.COUNTDOWN, change.minusSeconds(COUNTDOWN.length - i), CueAnchor.STARTS_AT,
                    COUNTDOWN[i], segment));
        }
    }

    /** The phrase spoken when {@code s} starts. */
    static String announcement(TimelineSegment s, TimelineSegment previous) {
        StringBuilder b = new StringBuilder();
        boolean sectionStarts = previous == null || previous.sectionIndex() != s.sectionIndex();
        if (sectionStarts && !s.section().isEmpty()) {
            b.append(sentence(s.section()));
            if (s.repeats() > 1) {
                b.append(", ").append(SpokenNumbers.number(s.repeats())).append(" times");
            }
            b.append(". ");
        }
        return switch (s.kind()) {
            case GET_READY -> b.append(s.note().map(n -> sentence(n) + ". ").orElse("Next exercise. "))
                    .append(sentence(dose(s.step()))).append(". Get ready.").toString();
            case HOLD -> b.append("Hold").append(s.parts() > 1 ? ", " + ofParts(s) : "").toString();
            case HOLD_REST -> b.append("Rest").toString();
            case REPS -> {
                Step.Reps r = (Step.Reps) s.step();
                if (s.parts() > 1) {
                    b.append("Set ").append(ofParts(s)).append(", ");
                }
                yield b.append(SpokenNumbers.number(r.reps())).append(r.reps() == 1 ? " rep" : " reps").toString();
            }
            case SET_REST -> b.append("Rest, ").append(SpokenNumbers.duration(s.length())).toString();
            case WALK, RUN, REST, EASY, MEDIUM, HARD, SPRINT -> paced(b, s);
        };
    }

    /** "two of three": which hold or set this is. */
    private static String ofParts(TimelineSegment s) {
        return SpokenNumbers.number(s.part()) + " of " + SpokenNumbers.number(s.parts());
    }

    /** "Run, two minutes, one seventy two. Uphill": a step with a length, a cadence and maybe a note. */
    private static String paced(StringBuilder b, TimelineSegment s) {
        b.append(s.kind().word()).append(", ").append(SpokenNumbers.duration(s.length()));
        if (s.cadence() instanceof ResolvedCadence.Steady st) {
            b.append(", ").append(SpokenNumbers.cadence(st.cadence()));
        } else if (s.cadence() instanceof ResolvedCadence.Ramp r) {
            b.append(", ").append(SpokenNumbers.cadence(r.from())).append(" rising to ")
                    .append(SpokenNumbers.cadence(r.to()));
        }
        s.note().ifPresent(n -> b.append(". ").append(sentence(n)));
        return b.toString();
    }

    private static String dose(Step step) {
        if (step instanceof Step.Hold h) {
            String d = SpokenNumbers.number(h.count()) + (h.count() == 1 ? " hold of " : " holds of ")
                    + SpokenNumbers.duration(h.hold());
            return h.count() > 1 ? d + ", rest " + SpokenNumbers.duration(h.rest()) : d;
        }
        Step.Reps r = (Step.Reps) step;
        String d = (r.sets() == 1 ? "" : SpokenNumbers.number(r.sets()) + " sets of ")
                + SpokenNumbers.number(r.reps()) + (r.reps() == 1 ? " rep" : " reps");
        return d + ", one every " + SpokenNumbers.duration(r.perRep());
    }

    static String summary(Timeline timeline) {
        StringBuilder b = new StringBuilder("Session complete: ").append(SpokenNumbers.duration(timeline.total()));
        Duration running = timeline.runningTime();
        if (!running.isZero()) {
            b.append(", ").append(SpokenNumbers.duration(running)).append(" of running");
            Optional<Cadence> only = onlyRunCadence(timeline);
            only.ifPresent(c -> b.append(" at ").append(SpokenNumbers.cadence(c)));
        }
        return b.append(". Well done.").toString();
    }

    private static Optional<Cadence> onlyRunCadence(Timeline timeline) {
        Cadence only = null;
        for (TimelineSegment s : timeline.segments()) {
            if (s.kind() != SegmentKind.RUN) {
                continue;
            }
            if (!(s.cadence() instanceof ResolvedCadence.Steady st)) {
                return Optional.empty();
            }
            if (only != null && !only.equals(st.cadence())) {
                return Optional.empty();
            }
            only = st.cadence();
        }
        return Optional.ofNullable(only);
    }

    private static String sentence(String text) {
        String t = text.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
