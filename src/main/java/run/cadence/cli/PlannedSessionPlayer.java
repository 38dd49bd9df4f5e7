package run.cadence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import run.cadence.Cadence;
import run.cadence.audio.ClickOptions;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.ClickSounds;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.PlayOutcome;
import run.cadence.plan.SessionPlayer;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.WorkoutParser;
import run.cadence.voice.VoiceSettings;

/**
 * Plays the planner's sessions ({@code cadence next}, {@code cadence export plan}) through the same
 * {@link SessionRunner} as {@code cadence run}: the planned workout text is parsed, compiled against the
 * runner's baseline and played live or rendered.
 */
public final class PlannedSessionPlayer implements SessionPlayer {
    private final SessionRunner runner;

    PlannedSessionPlayer(SessionRunner runner) {
        this.runner = runner;
    }

    /**
     * The player {@code Main} installs: the built-in voice, the default click at 44.1 kHz mono, the sound card
     * and the keyboard, printing to {@code out}.
     */
    public static PlannedSessionPlayer standard(PrintWriter out) {
        RenderFormat format = RenderFormat.MONO_44K;
        SessionRunner.Setup setup = new SessionRunner.Setup(VoiceSettings.DEFAULT, format,
                ClickSounds.load("woodblock", format.sampleRate()), ClickOptions.DEFAULT, null, 25);
        return new PlannedSessionPlayer(new SessionRunner(out, setup, LiveOutput.SOUND_CARD, System.in,
                System.console() != null));
    }

    @Override
    public PlayOutcome play(PlannedSession session, Cadence baseline, Optional<Path> out) throws IOException {
        Timeline timeline = Timeline.compile(WorkoutParser.parse("planned session", session.title(),
                session.workoutText()), SessionSettings.withBaseline(baseline));
        return runner.play(timeline, out);
    }
}
