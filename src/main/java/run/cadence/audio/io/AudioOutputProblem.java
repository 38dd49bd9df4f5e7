package run.cadence.audio.io;

import java.util.List;
import java.util.Optional;
import run.cadence.CadenceException;

/**
 * Why live output could not start, as values: the CLI says what to do about it (which options to change), not
 * this layer. The message is a terse account for stack traces.
 */
public abstract sealed class AudioOutputProblem extends CadenceException
        permits AudioOutputProblem.NoLine, AudioOutputProblem.NoSuchDevice {

    AudioOutputProblem(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    /** No line could be opened, on the default device or on {@code device}. A runtime failure: no sound card. */
    public static final class NoLine extends AudioOutputProblem {
        private final String device;
        private final String reason;

        NoLine(String device, Throwable cause) {
            this(device, null, cause);
        }

        /** @param reason the device's own words for the refusal ("ALSA: Device or resource busy"), or null */
        NoLine(String device, String reason, Throwable cause) {
            super(Kind.RUNTIME, "no audio line" + (device == null ? "" : " on '" + device + "'")
                    + (reason == null ? "" : " (" + reason + ")"), cause);
            this.device = device;
            this.reason = reason;
        }

        /** The device's own words for the refusal, when it gave some. */
        public Optional<String> reason() {
            return Optional.ofNullable(reason);
        }

        /** The device asked for; empty for the default. */
        public Optional<String> device() {
            return Optional.ofNullable(device);
        }
    }

    /** The device asked for matches no output, or several ({@code matches}). Bad input. */
    public static final class NoSuchDevice extends AudioOutputProblem {
        private final String query;
        private final List<String> matches;

        NoSuchDevice(String query, List<String> matches) {
            super(Kind.BAD_INPUT, "device '" + query + "' matches " + matches.size() + " outputs", null);
            this.query = query;
            this.matches = List.copyOf(matches);
        }

        public String query() {
            return query;
        }

        /** The outputs whose names contain the query: none, or more than one. */
        public List<String> matches() {
            return matches;
        }
    }
}
