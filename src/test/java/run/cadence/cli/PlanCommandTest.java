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
                + "  Stop rule: stop and walk if pain rises above 3 out of 10, or if you start to limp.\n"
                + "Between runs: hip strength, Fredericson 1x15 (cadence next plays it on a day without a run)."
                + " Fredericson program at 1x15: 0 of 4 sessions without pain before the dose grows (to 3x30 at"
                + " most).\n",
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
        assertTrue(table.contains("  6  2026-12-07  1      uphill treadmill walk 45 min"), table);
        assertTrue(table.contains("  7  2026-12-10  2      uphill treadmill walk-run 2/1 x10"), table);
        assertTrue(table.contains("  8  2026-12-12  2      uphill treadmill walk-run 2/1 x10"), table);
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
        assertTrue(json.contains("\"date\": \"2026-11-26\", \"decision\": \"start\", \"awaiting_settled\": false,"
                + " \"stage\": 4"), json);
        assertTrue(json.contains("\"workout\": \"# Stage 4: 30 min continuous run, flat\\nWarmup\\n- 5m walk \\\"Stop"),
                json);
        assertTrue(json.contains("\"reasons\": [{\"reason\": \"start\", \"stage\": \"flat_continuous\", \"session\": {\"level\":"),
                json);
        // From a standing start a week holds one early walk-run week of load (180): one 30-minute run (100) fits.
        assertTrue(json.contains("{\"reason\": \"load_wait\", \"tried\": \"2026-11-28\", \"until\": \"2026-12-03\","
                + " \"window\": {\"days\": 7, \"end\": \"2026-11-28\", \"load\": 200, \"reference\": 0, \"allowed\": 180,"
                + " \"growth_percent\": 10}, \"text\": \"Resting until Thu 3 Dec: on Sat 28 Nov, the 7 days to Sat 28 Nov would"
                + " carry a load of 200, more than the 180 a week may hold from a standing start (one early walk-run"
                + " week); load is minutes on your feet with a running minute counted three times.\"}"), json);
        assertTrue(json.contains("\"date\": \"2026-12-03\", \"decision\": \"repeat\""), json);
    }

    @Test
    void badAheadIsExitTwo() {
        assertEquals(0, cadence("profile", "--baseline", "164").exitCode());
        CliRunner r = cadence("plan", "--ahead", "0");
        assertEquals(2, r.exitCode());
        assertEquals("cadence: error: --ahead 0 is outside 1-200", r.errLines()[0]);
    }
}
