package run.cadence.audio.io;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * Real-time scheduling for the thread that feeds a live device, where the system grants it (root, or a user with an
 * {@code rtprio} limit, as the Debian {@code audio} group gets for JACK): the way JACK and PipeWire clients keep
 * their audio threads ahead of other work. At normal priority, a thread waking for room shares a core with whatever
 * else is running, and measured with a core kept busy for an hour at a 15 ms buffer (README, "Live latency,
 * measured") a few of those waits outlasted the buffer. Java's own thread priorities do nothing on Linux.
 *
 * <p>Linux only, through JNA (as {@link Alsa}); elsewhere, or without JNA, the thread stays as it is.
 */
final class RealTimePriority {
    /**
     * Just below PulseAudio's own real-time threads (its default {@code realtime-priority} is 5), so the server that
     * takes the frames is never kept waiting by the client that gives them; above every normal process.
     */
    static final int PRIORITY = 4;

    private static final int SCHED_OTHER = 0;
    private static final int SCHED_FIFO = 1;
    /** Threads the raised one starts (a decoder, say) begin at normal priority rather than inherit real-time. */
    private static final int SCHED_RESET_ON_FORK = 0x40000000;
    private static final int EPERM = 1;
    private static final Throwable LOAD_FAILURE = load();

    /** What became of the request. */
    enum Outcome {
        /** The thread now runs under {@code SCHED_FIFO} at {@link #PRIORITY}. */
        GRANTED,
        /** The thread was already real-time (started under {@code chrt}, say) and was left as it was. */
        ALREADY,
        /** The system refused (no {@code rtprio} limit for this user): normal priority. */
        REFUSED,
        /** Not Linux, or JNA could not load: normal priority. */
        UNAVAILABLE
    }

    private RealTimePriority() {}

    private static Throwable load() {
        try {
            if (!Platform.isLinux()) {
                return new UnsupportedOperationException("not Linux");
            }
            Native.register(RealTimePriority.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
            return null;
        } catch (LinkageError | RuntimeException e) {
            return e;
        }
    }

    /** Asks for real-time scheduling for the calling thread only (Linux schedules threads, and pid 0 is the caller). */
    static Outcome requestForThisThread() {
        if (LOAD_FAILURE != null) {
            return Outcome.UNAVAILABLE;
        }
        try {
            if (policyOfThisThread() != SCHED_OTHER) {
                return Outcome.ALREADY;
            }
            Memory param = new Memory(Integer.BYTES); // struct sched_param { int sched_priority; }
            param.setInt(0, PRIORITY);
            sched_setscheduler(0, SCHED_FIFO | SCHED_RESET_ON_FORK, param);
            return Outcome.GRANTED;
        } catch (LastErrorException e) {
            return e.getErrorCode() == EPERM ? Outcome.REFUSED : Outcome.UNAVAILABLE;
        }
    }

    /** The calling thread's policy: 0 normal, 1 FIFO, 2 round-robin; for tests. */
    static int policyOfThisThread() {
        return sched_getscheduler(0) & ~SCHED_RESET_ON_FORK;
    }

    private static native int sched_getscheduler(int pid) throws LastErrorException;

    private static native int sched_setscheduler(int pid, int policy, Pointer param) throws LastErrorException;
}
