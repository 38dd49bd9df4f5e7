package run.cadence.cli;

import run.cadence.plan.ExtraSession;
import run.cadence.plan.PlannedSession;
import run.cadence.session.Workout;

/** The planner's workouts with a description in words, for people reading or saving them. */
final class SessionWorkouts {
    private SessionWorkouts() {}

    static Workout forPeople(PlannedSession s) {
        Workout w = s.workout();
        return new Workout(w.name(), PlannedText.title(s), w.sections());
    }

    static Workout forPeople(ExtraSession s) {
        Workout w = s.workout();
        return new Workout(w.name(), PlanPrinter.capital(PlannedText.describe(s)), w.sections());
    }
}
