package run.cadence.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Each request runs on a thread of its own: a real-time JUnit thread would carry on into every later test. */
class RealTimePriorityTest {
    private static final int SCHED_OTHER = 0;
    private static final int SCHED_FIFO = 1;

    record Seen(RealTimePriority.Outcome outcome, int policyAfter) {}

    static <T> T onAThreadOfItsOwn(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        t.start();
        return result.get(20, TimeUnit.SECONDS);
    }

    static Seen requestOnce() {
        RealTimePriority.Outcome o = RealTimePriority.requestForThisThread();
        return new Seen(o, o == RealTimePriority.Outcome.UNAVAILABLE ? -1 : RealTimePriority.policyOfThisThread());
    }

    @Test
    void theThreadIsRealTimeExactlyWhenTheRequestSaysSo() throws Exception {
        Seen seen = onAThreadOfItsOwn(RealTimePriorityTest::requestOnce);
        assumeTrue(seen.outcome() != RealTimePriority.Outcome.UNAVAILABLE, "not Linux");
        switch (seen.outcome()) {
            case GRANTED -> assertEquals(SCHED_FIFO, seen.policyAfter(), "granted, so FIFO");
            case REFUSED -> assertEquals(SCHED_OTHER, seen.policyAfter(), "refused, so left at normal priority");
            default -> throw new AssertionError("a new thread is not real-time yet: " + seen);
        }
    }

    @Test
    void aThreadAlreadyRealTimeIsLeftAsItWas() throws Exception {
        Seen[] twice = onAThreadOfItsOwn(() -> new Seen[] {requestOnce(), requestOnce()});
        assumeTrue(twice[0].outcome() == RealTimePriority.Outcome.GRANTED, "this system refuses real-time: " + twice[0]);
        assertEquals(new Seen(RealTimePriority.Outcome.ALREADY, SCHED_FIFO), twice[1]);
    }

    @Test
    void onlyTheCallingThreadIsRaised() throws Exception {
        int[] policies = onAThreadOfItsOwn(() -> {
            Seen raised = requestOnce();
            int[] other = new int[1];
            Thread sibling = new Thread(() -> other[0] = RealTimePriority.policyOfThisThread());
            sibling.start();
            try {
                sibling.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new int[] {raised.policyAfter(), other[0]};
        });
        assumeTrue(policies[0] == SCHED_FIFO, "this system refuses real-time");
        assertEquals(SCHED_OTHER, policies[1], "a thread the raised one starts begins at normal priority");
        assertEquals(SCHED_OTHER, RealTimePriority.policyOfThisThread(), "the test's own thread is untouched");
    }
}
