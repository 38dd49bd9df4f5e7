package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import run.cadence.plan.Decision;
import run.cadence.plan.PainReport;
import run.cadence.plan.PlanDecision;
import run.cadence.plan.PlannedSession;
import run.cadence.plan.Program;
import run.cadence.plan.Reason;

class PlanWordsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final PlannedSession LEVEL = Program.rampingTo(5).level(8);

    /** Every kind of reason the planner can give has words, and so has every value of its enums. */
    @Test
    void everyReasonHasWords() throws Exception {
        int kinds = 0;
        for (Class<?> kind : Reason.class.getPermittedSubclasses()) {
            RecordComponent[] parts = kind.getRecordComponents();
            List<Object[]> variants = variants(parts);
            for (Object[] args : variants) {
                Constructor<?> c = kind.getDeclaredConstructor(types(parts));
                Reason r = (Reason) c.newInstance(args);
                PlanDecision d = new PlanDecision(LEVEL.withClickPercent(50), DAY, Decision.REPEAT, List.of(r));
                String words = PlanWords.say(r, d);
                assertFalse(words.isBlank(), kind.getSimpleName());
                assertFalse(words.contains("null") || words.contains("NaN"), kind.getSimpleName() + ": " + words);
            }
            kinds++;
        }
        assertTrue(kinds > 30, kinds + " kinds");
    }

    /** One instance per value of the record's enum component (if it has one), typical values elsewhere. */
    private static List<Object[]> variants(RecordComponent[] parts) {
        java.util.ArrayList<Object[]> out = new java.util.ArrayList<>();
        int enumAt = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].getType().isEnum()) {
                enumAt = i;
            }
        }
        Object[] values = enumAt < 0 ? new Object[] {null} : parts[enumAt].getType().getEnumConstants();
        for (Object v : values) {
            Object[] args = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                args[i] = i == enumAt ? v : value(parts[i].getType());
            }
            out.add(args);
        }
        return out;
    }

    private static Class<?>[] types(RecordComponent[] parts) {
        Class<?>[] t = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            t[i] = parts[i].getType();
        }
        return t;
    }

    private static Object value(Class<?> type) {
        if (type == int.class) {
            return 2;
        }
        if (type == double.class) {
            return 172.4;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return DAY;
        }
        if (type == OptionalInt.class) {
            return OptionalInt.of(2);
        }
        if (type == PlannedSession.class) {
            return LEVEL;
        }
        if (type == PainReport.class) {
            return new PainReport(4, 3, 2, false, null);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            RecordComponent[] parts = type.getRecordComponents();
            Object[] args = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                args[i] = value(parts[i].getType());
            }
            try {
                return type.getDeclaredConstructor(types(parts)).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no test value for " + type);
    }

    @Test
    void theIssuesExampleReadsAsAPhysioWouldSayIt() {
        Reason back = new Reason.ClicksBack(168.3, 172.2, 75);
        PlanDecision d = new PlanDecision(LEVEL.withClickPercent(75), DAY, Decision.REPEAT, List.of(back));
        assertEquals("Cadence on your last run 168.3 spm, target 172.2: clicks back to 75% of each run.",
                PlanWords.say(back, d));
    }

    @Test
    void aDoseBackSaysWhetherItWasPainALimpOrThePainKey() {
        PlanDecision d = new PlanDecision(LEVEL, DAY, Decision.REPEAT, List.of(new Reason.ProgramComplete(0)));
        assertEquals("The dose goes back to 2x15: pain 5/10 in the last strength session. Stop short of pain.",
                PlanWords.say(new Reason.StrengthBack(2, 15, OptionalInt.of(5), false, false), d));
        assertEquals("The dose goes back to 1x15: you limped during or after the last strength session (pain 2/10)."
                + " Stop short of pain.", PlanWords.say(new Reason.StrengthBack(1, 15, OptionalInt.of(2), true, false), d));
        assertEquals("The dose goes back to 1x15: you stopped the last strength session for pain. Stop short of pain.",
                PlanWords.say(new Reason.StrengthBack(1, 15, OptionalInt.empty(), false, true), d));
    }
}
