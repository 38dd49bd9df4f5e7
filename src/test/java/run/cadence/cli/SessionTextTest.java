package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import run.cadence.Cadence;
import run.cadence.CadenceException;
import run.cadence.audio.RenderFormat;
import run.cadence.audio.io.OutputFile;
import run.cadence.play.CuePhrases;
import run.cadence.play.LiveSession;
import run.cadence.play.LiveStatus;
import run.cadence.play.Score;
import run.cadence.plan.PlayOutcome;
import run.cadence.session.CuePlan;
import run.cadence.session.SessionProgress;
import run.cadence.session.SessionSettings;
import run.cadence.session.Timeline;
import run.cadence.session.WorkoutParser;
import run.cadence.voice.CueClips;
import run.cadence.voice.CueTones;

class SessionTextTest {
    static final int RATE = 8_000;
    static final Timeline T = Timeline.compile(WorkoutParser.parse("t", "t",
            "Warmup\n- 1m walk\nMain 2x\n- 2m run\n- 1m walk\nEnd\n- 1m run 160-176spm click 50%\n"),
            SessionSettings.withBaseline(new Cadence(164)));
    static final Score SCORE;

    static {
        CuePlan plan = CuePlan.of(T);
        SCORE = Score.of(T, plan, CueClips.prepare(new CueTones(), CuePhrases.distinct(T, plan), RATE),
                new RenderFormat(RATE, 1));
    }

    static String status(int seconds, boolean paused) {
        return SessionText.status(LiveSession.statusAt(T, SCORE, new SessionProgress(T, RATE, SCORE.stepStarts()),
                (long) seconds * RATE, paused));
    }

    @Test
    void statusSaysTheStepTimeLeftInItAndInAllAndWhatComesNext() {
        assertEquals("Walk  00:50 left  |  07:50 to go  |  next: Run 02:00 172.2 spm", status(10, false));
        assertEquals("PAUSED  Run 172.2 spm  01:30 left  |  06:30 to go  |  next: Walk 01:00", status(90, true));
        // The ramp clicks for its first half: 160 → 168 spm, at 15 s it is at 164; then it runs on silently.
        assertEquals("Run 164 spm  00:45 left  |  00:45 to go  |  next: finish", status(7 * 60 + 15, false));
        assertEquals("Run  00:15 left  |  00:15 to go  |  next: finish", status(7 * 60 + 45, false));
        assertEquals("Finished  08:00", status(8 * 60 + 1, false));
    }

    @Test
    void aMetronomeStatusSaysTempoTimeAndSteps() {
        assertEquals("playing  172.2 spm  01:05  187 steps",
                SessionText.status(new LiveStatus.Metronome(false, Duration.ofSeconds(65), 172.2, 187)));
        assertEquals("PAUSED   172.2 spm  01:05  187 steps",
                SessionText.status(new LiveStatus.Metronome(true, Duration.ofSeconds(65), 172.2, 187)));
        // One way to write a cadence: the status line as the headline and "next:" write it.
        assertEquals("playing  172 spm  00:00  1 step",
                SessionText.status(new LiveStatus.Metronome(false, Duration.ZERO, 172.0, 1)));
    }

    @Test
    void underrunsReadAsTheyDidWithFormat() {
        assertEquals("0 underruns", LiveConsole.underruns(0, 0));
        assertEquals("1 underrun (0.04 s of silence)", LiveConsole.underruns(1, 0.04));
        assertEquals("2 underruns (0.50 s of silence)", LiveConsole.underruns(2, 0.5));
        assertEquals("12 underruns (2.35 s of silence)", LiveConsole.underruns(12, 2.349));
        assertEquals("3 underruns (10.07 s of silence)", LiveConsole.underruns(3, 10.07));
    }

    @Test
    void theStatusLineIsAppendedWithNextToNoGarbage() {
        // Redrawn five times a second for a whole run: String.format made 6.5 KB a redraw, enough garbage for a
        // young collection every few minutes, and a collection stops the audio thread too.
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        LiveStatus metronome = new LiveStatus.Metronome(false, Duration.ofSeconds(3599), 172.2, 10_321);
        LiveStatus step = LiveSession.statusAt(T, SCORE, new SessionProgress(T, RATE, SCORE.stepStarts()), 10L * RATE,
                false);
        StringBuilder line = new StringBuilder(200);
        long before = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < 10_000; i++) {
                line.setLength(0);
                SessionText.status(i % 2 == 0 ? metronome : step, line);
            }
        }
        long perRedraw = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / 10_000;
        assertEquals("playing  172.2 spm  59:59  10321 steps", SessionText.status(metronome));
        assertTrue(perRedraw < 400, perRedraw + " bytes a redraw");
    }

    @Test
    void reportSaysWhatWasDoneAndWhyItStopped() {
        SessionProgress p = new SessionProgress(T, RATE, SCORE.stepStarts());
        p.skipFrom(30L * RATE);
        SessionProgress.Report stopped = p.report(4L * 60 * RATE);
        assertEquals("Stopped after 03:30: 2 of 6 steps completed, 02:00 running; skipped 1 step (00:30).",
                SessionText.describe(stopped, PlayOutcome.stopped(stopped.played(), stopped.running(),
                        PlayOutcome.StopReason.RUNNER)));
        assertEquals("Stopped for pain after 03:30: 2 of 6 steps completed, 02:00 running; skipped 1 step (00:30).",
                SessionText.describe(stopped, PlayOutcome.stopped(stopped.played(), stopped.running(),
                        PlayOutcome.StopReason.PAIN)));
        SessionProgress.Report done = p.report(9L * 60 * RATE);
        // Skipping a step is not completing the session: it says it reached the end, and what was skipped.
        assertEquals("Reached the end with 1 step skipped (00:30): 07:30 played, 5 of 6 steps, 05:00 running.",
                SessionText.describe(done, new PlayOutcome.Completed(done.played(), done.running(), 1)));
        SessionProgress.Report whole = new SessionProgress(T, RATE, SCORE.stepStarts()).report(9L * 60 * RATE);
        assertEquals("Session complete: 08:00, 6 of 6 steps, 05:00 running.",
                SessionText.describe(whole, PlayOutcome.completed(whole.played(), whole.running())));
    }

    @Test
    void outputFormatComesFromTheExtension() {
        assertEquals(OutputFile.WAV, OutputFile.of(java.nio.file.Path.of("a/b.WAV")));
        assertEquals(OutputFile.MP3, OutputFile.of(java.nio.file.Path.of("b.mp3")));
        CadenceException e = org.junit.jupiter.api.Assertions.assertThrows(CadenceException.class,
                () -> OutputFile.of(java.nio.file.Path.of("b.ogg")));
        assertEquals(CadenceException.Kind.BAD_INPUT, e.kind());
    }
}
