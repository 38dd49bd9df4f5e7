package run.cadence.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.cadence.audio.io.MemorySink;

class RendererTest {
    private static final RenderFormat MONO = RenderFormat.MONO_44K;
    /** A short square click: every sample non-zero, so onsets are exact in the output. */
    private static final float[] TICK = filled(200, 0.5f);
    private static final ClickSound CLICK = new ClickSound("tick", TICK, filled(200, 0.9f));

    static float[] filled(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    static MemorySink render(TempoMap map, ClickOptions options, CueTrack cues, PlaybackControl control, int block)
            throws IOException {
        Renderer r = new Renderer(map, CLICK, options, cues, control, block);
        MemorySink sink = new MemorySink(map.format());
        RenderLoop.run(r, sink, RenderLoop.TO_THE_END, block);
        return sink;
    }

    /**
     * Renders {@code blocks} blocks of {@code frames} frames straight into the sink: the playback loop without
     * its pause and catch-up handling, so a test can act between blocks.
     */
    private static void renderBlocks(Renderer r, MemorySink sink, float[] buf, int frames, int blocks)
            throws IOException {
        for (int i = 0; i < blocks; i++) {
            sink.write(buf, r.render(buf, frames));
        }
    }

    /** Renders blocks of {@code frames} into the sink until the tempo map ends. */
    private static void renderToEnd(Renderer r, MemorySink sink, float[] buf, int frames) throws IOException {
        int n;
        while ((n = r.render(buf, frames)) > 0) {
            sink.write(buf, n);
        }
    }

    @Test
    void clicksStartOnTheirExactFramesWhateverTheBlockSize() throws IOException {
        TempoMap map = TempoMap.builder(MONO).steady(120, 172.2).build();
        List<Long> expected = BeatCursorTest.beats(map, map.endFrame());
        for (int block : new int[] {64, 257, 4096}) {
            MemorySink sink = render(map, ClickOptions.DEFAULT, CueTrack.NONE, new PlaybackControl(), block);
            assertEquals(120 * 44_100, sink.frames());
            assertEquals(expected, RenderedOnsets.of(sink.samples(), 1, 0, 100), "block " + block);
        }
    }

    @Test
    void accentMarksEveryNthStepAndAlternatePanSplitsEars() throws IOException {
        RenderFormat stereo = new RenderFormat(44_100, 2);
        TempoMap map = TempoMap.builder(stereo).steady(10, 120).build();
        MemorySink sink = render(map, new ClickOptions(2, Pan.ALTERNATE, 1f, 0.3f), CueTrack.NONE, new PlaybackControl(), 512);
        short[] s = sink.samples();
        List<Long> left = RenderedOnsets.of(s, 2, 0, 100);
        List<Long> right = RenderedOnsets.of(s, 2, 1, 100);
        assertEquals(List.of(0L, 44_100L, 88_200L), left.subList(0, 3));
        assertEquals(List.of(22_050L, 66_150L), right.subList(0, 2));
        // Beat 0 is accented (gain 1 x 0.9), beat 1 is not (0.7 x 0.5).
        assertEquals(Math.round(0.9f * 32767f), s[0]);
        assertEquals(Math.round(0.7f * 0.5f * 32767f), s[2 * 22_050 + 1]);
        assertEquals(0, s[1]);
    }

    @Test
    void tempoNudgeTakesEffectAfterTheNextBeat() throws IOException {
        TempoMap map = TempoMap.builder(MONO).steady(20, 120).build();
        PlaybackControl control = new PlaybackControl();
        Renderer r = new Renderer(map, CLICK, ClickOptions.DEFAULT, CueTrack.NONE, control, 1000);
        MemorySink sink = new MemorySink(MONO);
        float[] buf = new float[1000];
        renderBlocks(r, sink, buf, 1000, 30); // 30 000 frames: beats at 0 and 22050 played
        control.nudgeTempo(+2);
        renderToEnd(r, sink, buf, 1000);
        List<Long> onsets = RenderedOnsets.of(sink.samples(), 1, 0, 100);
        assertEquals(List.of(0L, 22_050L, 44_100L), onsets.subList(0, 3));
        double period = 60.0 * 44_100 / 122;
        assertEquals(44_100 + Math.round(period), onsets.get(3));
        assertEquals(44_100 + Math.round(10 * period), onsets.get(12));
        assertEquals(122.0, r.currentSpm(), 1e-9);
    }

    @Test
    void pauseFreezesTheTimelineAndResumeContinuesTheGrid() throws IOException {
        TempoMap map = TempoMap.builder(MONO).steady(3, 120).build();
        PlaybackControl control = new PlaybackControl();
        Renderer r = new Renderer(map, CLICK, ClickOptions.DEFAULT, CueTrack.NONE, control, 441);
        MemorySink sink = new MemorySink(MONO);
        float[] buf = new float[441];
        renderBlocks(r, sink, buf, 441, 60);
        assertEquals(26_460, r.position());
        java.util.Arrays.fill(buf, 0f);
        for (int i = 0; i < 100; i++) { // 1 s of silence while paused, timeline untouched
            sink.write(buf, 441);
        }
        renderToEnd(r, sink, buf, 441);
        assertEquals(3 * 44_100, r.position());
        List<Long> onsets = RenderedOnsets.of(sink.samples(), 1, 0, 100);
        assertEquals(List.of(0L, 22_050L, 44_100L + 44_100L, 66_150L + 44_100L), onsets.subList(0, 4));
    }

    @Test
    void underrunIsCaughtUpInSampleTimeSoLaterBeatsKeepTheirSchedule() throws IOException {
        TempoMap map = TempoMap.builder(MONO).steady(5, 120).build();
        PlaybackControl control = new PlaybackControl();
        Renderer r = new Renderer(map, CLICK, ClickOptions.DEFAULT, CueTrack.NONE, control, 512);
        MemorySink sink = new MemorySink(MONO) ;
        float[] buf = new float[512];
        renderBlocks(r, sink, buf, 512, 50);
        sink.simulateUnderrun(3000); // the device played 3000 frames of silence that were never written
        RenderLoop.Result result = RenderLoop.run(r, sink, RenderLoop.TO_THE_END, 512);
        // What reached the device, with the 3000 silent frames put back where they were heard:
        short[] written = sink.samples();
        short[] heard = new short[written.length + 3000];
        System.arraycopy(written, 0, heard, 0, 50 * 512);
        System.arraycopy(written, 50 * 512, heard, 50 * 512 + 3000, written.length - 50 * 512);
        List<Long> onsets = RenderedOnsets.of(heard, 1, 0, 100);
        assertEquals(List.of(0L, 22_050L, 44_100L, 66_150L, 88_200L, 110_250L, 132_300L, 154_350L, 176_400L,
                198_450L), onsets);
        assertEquals(1, result.underruns());
        assertEquals(5 * 44_100, heard.length);
    }

    @Test
    void cuesPlayAtTheirFramesAndDuckTheClicksUnderThem() throws IOException {
        TempoMap map = TempoMap.builder(MONO).steady(2, 120).build();
        float[] phrase = filled(30_000, 0.1f);
        CueTrack cues = new CueTrack(new long[] {10_000}, new float[][] {phrase});
        MemorySink sink = render(map, new ClickOptions(1, Pan.CENTER, 1f, 0.5f), cues, new PlaybackControl(), 300);
        short[] s = sink.samples();
        assertEquals(Math.round(0.7f * 0.5f * 32767f), s[0]); // click alone
        assertEquals(0, s[9_999]);
        assertEquals(Math.round(0.1f * 32767f), s[10_000]); // speech starts on its frame
        // Click at 22050 under speech: ducked to half, plus the speech.
        assertEquals(Math.round((0.1f + 0.7f * 0.5f * 0.5f) * 32767f), s[22_050]);
        // Beat grid untouched by the cue.
        assertEquals(List.of(0L, 10_000L), RenderedOnsets.of(s, 1, 0, 100).subList(0, 2));
        assertEquals(Math.round(0.7f * 0.5f * 32767f), s[44_100]); // after the phrase: full level again
    }

    @Test
    void skipJumpsToTheNextStepWithItsBeatOnTheFirstFrame() throws IOException {
        TempoMap map = TempoMap.builder(MONO).newStep(10, 120).newStep(10, 150).build();
        PlaybackControl control = new PlaybackControl();
        Renderer r = new Renderer(map, CLICK, ClickOptions.DEFAULT, CueTrack.NONE, control, 1000);
        float[] buf = new float[1000];
        r.render(buf, 1000);
        control.requestSkipTo(441_000);
        MemorySink sink = new MemorySink(MONO);
        renderToEnd(r, sink, buf, 1000);
        assertEquals(10 * 44_100, sink.frames());
        assertEquals(List.of(0L, 17_640L), RenderedOnsets.of(sink.samples(), 1, 0, 100).subList(0, 2));
    }

    @Test
    void aSkipToAFrameAlreadyPlayedIsIgnored() throws IOException {
        TempoMap map = TempoMap.builder(MONO).steady(2, 120).build();
        PlaybackControl control = new PlaybackControl();
        Renderer r = new Renderer(map, CLICK, ClickOptions.DEFAULT, CueTrack.NONE, control, 1000);
        float[] buf = new float[1000];
        MemorySink sink = new MemorySink(MONO);
        renderBlocks(r, sink, buf, 1000, 30);
        control.requestSkipTo(20_000);
        renderToEnd(r, sink, buf, 1000);
        assertEquals(2 * 44_100, sink.frames());
        assertEquals(List.of(0L, 22_050L, 44_100L, 66_150L), RenderedOnsets.of(sink.samples(), 1, 0, 100));
    }

    @Test
    void theRenderPathAllocatesNothing() throws IOException {
        TempoMap map = TempoMap.builder(new RenderFormat(44_100, 2)).steady(600, 172.2).build();
        float[] phrase = filled(20_000, 0.1f);
        long[] at = new long[100];
        float[][] clips = new float[100][];
        for (int i = 0; i < at.length; i++) {
            at[i] = i * 200_000L;
            clips[i] = phrase;
        }
        PlaybackControl control = new PlaybackControl();
        Renderer r = new Renderer(map, CLICK, new ClickOptions(4, Pan.ALTERNATE, 0.8f, 0.3f), new CueTrack(at, clips), control,
                512);
        AudioSink discard = new AudioSink() {
            @Override public RenderFormat format() { return map.format(); }
            @Override public void write(float[] interleaved, int frames) {}
            @Override public void finish() {}
            @Override public void close() {}
        };
        float[] buf = new float[1024];
        for (int i = 0; i < 20_000; i++) { // warm up the JIT
            r.render(buf, 512);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 20_000; i++) {
            r.render(buf, 512);
            if (i % 1000 == 0) {
                control.nudgeTempo(i % 2000 == 0 ? 1 : -1);
            }
            discard.write(buf, 512);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertEquals(0, allocated, "bytes allocated while rendering 20000 blocks");
        assertTrue(r.beatsPlayed() > 1000);
    }

    @Test
    void liveAndFileRenderingGiveIdenticalSamples() throws IOException {
        TempoMap map = TempoMap.builder(MONO).ramp(20, 160, 175).steady(10, 175).build();
        MemorySink small = render(map, ClickOptions.DEFAULT, CueTrack.NONE, new PlaybackControl(), 275);
        MemorySink large = render(map, ClickOptions.DEFAULT, CueTrack.NONE, new PlaybackControl(), 8192);
        assertArrayEquals(small.samples(), large.samples());
    }
}
