package workbench.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.io.plot.LossReference;

@ExtendWith(ApplicationExtension.class)
class LiveLossChartTest {

    private static final int BATCHES_PER_EPOCH = 100;
    private LiveLossChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveLossChart();
        stage.setScene(new Scene(chart, 900, 500));
        stage.show();
    }

    /** Appends batches first..first+count-1 in chunks of 100, as the trainer's listener would. */
    private void append(FxRobot robot, int first, int count) {
        robot.interact(() -> {
            double[] xs = new double[100];
            double[] ys = new double[100];
            for (int done = 0; done < count; done += 100) {
                int n = Math.min(100, count - done);
                fill(xs, ys, first + done, n);
                chart.appendBatches(xs, ys, n);
            }
        });
    }

    private static void fill(double[] xs, double[] ys, int first, int n) {
        for (int i = 0; i < n; i++) {
            int b = first + i;
            xs[i] = (double) (b + 1) / BATCHES_PER_EPOCH;
            ys[i] = 0.1 + 0.5 * Math.exp(-b / 800.0) + 0.01 * Math.sin(b * 12.9898);
        }
    }

    @Test
    void batchSeriesStayBoundedAsTheRunGrows(FxRobot robot) {
        append(robot, 0, 1_000);
        assertEquals(1_000, chart.smoothedSeries().getItemCount());
        assertEquals(1_000, chart.rawSeries().getItemCount());
        assertEquals(1_000, chart.batchCount());

        append(robot, 1_000, 10_000);
        for (XYSeries s : List.of(chart.smoothedSeries(), chart.rawSeries())) {
            int n = s.getItemCount();
            assertTrue(n <= LiveLossChart.MAX_POINTS, s.getKey() + " holds " + n + " points");
            assertTrue(n >= LiveLossChart.MAX_POINTS / 2, s.getKey() + " merged too far: " + n + " points");
            // Still spans the whole run, from the first batch to (a bucket mean near) the newest one.
            assertTrue(s.getMinX() < 0.1, "starts at " + s.getMinX());
            assertTrue(s.getMaxX() > 109.9, "ends at " + s.getMaxX());
        }
        assertEquals(11_000, chart.batchCount());
    }

    @Test
    void smoothingFollowsTheTensorBoardFormula(FxRobot robot) {
        robot.interact(() -> chart.appendBatches(new double[] {0.01, 0.02, 0.03}, new double[] {1, 0, 0}, 3));
        XYSeries s = chart.smoothedSeries();
        // Debiased EMA with weight 0.6: 1, then 0.6 * 0.4 / (1 - 0.36), then 0.36 * 0.4 / (1 - 0.216).
        assertEquals(1.0, s.getY(0).doubleValue(), 1e-12);
        assertEquals(0.24 / 0.64, s.getY(1).doubleValue(), 1e-12);
        assertEquals(0.144 / 0.784, s.getY(2).doubleValue(), 1e-12);
        assertEquals(0.0, chart.rawSeries().getY(2).doubleValue(), 1e-12);
    }

    @Test
    void validationHasOnePointPerEpoch(FxRobot robot) {
        List<EpochStats> history = history(12, true);
        robot.interact(() -> chart.setEpochs(history));
        assertEquals(12, chart.validationSeries().getItemCount());
        assertEquals(12.0, chart.validationSeries().getMaxX(), 0);
        assertTrue(chart.legendNames().contains(LiveLossChart.VALIDATION));
        // No batches yet: the epoch means stand in for the training curve.
        assertEquals(12, chart.trainEpochSeries().getItemCount());
        assertEquals(0, chart.reconstructionSeries().getItemCount());

        robot.interact(() -> chart.setVariational(true));
        assertEquals(12, chart.reconstructionSeries().getItemCount());
        assertEquals(12, chart.klSeries().getItemCount());
        assertTrue(chart.legendNames().containsAll(List.of(LiveLossChart.RECONSTRUCTION, LiveLossChart.KL)));

        append(robot, 0, 1200);
        assertEquals(0, chart.trainEpochSeries().getItemCount(), "epoch means replaced by batches");
        assertFalse(chart.legendNames().contains(LiveLossChart.TRAIN_EPOCHS));

        List<EpochStats> noValidation = history(5, false);
        robot.interact(() -> chart.setEpochs(noValidation));
        assertEquals(0, chart.validationSeries().getItemCount());
        assertFalse(chart.legendNames().contains(LiveLossChart.VALIDATION), "no legend entry without data");

        robot.interact(() -> chart.clear());
        assertEquals(0, chart.smoothedSeries().getItemCount());
        assertEquals(0, chart.klSeries().getItemCount());
    }

    @Test
    void logScaleSwitchesTheRangeAxis(FxRobot robot) {
        append(robot, 0, 500);
        assertInstanceOf(NumberAxis.class, chart.plot().getRangeAxis());
        robot.interact(() -> {
            chart.setUnit("BCE, mean per element");
            chart.setLogScale(true);
        });
        assertInstanceOf(LogAxis.class, chart.plot().getRangeAxis());
        assertEquals("Loss (BCE, mean per element), log scale", chart.plot().getRangeAxis().getLabel());
        assertEquals(500, chart.smoothedSeries().getItemCount(), "positive losses all stay on a log axis");
        robot.interact(() -> chart.setLogScale(false));
        assertInstanceOf(NumberAxis.class, chart.plot().getRangeAxis());
        assertFalse(chart.plot().getRangeAxis() instanceof LogAxis);
        assertEquals("Loss (BCE, mean per element)", chart.plot().getRangeAxis().getLabel());
    }

    @Test
    void referenceLineAppearsAndDisappears(FxRobot robot) {
        append(robot, 0, 500); // losses between about 0.1 and 0.6
        robot.interact(() -> chart.setReference(new LossReference("PCA, 32 components", 0.05)));
        ValueMarker marker = chart.referenceMarker();
        assertNotNull(marker);
        assertEquals(0.05, marker.getValue(), 0);
        assertEquals(0.05, chart.referenceValue(), 0);
        assertEquals("PCA, 32 components", marker.getLabel());
        assertTrue(markers().contains(marker));
        assertTrue(chart.plot().getRangeAxis().getRange().contains(0.05), "the y range includes the line");

        robot.interact(() -> chart.clearReference());
        assertNull(chart.referenceMarker());
        assertTrue(markers().isEmpty());
        assertTrue(Double.isNaN(chart.referenceValue()));
        assertTrue(chart.plot().getRangeAxis().getLowerBound() > 0.05, "the range no longer stretches to it");
    }

    @Test
    void theFirstEpochBelowTheReferenceIsMarked(FxRobot robot) {
        // validation objective rec + kl + 2 falls with the epochs; mean per element rec / 784
        List<EpochStats> history = history(12, true);
        double between5And6 = (history.get(4).validation().reconstructionMean()
                + history.get(5).validation().reconstructionMean()) / 2;
        robot.interact(() -> {
            chart.setEpochs(history);
            chart.setReference(new LossReference("PCA, 32 components: 0.1", between5And6));
        });
        assertEquals(6, chart.referenceCrossingEpoch());
        ValueMarker crossing = chart.crossingMarker();
        assertNotNull(crossing);
        assertEquals(6.0, crossing.getValue(), 0, "at the validation point of epoch 6");
        assertEquals("beats PCA at epoch 6", crossing.getLabel());
        assertTrue(domainMarkers().contains(crossing));

        // only the epochs shown count: with five, none is below yet
        robot.interact(() -> chart.setEpochs(history.subList(0, 5)));
        assertEquals(-1, chart.referenceCrossingEpoch());
        assertNull(chart.crossingMarker());
        assertTrue(domainMarkers().isEmpty());

        // without validation the training epoch means decide, drawn at the middle of their epoch
        List<EpochStats> trainingOnly = history(12, false);
        double trainBetween3And4 = (trainingOnly.get(2).train().reconstructionMean()
                + trainingOnly.get(3).train().reconstructionMean()) / 2;
        robot.interact(() -> {
            chart.setEpochs(trainingOnly);
            chart.setReference(new LossReference("PCA", trainBetween3And4));
        });
        assertEquals(4, chart.referenceCrossingEpoch());
        assertEquals(3.5, chart.crossingMarker().getValue(), 0);

        // the log axis keeps both lines
        robot.interact(() -> chart.setLogScale(true));
        assertInstanceOf(LogAxis.class, chart.plot().getRangeAxis());
        assertNotNull(chart.referenceMarker());
        assertEquals(4, chart.referenceCrossingEpoch());
        assertTrue(chart.plot().getRangeAxis().getRange().contains(trainBetween3And4), "log range includes the line");

        robot.interact(() -> chart.clearReference());
        assertEquals(-1, chart.referenceCrossingEpoch());
        assertTrue(domainMarkers().isEmpty());
    }

    @Test
    void aVariationalModelIsComparedOnItsReconstructionPerSample(FxRobot robot) {
        List<EpochStats> history = history(12, true);
        // below every objective (rec + kl + 2) but above the reconstruction of epochs 1 to 3
        double reference = (history.get(2).validation().reconstructionSum()
                + history.get(3).validation().reconstructionSum()) / 2;
        robot.interact(() -> {
            chart.setVariational(true);
            chart.setEpochs(history);
            chart.setReference(new LossReference("PCA, 2 components: " + reference, reference));
        });
        assertTrue(history.get(11).validation().objective() > reference, "the objective never gets below it");
        assertEquals(4, chart.referenceCrossingEpoch());
    }

    private Collection<?> domainMarkers() {
        Collection<?> m = chart.plot().getDomainMarkers(Layer.BACKGROUND);
        return m == null ? List.of() : new ArrayList<>(m);
    }

    private Collection<?> markers() {
        Collection<?> m = chart.plot().getRangeMarkers(Layer.BACKGROUND);
        return m == null ? List.of() : new ArrayList<>(m);
    }

    @Test
    void anyNumberOfAppendsInOneGoCostsOneRedrawAtTheNextPulse(FxRobot robot) {
        append(robot, 0, 100);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicInteger draws = new AtomicInteger();
        robot.interact(() -> chart.chart().addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_STARTED) {
                draws.incrementAndGet();
            }
        }));
        boolean[] pending = new boolean[1];
        int[] drawsBeforePulse = new int[1];
        robot.interact(() -> {
            double[] xs = new double[100];
            double[] ys = new double[100];
            for (int chunk = 1; chunk <= 10; chunk++) {
                fill(xs, ys, chunk * 100, 100);
                chart.appendBatches(xs, ys, 100);
            }
            chart.setEpochs(history(11, true));
            pending[0] = chart.redrawPending();
            drawsBeforePulse[0] = draws.get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pending[0], "the redraw waits for the pulse");
        assertEquals(0, drawsBeforePulse[0], "nothing is drawn while the changes are made");
        assertFalse(chart.redrawPending());
        assertEquals(1, draws.get(), "ten appends and the epochs: one redraw");
    }

    /** Benchmark: what appending costs the FX thread, and what the coalesced redraw then costs. */
    @Test
    @Tag("benchmark")
    void printsTheCostOfAppendingOneHundredPointsAndOfAFullRedraw(FxRobot robot) {
        double[] xs = new double[100];
        double[] ys = new double[100];
        int warmUp = 20;
        int rounds = 120;
        long[] appendNanos = new long[1];
        long[] drawNanos = new long[1];
        for (int round = 0; round < warmUp + rounds; round++) {
            int first = round * 100;
            boolean measured = round >= warmUp;
            robot.interact(() -> {
                fill(xs, ys, first, 100);
                long t0 = System.nanoTime();
                chart.appendBatches(xs, ys, 100);
                long t1 = System.nanoTime();
                // What the coalesced redraw then costs: JFreeChart drawing every series into the canvas.
                chart.viewer().getCanvas().draw();
                long t2 = System.nanoTime();
                if (measured) {
                    appendNanos[0] += t1 - t0;
                    drawNanos[0] += t2 - t1;
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        System.out.printf(Locale.ROOT, "BENCHMARK LiveLossChart: appendBatches(100 points) mean %.3f ms;"
                        + " full chart redraw mean %.3f ms (%d rounds after %d warm-up, %d batches,"
                        + " %d smoothed points shown)%n", appendNanos[0] / 1e6 / rounds, drawNanos[0] / 1e6 / rounds,
                rounds, warmUp, chart.batchCount(), chart.smoothedSeries().getItemCount());
        assertEquals((warmUp + rounds) * 100, chart.batchCount(), "every point was appended");
    }

    @Test
    void theEarlyDropDoesNotSquashTheRest(FxRobot robot) {
        robot.interact(() -> {
            double[] xs = new double[1000];
            double[] ys = new double[1000];
            for (int i = 0; i < 1000; i++) {
                xs[i] = (i + 1) / 100.0;
                ys[i] = i < 20 ? 10 : 1 + 0.01 * (i % 7);
            }
            chart.appendBatches(xs, ys, 1000);
        });
        Range focused = chart.plot().getRangeAxis().getRange();
        assertTrue(focused.getUpperBound() < 2, "range " + focused);
        assertTrue(focused.contains(1.0) && focused.contains(1.06), "range " + focused);

        robot.interact(() -> chart.setIgnoreEarlyLossInScaling(false));
        assertTrue(chart.plot().getRangeAxis().getRange().contains(10), "full range when asked");
        robot.interact(() -> {
            chart.setIgnoreEarlyLossInScaling(true);
            chart.setLogScale(true);
        });
        Range logFocused = chart.plot().getRangeAxis().getRange();
        assertTrue(logFocused.getUpperBound() < 2 && logFocused.contains(1.0), "log range " + logFocused);
    }

    static List<EpochStats> history(int epochs, boolean withValidation) {
        List<EpochStats> out = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            double rec = 80 + 60 * Math.exp(-e / 3.0);
            double kl = 25 - 20 * Math.exp(-e / 2.0);
            LossBreakdown train = new LossBreakdown(rec + kl, rec / 784, rec, kl, 0);
            LossBreakdown val = withValidation ? new LossBreakdown(rec + kl + 2, rec / 784, rec + 2, kl, 0) : null;
            out.add(new EpochStats(e, train, val, 3.0, 20_000, 1e-3));
        }
        return out;
    }
}
