package run.cadence.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import run.cadence.files.OutputFileException;
import run.cadence.files.OutputProblem;
import run.cadence.files.PartialFile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import run.cadence.plan.PastSession;

/**
 * The history as a PNG: per run, the cadence target and what the watch measured (left axis), and running minutes
 * and worst pain (right axis), drawn by XChart off-screen.
 */
final class HistoryChart {
    private HistoryChart() {}

    static void write(List<HistoryRow> rows, Path png) throws IOException {
        List<Integer> n = new ArrayList<>();
        List<Double> spm = new ArrayList<>();
        List<Integer> measuredN = new ArrayList<>();
        List<Double> measured = new ArrayList<>();
        List<Double> running = new ArrayList<>();
        List<Integer> painN = new ArrayList<>();
        List<Integer> pain = new ArrayList<>();
        int i = 0;
        for (HistoryRow r : rows) {
            if (r.run().isEmpty() || !r.played()) {
                continue;
            }
            PastSession s = r.run().get();
            i++;
            n.add(i);
            spm.add(s.target().stepsPerMinute());
            running.add(Math.round(s.runningMinutesDone() * 10) / 10.0);
            if (r.measuredSpm().isPresent()) {
                measuredN.add(i);
                measured.add(Math.round(r.measuredSpm().getAsDouble() * 10) / 10.0);
            }
            if (s.pain() != null) {
                painN.add(i);
                pain.add(s.pain().worst());
            }
        }
        XYChart chart = new XYChartBuilder().width(1000).height(520).title("Cadence Coach: return to running")
                .xAxisTitle("run").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.addSeries("cadence target (spm)", n, spm).setYAxisGroup(0);
        if (!measured.isEmpty()) {
            XYSeries m = chart.addSeries("cadence measured on the runs (spm)", measuredN, measured);
            m.setYAxisGroup(0);
            m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        chart.addSeries("running (min)", n, running).setYAxisGroup(1);
        if (!pain.isEmpty()) {
            chart.addSeries("worst pain (0-10)", painN, pain).setYAxisGroup(1);
        }
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.setYAxisGroupTitle(0, "steps per minute");
        chart.setYAxisGroupTitle(1, "minutes / pain");
        try (PartialFile file = PartialFile.beside(png)) {
            try (OutputStream out = Files.newOutputStream(file.path())) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
            file.commit();
        } catch (IOException e) {
            // ImageIO says "I/O error writing PNG file!"; the system's own reason (a full disk) is its cause.
            throw new OutputFileException(new OutputProblem.WriteFailed(png, systemReason(e)));
        }
    }

    /** The innermost I/O failure: the one the system reported. */
    private static IOException systemReason(IOException e) {
        IOException deepest = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                deepest = io;
            }
        }
        return deepest;
    }
}
