package run.cadence.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;
import run.cadence.CadenceException;

/** Hidden {@code --today}: lets tests and "what if" checks plan as of another day. */
public final class TodayOption {
    @Option(names = "--today", hidden = true, paramLabel = "YYYY-MM-DD")
    String today;

    LocalDate date() {
        if (today == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw CadenceException.badInput("invalid date '" + today + "': expected YYYY-MM-DD");
        }
    }
}
