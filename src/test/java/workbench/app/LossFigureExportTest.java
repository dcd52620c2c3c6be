package workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.app.FxThread.onFx;
import static workbench.app.FxThread.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.engine.EpochStats;
import workbench.engine.TrainingResult;
import workbench.io.plot.ChartContent;
import workbench.io.plot.LossReference;
import workbench.session.ModelHost;
import workbench.session.RunExporter;
import workbench.session.RunMetrics;

/**
 * One loss figure: the window's Export of a run's loss chart and the {@code loss.png} the command
 * line writes into the run's folder are the same picture, byte for byte, with the PCA line the
 * window's "vs PCA" tab fitted and the epoch the live chart marks as the one that beats it.
 */
@ExtendWith(ApplicationExtension.class)
class LossFigureExportTest {
    @TempDir
    Path dir;
    private LossChartWithBaseline window;
    private OutputExports exports;

    @Start
    void start(Stage stage) {
        window = new LossChartWithBaseline(stage);
        exports = new OutputExports(window.vm, window.chart);
    }

    @AfterEach
    void stopFrames() {
        window.stop();
    }

    @Test
    void theWindowsExportIsTheRunFoldersLossPng() throws Exception {
        window.trainFor(15); // the 2-D code overtakes PCA at about epoch 9
        until(() -> window.chart.reference() != null, "the PCA baseline on the loss chart");

        Path windowPng = dir.resolve("window-loss.png");
        onFx(() -> {
            exports.exportLossPng(windowPng);
            return null;
        });
        JFreeChart windowFigure = onFx(exports::lossFigure);
        LossReference line = onFx(window.chart::reference);
        int liveCrossing = onFx(window.chart::referenceCrossingEpoch);

        // the command line's path for the same run: metrics measured on the model's thread, then the folder
        ModelHost run = onFx(() -> window.vm.run().runProperty().get());
        List<EpochStats> history = onFx(() -> List.copyOf(window.vm.run().history()));
        TrainingResult result = new TrainingResult(TrainingResult.Status.COMPLETED, history, history.size(), 0, "");
        Path folder = dir.resolve("run");
        RunMetrics metrics = run.queryAndWait(m -> {
            RunMetrics measured = RunMetrics.measure(m, run.data(), history.size());
            RunExporter.export(folder, run, m, result, measured, null);
            return measured;
        });

        assertEquals(line, RunExporter.pcaLine(run, metrics), "the window's line is the run folder's");
        assertEquals(ChartContent.of(RunExporter.lossChart(run, history, RunExporter.pcaLine(run, metrics), false)),
                ChartContent.of(windowFigure));
        assertArrayEquals(Files.readAllBytes(folder.resolve("loss.png")), Files.readAllBytes(windowPng),
                "the exported PNG and loss.png differ");

        assertTrue(liveCrossing > 0, "15 epochs are enough to beat 2 principal components");
        assertEquals(List.of("range marker " + line.value() + ": " + line.label()),
                ChartContent.markers(windowFigure, "range"));
        assertEquals(List.of(line.crossingLabel(liveCrossing)), ChartContent.markers(windowFigure, "domain").stream()
                .map(m -> m.substring(m.indexOf(": ") + 2)).toList(), "the crossing the live chart marks");

        // without a baseline (still being fitted, or failed) the export has neither line
        onFx(() -> {
            window.chart.clearReference();
            return null;
        });
        JFreeChart withoutBaseline = onFx(exports::lossFigure);
        assertEquals(List.of(), ChartContent.markers(withoutBaseline, "range"));
        assertEquals(List.of(), ChartContent.markers(withoutBaseline, "domain"));
    }
}
