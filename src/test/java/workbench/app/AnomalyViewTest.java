package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.analysis.AnomalyReport;
import workbench.analysis.AnomalyScores;
import workbench.analysis.NormalClasses;
import workbench.app.anomaly.AnomalyView;
import workbench.app.anomaly.NormalClassChooser;
import workbench.engine.Shape;

/** The anomaly view on a synthetic report, headless: AUC, threshold slider and its counts, worst samples. */
@ExtendWith(ApplicationExtension.class)
class AnomalyViewTest {
    private static final List<String> CLASSES = List.of("zero", "one", "two");
    private static final int N = 300;
    private AnomalyView view;

    @Start
    void start(Stage stage) {
        view = new AnomalyView();
        stage.setScene(new Scene(view, 1200, 780));
        stage.show();
    }

    /** Classes 0 and 1 normal, errors in [0, 1); class 2 anomalous, errors in [0.6, 1.6): overlapping. */
    private static AnomalyReport report(Shape shape) {
        Random random = new Random(7);
        double[] errors = new double[N];
        int[] labels = new int[N];
        FMatrixRMaj originals = new FMatrixRMaj(N, shape.size());
        FMatrixRMaj rebuilt = new FMatrixRMaj(N, shape.size());
        for (int i = 0; i < N; i++) {
            labels[i] = i % 3;
            errors[i] = (labels[i] == 2 ? 0.6 : 0) + random.nextDouble();
        }
        for (int k = 0; k < originals.data.length; k++) {
            originals.data[k] = random.nextFloat();
            rebuilt.data[k] = originals.data[k] * 0.5f;
        }
        AnomalyScores scores = AnomalyScores.of(errors, labels, NormalClasses.of(0, 1));
        return AnomalyReport.of(scores, CLASSES, shape, "MSE per value", originals, rebuilt, 12);
    }

    private static double pairCountingAuc(AnomalyScores s) {
        double wins = 0;
        long pairs = 0;
        for (int a = 0; a < s.size(); a++) {
            for (int b = 0; b < s.size(); b++) {
                if (s.isAnomaly(a) && !s.isAnomaly(b)) {
                    pairs++;
                    wins += s.error(a) > s.error(b) ? 1 : s.error(a) == s.error(b) ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    /** Flagged/passed x normal/anomalous, counted sample by sample. */
    private static int[] bruteCounts(AnomalyScores s, double threshold) {
        int[] c = new int[4];
        for (int i = 0; i < s.size(); i++) {
            boolean flagged = s.error(i) >= threshold;
            c[(flagged ? 0 : 2) + (s.isAnomaly(i) ? 1 : 0)]++;
        }
        return c;
    }

    private static String text(FxRobot robot, String id) {
        return WindowHarness.onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static void assertCountsShown(FxRobot robot, AnomalyScores s, double threshold) {
        int[] c = bruteCounts(s, threshold);
        String at = " at threshold " + threshold;
        assertEquals(Integer.toString(c[0]), text(robot, "#anomalyFlaggedNormal"), "flagged normal" + at);
        assertEquals(Integer.toString(c[1]), text(robot, "#anomalyFlaggedAnomalous"), "flagged anomalous" + at);
        assertEquals(Integer.toString(c[2]), text(robot, "#anomalyPassedNormal"), "passed normal" + at);
        assertEquals(Integer.toString(c[3]), text(robot, "#anomalyPassedAnomalous"), "passed anomalous" + at);
        String precision = c[0] + c[1] == 0 ? "Precision: nothing flagged"
                : String.format(Locale.ROOT, "Precision %.3f", c[1] / (double) (c[0] + c[1]));
        assertEquals(precision, text(robot, "#anomalyPrecision"));
        assertEquals(String.format(Locale.ROOT, "Recall %.3f", c[1] / (double) (c[1] + c[3])),
                text(robot, "#anomalyRecall"));
    }

    private static boolean visible(FxRobot robot, String id) {
        return WindowHarness.onFx(() -> {
            Node n = robot.lookup(id).query();
            return n.isVisible();
        });
    }

    @Test
    void showsTheAucAndTheSliderUpdatesTheCounts(FxRobot robot) {
        AnomalyReport report = report(Shape.image(1, 8, 8));
        AnomalyScores s = report.scores();
        WindowHarness.fx(() -> view.show(report));
        WaitForAsyncUtils.waitForFxEvents();

        String auc = String.format(Locale.ROOT, "AUC %.3f", pairCountingAuc(s));
        assertEquals(auc, text(robot, "#anomalyAuc"));
        assertEquals("ROC curve, " + auc, WindowHarness.onFx(() -> view.rocChart().getTitle().getText()));
        assertTrue(text(robot, "#anomalySummary").startsWith("Test split: 200 normal (zero, one), 100 anomalous (two)"),
                text(robot, "#anomalySummary"));

        // the default: the 95th percentile of the normal errors flags about 5% of the normal samples
        Slider slider = robot.lookup("#anomalyThreshold").queryAs(Slider.class);
        double start = WindowHarness.onFx(slider::getValue);
        assertEquals(s.defaultThreshold(), start, 1e-12);
        assertEquals(10, bruteCounts(s, start)[0], "10 of 200 normal samples above the 95th percentile");
        assertCountsShown(robot, s, start);

        // a click on the track, a fifth of the way along, moves the threshold there
        Point2D onTrack = WindowHarness.onFx(() -> slider.localToScreen(slider.getWidth() * 0.2,
                slider.getHeight() / 2));
        robot.clickOn(onTrack);
        WaitForAsyncUtils.waitForFxEvents();
        double clicked = WindowHarness.onFx(slider::getValue);
        assertTrue(clicked < start - 0.3, "the click moved the threshold down, to " + clicked);
        assertCountsShown(robot, s, clicked);
        assertEquals(new workbench.io.plot.SignificantDigits(4).format(clicked), text(robot, "#anomalyThresholdValue"));

        // the line in the histogram and the point on the ROC curve follow
        WindowHarness.fx(() -> view.setThreshold(0.8));
        WaitForAsyncUtils.waitForFxEvents();
        assertCountsShown(robot, s, 0.8);
        XYPlot histogram = WindowHarness.onFx(() -> view.histogramChart().getXYPlot());
        ValueMarker line = (ValueMarker) WindowHarness.onFx(() -> histogram.getDomainMarkers(Layer.FOREGROUND)
                .iterator().next());
        assertEquals(0.8, line.getValue(), 1e-12);
        XYPlot roc = WindowHarness.onFx(() -> view.rocChart().getXYPlot());
        int[] c = bruteCounts(s, 0.8);
        assertEquals(c[0] / 200.0, WindowHarness.onFx(() -> roc.getDataset(2).getXValue(0, 0)), 1e-12);
        assertEquals(c[1] / 100.0, WindowHarness.onFx(() -> roc.getDataset(2).getYValue(0, 0)), 1e-12);
        assertEquals(s.roc().points().size(), (int) WindowHarness.onFx(() -> roc.getDataset(1).getItemCount(0)));

        // above every error nothing is flagged and precision is undefined, not 0
        WindowHarness.fx(() -> view.setThreshold(1e9));
        assertCountsShown(robot, s, s.maxError());

        // a new report keeps the user's threshold; the reset button returns to the default
        WindowHarness.fx(() -> view.setThreshold(0.8));
        WindowHarness.fx(() -> view.show(report));
        assertEquals(0.8, WindowHarness.onFx(view::getThreshold), 1e-12);
        robot.clickOn("#anomalyThresholdReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(s.defaultThreshold(), WindowHarness.onFx(view::getThreshold), 1e-12);
        assertCountsShown(robot, s, s.defaultThreshold());

        // pictures: the twelve worst, original above reconstruction
        assertTrue(visible(robot, "#anomalyWorstImages"));
        assertFalse(visible(robot, "#anomalyWorstTable"));
        assertEquals(12, WindowHarness.onFx(() -> robot.lookup(".anomaly-worst-cell").queryAll().size()));
    }

    @Test
    void tableRowsGetATableOfTheWorstSamples(FxRobot robot) {
        AnomalyReport report = report(Shape.flat(30));
        WindowHarness.fx(() -> view.show(report));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(robot, "#anomalyWorstTable"));
        assertFalse(visible(robot, "#anomalyWorstImages"));
        TableView<?> table = robot.lookup("#anomalyWorstTable").queryAs(TableView.class);
        assertEquals(12, (int) WindowHarness.onFx(() -> table.getItems().size()));
        int[] worst = report.worst();
        assertEquals(String.valueOf(worst[0]), WindowHarness.onFx(() -> table.getColumns().get(1).getCellData(0)));
        assertEquals(report.className(report.scores().label(worst[0])),
                WindowHarness.onFx(() -> table.getColumns().get(2).getCellData(0)));
        assertEquals("anomaly", WindowHarness.onFx(() -> table.getColumns().get(3).getCellData(0)),
                "the worst error here belongs to the anomalous class");

        WindowHarness.fx(view::clear);
        assertEquals("", text(robot, "#anomalyAuc"));
        assertNull(WindowHarness.onFx(view::confusion));
    }

    @Test
    void normalClassChooserRefusesNoneAndAll(FxRobot robot) {
        NormalClassChooser chooser = WindowHarness.onFx(NormalClassChooser::new);
        WindowHarness.fx(() -> chooser.setClasses(List.of("malignant", "benign"), NormalClasses.of(1)));
        assertEquals(NormalClasses.of(1), WindowHarness.onFx(chooser::getNormalClasses));
        CheckBox malignant = (CheckBox) WindowHarness.onFx(() -> chooser.lookup("#normalClass0"));
        CheckBox benign = (CheckBox) WindowHarness.onFx(() -> chooser.lookup("#normalClass1"));
        WindowHarness.fx(() -> malignant.setSelected(true));
        assertNull(WindowHarness.onFx(chooser::getNormalClasses), "all normal: nothing to detect");
        Label problem = (Label) WindowHarness.onFx(() -> chooser.lookup("#normalClassesProblem"));
        assertTrue(WindowHarness.onFx(problem::getText).contains("unchecked"));
        WindowHarness.fx(() -> benign.setSelected(false));
        assertEquals(NormalClasses.of(0), WindowHarness.onFx(chooser::getNormalClasses), "swapped");
        assertFalse(WindowHarness.onFx(problem::isVisible));
        assertNotEquals(null, WindowHarness.onFx(chooser::getNormalClasses));
    }
}
