package run.cadence.session;

import run.cadence.Cadence;

/** A segment's metronome for one runner: silent, one steady rate, or a linear ramp across the segment. */
public sealed interface ResolvedCadence {
    Silent SILENT = new Silent();

    /** Steps per minute at the segment's start; 0 when silent. */
    double startSpm();

    /** Steps per minute at the segment's end; 0 when silent. */
    double endSpm();

    /** "172.2 spm", "166-172 spm" or "-". */
    String describe();

    /**
     * Steps per minute at {@code fraction} (0 to 1) of the segment's time; a ramp changes linearly in time. For a
     * status line; the beat positions of a ramp come from the integral of this over time.
     */
    default double spmAt(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return startSpm() + (endSpm() - startSpm()) * f;
    }

    record Silent() implements ResolvedCadence {
        @Override
        public double startSpm() {
            return 0;
        }

        @Override
        public double endSpm() {
            return 0;
        }

        @Override
        public String describe() {
            return "-";
        }
    }

    record Steady(Cadence cadence) implements ResolvedCadence {
        public Steady {
            if (cadence == null) {
                throw new IllegalArgumentException("a steady cadence needs a cadence");
            }
        }

        @Override
        public double startSpm() {
            return cadence.stepsPerMinute();
        }

        @Override
        public double endSpm() {
            return cadence.stepsPerMinute();
        }

        @Override
        public String describe() {
            return cadence.format() + " spm";
        }
    }

    /** Tempo changes linearly in time from {@code from} at the segment start to {@code to} at its end. */
    record Ramp(Cadence from, Cadence to) implements ResolvedCadence {
        public Ramp {
            if (from == null || to == null) {
                throw new IllegalArgumentException("a cadence ramp needs a start and an end cadence");
            }
        }

        @Override
        public double startSpm() {
            return from.stepsPerMinute();
        }

        @Override
        public double endSpm() {
            return to.stepsPerMinute();
        }

        @Override
        public String describe() {
            return from.format() + "-" + to.format() + " spm";
        }
    }
}
