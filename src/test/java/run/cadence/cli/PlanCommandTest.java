package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanCommandTest extends HistoryCli {

    @Test
    void showsTodaysSessionAndWhy() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "3", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        CliRunner r = cadence("plan", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("Baseline 164 spm, target 172.2 spm (+5%)\n"
                + "Stage 3 of 6: flat walk-run\n"
                + "Today (Thu 26 Nov): flat walk-run 3/2 x6, 40 min in all, runs at 172.2 spm (+5%)\n"
                + "  Starting stage 3 (flat walk-run): flat walk-run 3/2 x6.\n"
                + "Alongside: hip strength, late stage, 2-3 times a week: side-lying hip abduction and standing hip"
                + " hike (build 1x15 to 3x30), clamshells, glute bridge with 5 s holds.\n",
                r.out().replace("\r\n", "\n"));
    }

    @Test
    void previewListsTheNextSessions() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--walk-check", "pass", "--hop-check", "pass")
                .exitCode());
        CliRunner r = cadence("plan", "--ahead", "8", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        String table = r.out().substring(r.out().indexOf("  #  date"));
        assertEquals(9, table.split("\\R").length, table);
        assertTrue(table.contains("  7  2026-12-10  2      uphill treadmill walk-run 5/1 x6"), table);
        assertTrue(table.contains("  8  2026-12-12  2      uphill treadmill walk-run 5/1 x6"), table);
        assertTrue(lines.length > 9);
    }

    @Test
    void jsonHasTheSessionsAndTheirWorkouts() {
        assertEquals(0, cadence("profile", "--baseline", "164", "--stage", "4", "--walk-check", "pass", "--hop-check", "pass").exitCode());
        CliRunner r = cadence("plan", "--json", "--ahead", "2", "--today", "2026-11-26");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{\n  \"today\": \"2026-11-26\",\n  \"baseline_spm\": 164,\n  \"target_spm\": 172.2,"),
                json);
        assertTrue(json.contains("\"walk_minutes\": 0, \"run_minutes\": 14, \"repeats\": 2, \"total_minutes\": 38,"
                + " \"running_minutes\": 28,"), json);
        assertTrue(json.contains("\"cadence_increase_percent\": 5, \"target_spm\": 172.2, \"click_percent\": "),
                json);
        assertTrue(json.contains("\"date\": \"2026-11-26\", \"decision\": \"start\", \"stage\": 4"), json);
        assertTrue(json.contains("\"workout\": \"# Stage 4: 28 min continuous run, flat\\nWarmup\\n- 5m walk\\n"),
                json);
        assertTrue(json.contains("\"date\": \"2026-11-28\", \"decision\": \"repeat\""), json);
    }

    @Test
    void badAheadIsExitTwo() {
        assertEquals(0, cadence("profile", "--baseline", "164").exitCode());
        CliRunner r = cadence("plan", "--ahead", "0");
        assertEquals(2, r.exitCode());
        assertEquals("cadence: error: --ahead 0 is outside 1-200", r.errLines()[0]);
    }
}
