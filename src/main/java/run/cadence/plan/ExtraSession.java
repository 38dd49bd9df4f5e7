package run.cadence.plan;

import run.cadence.session.Workout;

/**
 * A session that is not running: hip strength, or cross-training on a day without a run. Played and recorded
 * like a run, with a pain report, but never counted as running or in the running load.
 */
public sealed interface ExtraSession permits StrengthSession, CrossSession {
    Workout workout();

    default int totalSeconds() {
        return (int) workout().duration().toSeconds();
    }
}
