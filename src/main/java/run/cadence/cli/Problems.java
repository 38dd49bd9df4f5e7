package run.cadence.cli;

import java.io.IOException;
import run.cadence.Cadence;
import run.cadence.NumberText;
import run.cadence.audio.io.AudioOutputProblem;
import run.cadence.audio.io.LivePlayer;
import run.cadence.session.CadenceProblem;
import run.cadence.session.UnknownSession;
import run.cadence.voice.VoiceEngine;
import run.cadence.voice.VoiceProblem;

/**
 * Where the lower layers' typed problems become sentences that name the option or command to change: those
 * layers report values, the CLI knows its options. Anything else already carries its one-line message.
 */
final class Problems {
    private Problems() {}

    static String describe(Exception e) {
        if (e instanceof AudioOutputProblem.NoLine n) {
            return n.device().map(d -> "could not open audio output '" + d + "'" + n.reason().map(r -> " (" + r + ")")
                    .orElse("") + "; see 'cadence devices', or render to a file with --out FILE.wav")
                    .orElse("no audio output device found; render to a file instead with --out FILE.wav");
        }
        if (e instanceof AudioOutputProblem.NoSuchDevice d) {
            return d.matches().isEmpty() ? "no output device matches '" + d.query() + "'; see 'cadence devices'"
                    : "'" + d.query() + "' matches " + d.matches().size()
                            + " devices; use more of the name (see 'cadence devices')";
        }
        if (e instanceof CadenceProblem.TargetOutOfRange t) {
            return "--baseline " + t.baseline().format() + " " + t.increase().describe() + " gives "
                    + spm(t.targetSpm()) + " spm, " + (t.over() ? "over " + spm(Cadence.MAX)
                            + "; lower --increase or --baseline" : "under " + spm(Cadence.MIN)
                            + "; raise --increase or --baseline");
        }
        if (e instanceof CadenceProblem.NeedsBaseline b) {
            return "a step in " + where(b.section()) + " asks for '" + b.asked().describe() + "', which is relative"
                    + " to your baseline cadence; give --baseline SPM (e.g. --baseline 164) or write an absolute"
                    + " cadence like 172spm";
        }
        if (e instanceof CadenceProblem.StepOutOfRange s) {
            return "a step in " + where(s.section()) + ": " + s.reason();
        }
        if (e instanceof UnknownSession u) {
            return u.typed().isBlank()
                    ? "no session given: name a built-in session ('cadence sessions' lists them) or a workout file"
                    : "unknown session '" + u.typed() + "'" + u.closest().map(n -> "; did you mean '" + n + "'?")
                            .orElse(u.startingWith().isEmpty() ? "; 'cadence sessions' lists them"
                                    : "; did you mean one of " + String.join(", ", u.startingWith()) + "?");
        }
        if (e instanceof VoiceProblem v) {
            return voice(v);
        }
        if (e instanceof LivePlayer.LineStalled) {
            return "the audio output stopped responding; try a larger --latency or another --device";
        }
        if (e instanceof IOException && e.getMessage() == null) {
            return e.getClass().getSimpleName();
        }
        return e.getMessage();
    }

    /** The voice's problems, with the option or package that fixes each. */
    static String voice(VoiceProblem problem) {
        if (problem instanceof VoiceProblem.UnknownEngine u) {
            return "unknown voice '" + u.typed() + "': expected one of " + String.join(", ", u.known())
                    + " (or --no-voice for tones)";
        }
        if (problem instanceof VoiceProblem.NotInstalled n) {
            return n.command() + " is not installed (or not on PATH); install it (Debian: apt install espeak-ng) or"
                    + " drop --voice espeak to use the built-in voice";
        }
        if (problem instanceof VoiceProblem.VoiceMissing m) {
            return "FreeTTS voice '" + m.voice() + "' is missing from the program's jar; reinstall cadence, or use"
                    + " --voice espeak or --no-voice";
        }
        VoiceProblem.Silent s = (VoiceProblem.Silent) problem;
        return (s.engine() == VoiceEngine.FREETTS ? "FreeTTS" : s.engine().optionValue()) + " could not speak '"
                + s.phrase() + "'; try " + (s.engine() == VoiceEngine.FREETTS ? "--voice espeak" : "the built-in voice")
                + " or --no-voice";
    }

    private static String where(String section) {
        return section.isEmpty() ? "the workout" : "section '" + section + "'";
    }

    private static String spm(double v) {
        return NumberText.rounded(v, 1);
    }
}
