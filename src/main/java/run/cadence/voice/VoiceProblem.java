package run.cadence.voice;

import java.util.List;
import run.cadence.CadenceException;

/**
 * Why cues could not be spoken, as values: the CLI says what to do about it (which option to change, what to
 * install); this layer only says what happened. The message is a terse account for stack traces.
 */
public abstract sealed class VoiceProblem extends CadenceException
        permits VoiceProblem.UnknownEngine, VoiceProblem.NotInstalled, VoiceProblem.VoiceMissing,
        VoiceProblem.Silent {

    VoiceProblem(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    /** {@code typed} names no engine; {@code known} are the names that do. Bad input. */
    public static final class UnknownEngine extends VoiceProblem {
        private final String typed;
        private final List<String> known;

        public UnknownEngine(String typed, List<String> known) {
            super(Kind.BAD_INPUT, "unknown voice engine '" + typed + "'", null);
            this.typed = typed;
            this.known = List.copyOf(known);
        }

        public String typed() {
            return typed;
        }

        public List<String> known() {
            return known;
        }
    }

    /** The speech program {@code command} could not be started: it is not installed. Bad input: pick another voice. */
    public static final class NotInstalled extends VoiceProblem {
        private final String command;

        public NotInstalled(String command, Throwable cause) {
            super(Kind.BAD_INPUT, command + " could not be started", cause);
            this.command = command;
        }

        public String command() {
            return command;
        }
    }

    /** The built-in engine's voice {@code voice} is not in the program's jar: a broken installation. */
    public static final class VoiceMissing extends VoiceProblem {
        private final String voice;

        public VoiceMissing(String voice) {
            super(Kind.RUNTIME, "voice '" + voice + "' missing", null);
            this.voice = voice;
        }

        public String voice() {
            return voice;
        }
    }

    /** {@code engine} produced no sound for {@code phrase}. */
    public static final class Silent extends VoiceProblem {
        private final VoiceEngine engine;
        private final String phrase;

        public Silent(VoiceEngine engine, String phrase) {
            super(Kind.RUNTIME, engine.optionValue() + " produced no sound for '" + phrase + "'", null);
            this.engine = engine;
            this.phrase = phrase;
        }

        public VoiceEngine engine() {
            return engine;
        }

        public String phrase() {
            return phrase;
        }
    }
}
