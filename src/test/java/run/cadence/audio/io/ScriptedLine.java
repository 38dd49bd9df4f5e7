package run.cadence.audio.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Control;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.SourceDataLine;

/**
 * A {@link SourceDataLine} whose device plays on a virtual clock, so a test can script what a real line does:
 * a writer held up (a stall), a device slower than its rate, a position reported in coarse steps with the
 * underrun noticed late (PulseAudio through ALSA), a device that runs on through an underrun, or one that takes
 * seconds to restart (PulseAudio's null sink). Like Java Sound on ALSA, a device that runs dry stops (its
 * position stays on the last frame written) and the next write restarts it; a blocked write polls every
 * millisecond, as {@code DirectAudioDevice} does. It keeps every frame written and the clock time each one
 * played, so a test can hear what a listener heard, and when.
 */
final class ScriptedLine implements SourceDataLine {
    private static final long POLL_NANOS = 1_000_000;

    final int rate;
    final int bufferFrames;
    /** Device frames per frame of the format's rate: below 1 plays slow. */
    double speed = 1;
    /** Position and free space move in steps of this many frames (PulseAudio: a period). */
    int reportStep = 1;
    /** A running line never reports fewer than one frame held, as ALSA's PulseAudio plugin does. */
    boolean keepsOneFrame;
    /** The first reading after the device ran dry still shows the old state (the report is on its way). */
    boolean noticesLate;
    /** The underrun shows in no reading at all, only to the next write, which restarts the device. */
    boolean onlyWriteNotices;
    /** The position runs on through an underrun, counting the silence. */
    boolean positionRunsOn;
    /** A restarted device waits this long before it plays. */
    long restartNanos;
    /**
     * For this long after a restart, the position is reported a {@link #reportStep} behind what the device has taken
     * (a stream settling in); its free space is not.
     */
    long restartReportsLateNanos;

    private final List<long[]> stalls = new ArrayList<>();
    private final List<double[]> anchors = new ArrayList<>(); // {first frame written, clock nanos it played at}
    private short[] samples = new short[1 << 16];
    private long nanos;
    /** Device frames played (with the silence, for a position that runs on). */
    private double played;
    /** The device frame the next frame written will play at. */
    private long queued;
    private long written;
    private double silence;
    private boolean running;
    private boolean draining;
    private boolean dry;
    private boolean noticed;
    private long playsFrom;
    private long lastAdvance;
    private long shownPosition;
    /** Where the device last (re)started: the plugin's ring, and its coarse steps, begin there. */
    private long stepBase;

    ScriptedLine(int rate, int bufferFrames) {
        this.rate = rate;
        this.bufferFrames = bufferFrames;
    }

    long nanoTime() {
        return nanos;
    }

    /** The writer is held up for {@code millis} at its first write at or after {@code atMillis} of clock time. */
    ScriptedLine stallAt(double atMillis, double millis) {
        stalls.add(new long[] {Math.round(atMillis * 1e6), Math.round(millis * 1e6)});
        return this;
    }

    /** Frames written so far, as 16-bit mono samples. */
    short[] samples() {
        return Arrays.copyOf(samples, (int) written);
    }

    /** Clock time in nanoseconds at which written frame {@code frame} played. */
    double playedAt(long frame) {
        double[] a = anchors.get(0);
        for (double[] b : anchors) {
            if (b[0] <= frame) {
                a = b;
            }
        }
        return a[1] + (frame - a[0]) * 1e9 / (rate * speed);
    }

    /** Frames of silence the device played because it had nothing (or was restarting). */
    long silenceFrames() {
        return Math.round(silence);
    }

    private double framesIn(double nanoseconds) {
        return nanoseconds * rate * speed / 1e9;
    }

    private void advance() {
        long from = Math.max(lastAdvance, playsFrom);
        lastAdvance = Math.max(lastAdvance, nanos);
        if (!running || nanos <= from) {
            return;
        }
        double frames = framesIn(nanos - from);
        if (dry) {
            silence += draining ? 0 : frames;
            played += positionRunsOn ? frames : 0;
            return;
        }
        if (played + frames < queued) {
            played += frames;
            return;
        }
        double emptyAt = from + (queued - played) * 1e9 / (rate * speed);
        silence += draining ? 0 : framesIn(nanos - emptyAt);
        played = positionRunsOn ? played + frames : queued;
        dry = true;
        noticed = !noticesLate;
    }

    /** Whether a reading shows the underrun; with {@link #noticesLate} the first one does not. */
    private boolean shows() {
        if (onlyWriteNotices) {
            return false;
        }
        if (!noticed) {
            noticed = true;
            return false;
        }
        return true;
    }

    /** Frames the device has taken, as the line reports them while it plays. */
    private long consumed() {
        long position = stepBase + ((long) Math.floor(played) - stepBase) / reportStep * reportStep;
        if (keepsOneFrame && running) {
            position = Math.min(position, queued - 1);
        }
        shownPosition = Math.max(shownPosition, position);
        return shownPosition;
    }

    private int freeFrames() {
        return (int) Math.max(0, bufferFrames - (queued - consumed()));
    }

    @Override
    public long getLongFramePosition() {
        advance();
        if (positionRunsOn) {
            return (long) Math.floor(played);
        }
        if (dry) {
            return shows() ? queued : shownPosition;
        }
        long position = consumed();
        if (stepBase > 0 && nanos < playsFrom + restartReportsLateNanos) {
            return Math.max(stepBase + 1, position - reportStep); // what it reports; what it has taken is still free
        }
        return position;
    }

    @Override
    public int available() {
        advance();
        if (positionRunsOn) {
            return 2 * (int) Math.max(0, Math.min(bufferFrames, bufferFrames - (queued - (long) played)));
        }
        if (dry && !onlyWriteNotices) {
            return shows() ? 2 * bufferFrames : 0; // the reading that meets the underrun gets 0, as on ALSA
        }
        return 2 * (dry ? (int) (bufferFrames - (queued - shownPosition)) : freeFrames());
    }

    /** Holds the writer up for any stall now due; the next write does it anyway. */
    void holdUp() {
        for (long[] stall : stalls) {
            if (stall[1] > 0 && nanos >= stall[0]) {
                nanos += stall[1];
                stall[1] = 0;
            }
        }
    }

    /** Lets {@code nanoseconds} of clock time pass with the writer waiting. */
    void idle(long nanoseconds) {
        nanos += nanoseconds;
    }

    /** Whether the device has run dry, as ALSA's state machine knows at once (no coarse report). */
    boolean dryNow() {
        advance();
        return running && dry;
    }

    /** Frames that fit now; none while dry. */
    int roomNow() {
        advance();
        return dry ? 0 : freeFrames();
    }

    boolean running() {
        return running;
    }

    @Override
    public int write(byte[] b, int off, int len) {
        holdUp();
        int frames = len / 2;
        int done = 0;
        while (done < frames) {
            advance();
            if (dry) {
                restart();
            }
            int room = Math.min(frames - done, freeFrames());
            if (room > 0) {
                keep(b, off + 2 * done, room);
                done += room;
            } else {
                nanos += POLL_NANOS;
            }
        }
        return len;
    }

    /** The write that meets an underrun restarts the device (ALSA's recovery inside {@code snd_pcm_writei}). */
    private void restart() {
        dry = false;
        if (positionRunsOn) {
            queued = (long) Math.floor(played);
            shownPosition = queued;
            anchors.add(new double[] {written, nanos});
            return;
        }
        playsFrom = nanos + restartNanos;
        silence += framesIn(restartNanos);
        stepBase = queued;
        shownPosition = queued;
        anchors.add(new double[] {written, playsFrom});
    }

    private void keep(byte[] b, int off, int frames) {
        if (written + frames > samples.length) {
            samples = Arrays.copyOf(samples, (int) Math.max(samples.length * 2L, written + frames));
        }
        for (int i = 0; i < frames; i++) {
            samples[(int) written + i] = (short) ((b[off + 2 * i] & 0xff) | (b[off + 2 * i + 1] << 8));
        }
        written += frames;
        queued += frames;
    }

    @Override
    public void start() {
        if (!running) {
            running = true;
            playsFrom = nanos;
            lastAdvance = nanos;
            anchors.add(new double[] {0, nanos});
        }
    }

    @Override
    public void drain() {
        draining = true;
        while (!dry && queued > played) {
            nanos += POLL_NANOS;
            advance();
        }
    }

    @Override
    public int getBufferSize() {
        return bufferFrames * 2;
    }

    @Override
    public AudioFormat getFormat() {
        return new AudioFormat(rate, 16, 1, true, false);
    }

    @Override
    public void stop() {}

    @Override
    public void close() {}

    @Override
    public void flush() {}

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public int getFramePosition() {
        return (int) getLongFramePosition();
    }

    @Override
    public long getMicrosecondPosition() {
        return getLongFramePosition() * 1_000_000L / rate;
    }

    @Override
    public float getLevel() {
        return -1;
    }

    @Override
    public void open(AudioFormat format, int bufferSize) {}

    @Override
    public void open(AudioFormat format) {}

    @Override
    public void open() {}

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public javax.sound.sampled.Line.Info getLineInfo() {
        return new DataLine.Info(SourceDataLine.class, getFormat());
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("no controls");
    }

    @Override
    public void addLineListener(LineListener listener) {}

    @Override
    public void removeLineListener(LineListener listener) {}
}
