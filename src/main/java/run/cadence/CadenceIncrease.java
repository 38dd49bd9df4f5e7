package run.cadence;

import java.util.Locale;

/** How far above the runner's baseline the target lies: a percentage or an absolute step count. */
public sealed interface CadenceIncrease {

    /** Applies the increase to a baseline. */
    default Cadence apply(Cadence baseline) {
        return new Cadence(targetSpm(baseline));
    }

    /** The target in steps per minute, unchecked: it may fall outside what a {@link Cadence} allows. */
    double targetSpm(Cadence baseline);

    /** "+5%" or "+8 spm". */
    String describe();

    /** The physio's default: +5% (Heiderscheit et al. 2011). */
    CadenceIncrease DEFAULT = new Percent(5);

    record Percent(double percent) implements CadenceIncrease {
        public Percent {
            if (!(percent >= -20 && percent <= 20)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "increase %s%% is outside -20%%..+20%%; raise step rate in small steps (5%% is typical)",
                        NumberText.plain(percent)));
            }
        }

        @Override
        public double targetSpm(Cadence baseline) {
            return Cadence.percentAbove(baseline.stepsPerMinute(), percent);
        }

        @Override
        public String describe() {
            return (percent >= 0 ? "+" : "") + NumberText.plain(percent) + "%";
        }
    }

    record Absolute(double stepsPerMinute) implements CadenceIncrease {
        public Absolute {
            if (!(stepsPerMinute >= -40 && stepsPerMinute <= 40)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "increase %s spm is outside -40..+40 steps per minute", NumberText.plain(stepsPerMinute)));
            }
        }

        @Override
        public double targetSpm(Cadence baseline) {
            return baseline.stepsPerMinute() + stepsPerMinute;
        }

        @Override
        public String describe() {
            return (stepsPerMinute >= 0 ? "+" : "") + NumberText.plain(stepsPerMinute) + " spm";
        }
    }

    /**
     * Parses "5%", "+7.5%", "+8" (steps per minute) or "8spm".
     *
     * @throws IllegalArgumentException naming the problem
     */
    static CadenceIncrease parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("spm")) {
            t = t.substring(0, t.length() - 3);
        }
        double value;
        try {
            if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                throw new NumberFormatException();
            }
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid increase '" + text
                    + "': expected a percentage like 5% or 7.5%, or steps per minute like +8");
        }
        return percent ? new Percent(value) : new Absolute(value);
    }

}
