package run.cadence.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.session.Workout;

/** The next-session use case against a history in memory and a player that only remembers. */
class NextSessionTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T07:00:00Z");
    private final MemoryLog log = new MemoryLog(PlannerTest.READY.startingAt(Stage.FLAT_WALK_RUN, 0));
    private final List<Workout> played = new ArrayList<>();
    private PlayOutcome next = null;
    private IOException fail;
    private final SessionPlayer player = (w, baseline, out) -> () -> {
        played.add(w);
        if (fail != null) {
            throw fail;
        }
        return next != null ? next : PlayOutcome.completed(w.duration(), Duration.ZERO);
    };
    private final NextSession service = new NextSession(log, player, Clock.fixed(NOW, ZoneOffset.UTC),
            what -> what instanceof NextSession.Playing.Run ? "run" : "extra");
    private final List<NextSession.Playing> heard = new ArrayList<>();

    private NextSession.Outcome ask(NextSession.Ask ask, LocalDate day, Optional<Path> out) {
        return service.next(ask, day, out, heard::add);
    }

    @Test
    void aRunDayPlaysTheRunRecordsItAndKeepsTheLiveStart() {
        NextSession.Outcome o = ask(new NextSession.Ask.Today(false), D, Optional.empty());
        NextSession.Outcome.Played p = assertInstanceOf(NextSession.Outcome.Played.class, o);
        assertInstanceOf(NextSession.Playing.Run.class, p.what());
        assertEquals("run", played.get(0).name());
        assertEquals(SessionStatus.COMPLETED, log.history().runs().get(0).status());
        assertEquals(Optional.of(NOW), log.liveStart(p.id()));
        assertEquals(1, heard.size(), "told before playing");
        ask(new NextSession.Ask.Run(false), D.plusDays(2), Optional.of(Path.of("today.mp3")));
        assertEquals(Optional.empty(), log.liveStart(2), "a rendered session has no live start");
    }

    @Test
    void aDayWithoutARunPlaysStrengthOnceThenSaysSo() {
        ask(new NextSession.Ask.Today(false), D, Optional.empty());
        log.savePain(1, new PainReport(0, 0, null, false, null));
        NextSession.Outcome strength = ask(new NextSession.Ask.Today(false), D.plusDays(1), Optional.empty());
        NextSession.Playing.Extra e = assertInstanceOf(NextSession.Playing.Extra.class,
                ((NextSession.Outcome.Played) strength).what());
        assertInstanceOf(StrengthSession.class, e.session());
        assertInstanceOf(NextSession.Outcome.RestDay.class, ask(new NextSession.Ask.Today(false), D.plusDays(1),
                Optional.empty()));
        assertEquals(1, log.history().runs().size());
    }

    @Test
    void aFlareWaitsForTheRunnerToSayItSettledAndThePainKeyIsRecorded() {
        next = PlayOutcome.stopped(Duration.ofMinutes(12), Duration.ofMinutes(4), PlayOutcome.StopReason.PAIN);
        ask(new NextSession.Ask.Today(false), D, Optional.empty());
        assertTrue(log.history().runs().get(0).stoppedForPain());
        next = null;
        assertInstanceOf(NextSession.Outcome.AwaitingSettled.class, ask(new NextSession.Ask.Run(false), D.plusDays(3),
                Optional.empty()));
        NextSession.Outcome asked = service.next(new NextSession.Ask.Run(false), D.plusDays(3), Optional.empty(),
                new NextSession.Listener() {
                    @Override
                    public void playing(NextSession.Playing what) {}

                    @Override
                    public boolean settled(Reason.AwaitSettled flare) {
                        assertEquals(D, flare.flareDay());
                        return true;
                    }
                });
        NextSession.Playing.Run run = assertInstanceOf(NextSession.Playing.Run.class,
                ((NextSession.Outcome.Played) asked).what());
        assertEquals(Decision.STEP_BACK, run.decision().decision());
        assertTrue(log.writes.contains("settled 1"));
    }

    @Test
    void aFailedPlayIsRecordedAtZeroAndReported() {
        fail = new IOException("no audio line");
        NextSession.Outcome o = ask(new NextSession.Ask.Today(false), D, Optional.empty());
        assertEquals("no audio line", assertInstanceOf(NextSession.Outcome.Failed.class, o).cause().getMessage());
        PastSession s = log.history().runs().get(0);
        assertEquals(SessionStatus.STOPPED_EARLY, s.status());
        assertEquals(0, s.doneSeconds());
        assertEquals(List.of(), log.history().runsDone());
    }

    @Test
    void noProfileAndNotReadyAreOutcomesNotPlays() {
        MemoryLog empty = new MemoryLog(null);
        assertInstanceOf(NextSession.Outcome.NoProfile.class, new NextSession(empty, player, Clock.systemUTC(),
                w -> "x").next(new NextSession.Ask.Today(false), D, Optional.empty(), w -> { }));
        log.profile = Profile.startingWith(new Cadence(164), "x").startingAt(Stage.FLAT_WALK_RUN, 0);
        assertInstanceOf(NextSession.Outcome.NotReady.class, ask(new NextSession.Ask.Run(false), D, Optional.empty()));
        assertTrue(played.isEmpty());
    }

    @Test
    void aMorningReportAloneGoesToTheRunAStrengthSessionCameAfter() {
        ask(new NextSession.Ask.Today(false), D, Optional.empty());
        log.savePain(1, new PainReport(1, 1, null, false, null));
        ask(new NextSession.Ask.Strength(), D.plusDays(1), Optional.empty());
        log.savePain(2, new PainReport(0, 0, null, false, null));
        PainEntry morning = new PainEntry(null, null, 0, false, null);
        assertEquals(1, morning.target(log.history()).orElseThrow().id());
        assertEquals(2, new PainEntry(1, 1, null, false, null).target(log.history()).orElseThrow().id());
        assertInstanceOf(PainEntry.Merge.NeedsDuringAndAfter.class, morning.onto(Optional.empty()));
        assertEquals(new PainReport(1, 1, 0, false, null),
                ((PainEntry.Merge.Report) morning.onto(Optional.of(new PainReport(1, 1, null, false, null)))).report());
    }

    /** Bad input found while the play is got ready (an output path, a cue recording) leaves the history untouched. */
    @Test
    void aPlayRefusedWhilePreparingRecordsNothing() {
        SessionPlayer refusing = (w, baseline, out) -> {
            throw run.cadence.CadenceException.badInput("cannot write 'x.wav'");
        };
        NextSession refused = new NextSession(log, refusing, Clock.fixed(NOW, ZoneOffset.UTC), what -> "run");
        List<String> before = List.copyOf(log.writes);
        org.junit.jupiter.api.Assertions.assertThrows(run.cadence.CadenceException.class,
                () -> refused.next(new NextSession.Ask.Today(false), D, Optional.empty(), heard::add));
        assertEquals(before, log.writes);
        assertEquals(List.of(), log.history().runs());
    }
}
