package run.cadence.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import run.cadence.Cadence;

/**
 * A workout compiled for one runner: its segments back to back from time zero, each with its cadence resolved.
 *
 * <p>Starts are summed as exact {@link Duration}s and only converted to frames on demand ({@link
 * TimelineSegment#startFrame}), so segment {@code i + 1} starts exactly on the frame segment {@code i} ends.
 */
public record Timeline(String name, List<TimelineSegment> segments, SessionSettings settings) {

    public Timeline {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one segment");
        }
        Duration expected = Duration.ZERO;
        for (int i = 0; i < segments.size(); i++) {
            TimelineSegment s = segments.get(i);
            if (s.index() != i || !s.start().equals(expected)) {
                throw new IllegalArgumentException("segment " + i + " must start at " + expected + ", not "
                        + s.start());
            }
            expected = s.end();
        }
    }

    /**
     * Expands sections, repeats and strength steps and resolves every cadence.
     *
     * @throws CadenceProblem when a step is relative to a baseline the settings lack, or resolves outside
     *     40-250 spm
     */
    public static Timeline compile(Workout workout, SessionSettings settings) {
        Expansion expansion = new Expansion(settings);
        List<Section> sections = workout.sections();
        for (int index = 0; index < sections.size(); index++) {
            Section section = sections.get(index);
            for (int repeat = 1; repeat <= section.repeats(); repeat++) {
                for (Step step : section.steps()) {
                    expansion.expand(step, index, section, repeat);
                }
            }
        }
        return new Timeline(workout.name(), expansion.segments, settings);
    }

    /** Appends segments back to back, keeping the exact time the next one starts at. */
    private static final class Expansion {
        final SessionSettings settings;
        final List<TimelineSegment> segments = new ArrayList<>();
        Duration at = Duration.ZERO;
        Step step;
        int sectionIndex;
        Section section;
        int repeat;

        Expansion(SessionSettings settings) {
            this.settings = settings;
        }

        void expand(Step step, int sectionIndex, Section section, int repeat) {
            this.step = step;
            this.sectionIndex = sectionIndex;
            this.section = section;
            this.repeat = repeat;
            if (step instanceof Step.Walk w) {
                add(w.length(), SegmentKind.WALK, resolve(w.cadence(), settings, section), w.clickShare(), 1, 1);
            } else if (step instanceof Step.Run r) {
                add(r.length(), SegmentKind.RUN, resolve(r.cadence(), settings, section), r.clickShare(), 1, 1);
            } else if (step instanceof Step.Effort e) {
                add(e.length(), SegmentKind.of(e.level()), resolve(e.cadence(), settings, section),
                        e.clickShare(), 1, 1);
            } else if (step instanceof Step.Rest r) {
                add(r.length(), SegmentKind.REST, ResolvedCadence.SILENT, 1, 1, 1);
            } else if (step instanceof Step.Hold h) {
                add(Step.STRENGTH_LEAD_IN, SegmentKind.GET_READY, ResolvedCadence.SILENT, 1, 1, 1);
                for (int k = 1; k <= h.count(); k++) {
                    add(h.hold(), SegmentKind.HOLD, ResolvedCadence.SILENT, 1, k, h.count());
                    if (k < h.count()) {
                        add(h.rest(), SegmentKind.HOLD_REST, ResolvedCadence.SILENT, 1, k, h.count());
                    }
                }
            } else if (step instanceof Step.Reps r) {
                add(Step.STRENGTH_LEAD_IN, SegmentKind.GET_READY, ResolvedCadence.SILENT, 1, 1, 1);
                for (int k = 1; k <= r.sets(); k++) {
                    add(r.setLength(), SegmentKind.REPS, ResolvedCadence.SILENT, 1, k, r.sets());
                    if (k < r.sets()) {
                        add(r.setRest(), SegmentKind.SET_REST, ResolvedCadence.SILENT, 1, k, r.sets());
                    }
                }
            } else {
                throw new IllegalStateException("unknown step " + step);
            }
        }

        private void add(Duration length, SegmentKind kind, ResolvedCadence cadence, double clickShare, int part,
                int parts) {
            Duration clicks = cadence instanceof ResolvedCadence.Silent ? Duration.ZERO
                    : clickShare >= 1 ? length : Duration.ofNanos(Math.round(length.toNanos() * clickShare));
            segments.add(new TimelineSegment(segments.size(), at, length, kind, cadence, clicks, step, sectionIndex,
                    section.name(), repeat, section.repeats(), part, parts));
            at = at.plus(length);
        }
    }

    private static ResolvedCadence resolve(CadenceTarget target, SessionSettings settings, Section section) {
        try {
            if (target instanceof CadenceTarget.None) {
                return ResolvedCadence.SILENT;
            }
            if (target instanceof CadenceTarget.WalkCadence) {
                // A walk with no cadence written clicks only when the runner asked for a walking cadence.
                return settings.walkCadence().<ResolvedCadence>map(ResolvedCadence.Steady::new)
                        .orElse(ResolvedCadence.SILENT);
            }
            if (target instanceof CadenceTarget.RunnerTarget) {
                // Without a baseline there is no target to click at; the step still runs, silently.
                Optional<Cadence> t = settings.target();
                return t.isPresent() ? new ResolvedCadence.Steady(t.get()) : ResolvedCadence.SILENT;
            }
            if (target instanceof CadenceTarget.Fixed f) {
                return new ResolvedCadence.Steady(f.cadence());
            }
            if (target instanceof CadenceTarget.Ramp r) {
                return new ResolvedCadence.Ramp(r.from(), r.to());
            }
            CadenceTarget.Relative rel = (CadenceTarget.Relative) target;
            if (settings.baseline().isEmpty()) {
                throw new CadenceProblem.NeedsBaseline(section.name(), rel);
            }
            return new ResolvedCadence.Steady(settings.baseline().get().plusPercent(rel.percent()));
        } catch (IllegalArgumentException e) {
            throw new CadenceProblem.StepOutOfRange(section.name(), e.getMessage());
        }
    }

    public Duration total() {
        return segments.get(segments.size() - 1).end();
    }

    public long totalFrames(int sampleRate) {
        return Frames.at(total(), sampleRate);
    }

    /**
     * The index of the segment playing at {@code time}; the last segment at or after the end. For a live status
     * line and for skipping a step.
     */
    public int segmentIndexAt(Duration time) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).start().compareTo(time) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Time spent in run segments, for the closing summary and the history. */
    public Duration runningTime() {
        Duration d = Duration.ZERO;
        for (TimelineSegment s : segments) {
            if (s.kind() == SegmentKind.RUN) {
                d = d.plus(s.length());
            }
        }
        return d;
    }

    /** Time spent running in the first {@code elapsed} of the session: what a stopped session reports. */
    public Duration runningTimeUntil(Duration elapsed) {
        Duration d = Duration.ZERO;
        for (TimelineSegment s : segments) {
            if (s.kind() != SegmentKind.RUN || s.start().compareTo(elapsed) >= 0) {
                continue;
            }
            Duration end = s.end().compareTo(elapsed) < 0 ? s.end() : elapsed;
            d = d.plus(end.minus(s.start()));
        }
        return d;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Timeline[%s, %d segments, %s]", name, segments.size(), total());
    }
}
