package run.cadence.session;

import java.time.Duration;
import run.cadence.Cadence;

/** Numbers, durations and cadences as a runner says them: 172 spm is "one seventy two". */
public final class SpokenNumbers {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private SpokenNumbers() {}

    /** 0 to 9999 in words: "one hundred and five" is avoided; "one hundred five". */
    public static String number(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("cannot say " + n);
        }
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
        }
        if (n < 1000) {
            return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + number(n % 100));
        }
        return number(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + number(n % 1000));
    }

    /**
     * A cadence the way runners say it, to the nearest half step: 172 is "one seventy two", 172.5 "one seventy
     * two and a half", 105 "one oh five", 100 "one hundred", 90 "ninety". The metronome keeps the exact rate.
     */
    public static String cadence(Cadence cadence) {
        long halves = Math.round(cadence.stepsPerMinute() * 2);
        int whole = (int) (halves / 2);
        boolean half = halves % 2 != 0;
        String words;
        if (whole < 100) {
            words = number(whole);
        } else {
            int rest = whole % 100;
            String tail = rest == 0 ? "hundred" : rest < 10 ? "oh " + ONES[rest] : number(rest);
            words = ONES[whole / 100] + " " + tail;
        }
        return half ? words + " and a half" : words;
    }

    /**
     * A duration to the nearest second: "thirty seconds", "one minute", "one minute thirty", "four minutes",
     * "one hour five minutes".
     */
    public static String duration(Duration d) {
        long total = Math.round(Frames.seconds(d));
        if (total < 1) {
            total = 1;
        }
        long h = total / 3600;
        long m = (total % 3600) / 60;
        long s = total % 60;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(unit(h, "hour"));
        }
        if (m > 0) {
            b.append(b.length() > 0 ? " " : "").append(unit(m, "minute"));
        }
        if (s > 0) {
            if (b.length() == 0) {
                b.append(unit(s, "second"));
            } else if (h == 0) {
                // Runners say "one minute thirty", not "one minute thirty seconds".
                b.append(' ').append(number((int) s));
            } else {
                b.append(' ').append(unit(s, "second"));
            }
        }
        return b.toString();
    }

    private static String unit(long n, String unit) {
        return number((int) n) + " " + unit + (n == 1 ? "" : "s");
    }
}
