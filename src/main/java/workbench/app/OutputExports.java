package workbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.jfree.chart.JFreeChart;
import workbench.app.charts.LiveLossChart;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.engine.Autoencoder;
import workbench.io.CsvExport;
import workbench.io.plot.ChartFiles;
import workbench.io.plot.LossChart;
import workbench.session.AnomalyMetrics;
import workbench.session.HtmlReport;
import workbench.session.LatestRequest;
import workbench.session.ModelHost;
import workbench.session.RunExporter;
import workbench.session.RunMetrics;
import workbench.session.TrainingSnapshot;

/**
 * The Export menu's files, written from what the window holds: the run's history with the loss
 * chart's reference line and scale, the newest snapshot's latent codes and reconstructions, and the
 * run's report. Each figure is drawn by the code that draws it into a run folder, so the window's
 * export and the command line's file of the same run are the same picture.
 */
final class OutputExports {
    private final WorkbenchViewModel vm;
    private final LiveLossChart loss;

    OutputExports(WorkbenchViewModel vm, LiveLossChart loss) {
        this.vm = vm;
        this.loss = loss;
    }

    interface ChartWriter {
        void write(JFreeChart chart, Path file, int width, int height) throws IOException;
    }

    private void exportLoss(ChartWriter writer, Path file) throws IOException {
        writer.write(lossFigure(), file, 1200, 800);
    }

    /**
     * The run's loss figure as {@code loss.png} of its folder has it, with the PCA line the window
     * knows (none while the baseline is being fitted) and the window's choice of scale, and a title
     * naming the model and data, which the window leaves out for space. Before any run there is
     * no model to name: the empty figure in the unit the window shows.
     */
    JFreeChart lossFigure() {
        ModelHost run = vm.run().runProperty().get();
        if (run == null) {
            return LossChart.create(null, List.of(), loss.getUnit(), false, null, loss.isLogScale());
        }
        return RunExporter.lossChart(run, List.copyOf(vm.run().history()), loss.reference(), loss.isLogScale());
    }

    void exportLossPng(Path file) throws IOException {
        exportLoss(ChartFiles::savePng, file);
    }

    void exportLossSvg(Path file) throws IOException {
        exportLoss(ChartFiles::saveSvg, file);
    }

    void exportLossPdf(Path file) throws IOException {
        exportLoss(ChartFiles::savePdf, file);
    }

    /** The latent plot as the command line draws it (JFreeChart), so it exports to PNG, SVG and PDF alike. */
    private void exportLatent(ChartWriter writer, Path file) throws IOException {
        TrainingSnapshot s = vm.run().snapshotProperty().get();
        ModelHost run = vm.run().runProperty().get();
        if (s == null || run == null) {
            throw new IOException("There is no latent space to export yet: train first.");
        }
        writer.write(RunExporter.latentChart(run, s.codes()), file, 1200, 800);
    }

    void exportLatentPng(Path file) throws IOException {
        exportLatent(ChartFiles::savePng, file);
    }

    void exportLatentSvg(Path file) throws IOException {
        exportLatent(ChartFiles::saveSvg, file);
    }

    void exportLatentPdf(Path file) throws IOException {
        exportLatent(ChartFiles::savePdf, file);
    }

    void exportReconstructionsPng(Path file) throws IOException {
        TrainingSnapshot s = vm.run().snapshotProperty().get();
        ModelHost run = vm.run().runProperty().get();
        if (s == null || run == null) {
            throw new IOException("There are no reconstructions to export yet: train first.");
        }
        RunExporter.saveGallery(file, s.galleryOriginals(), s.galleryReconstructions(), run.data().sampleShape());
    }

    void exportCodesCsv(Path file) throws IOException {
        TrainingSnapshot s = vm.run().snapshotProperty().get();
        ModelHost run = vm.run().runProperty().get();
        if (s == null || run == null) {
            throw new IOException("There are no codes yet: train first.");
        }
        // the snapshot holds the codes of the first test rows; each goes with its row in the dataset's file
        int n = s.codes().numRows;
        CsvExport.writeCodes(file, s.codes(), Arrays.copyOf(run.data().test().sourceRows(), n),
                Arrays.copyOf(run.data().test().labels(), n), run.data().classNames());
    }

    /**
     * Writes the run's HTML report. The report measures the model (test metrics, PCA baseline), so
     * the work goes to the thread that owns the model, never the FX thread: between batches if
     * training runs, on the training executor if not. {@code written} runs on the FX thread once the file is whole; a
     * failure comes back through {@code failed}, in words.
     */
    void exportReport(Path file, Runnable written, Consumer<String> failed) throws IOException {
        ModelHost run = vm.run().runProperty().get();
        if (run == null || run.epochsDone() == 0) {
            throw new IOException("There is nothing to report yet: train at least one epoch.");
        }
        run.query(model -> {
            HtmlReport.write(file, run, model, RunMetrics.measure(model, run.data(), run.epochsDone()),
                    anomalyOf(model, run));
            return null;
        }).whenComplete((done, error) -> {
            if (error == null) {
                Platform.runLater(written);
            } else {
                Throwable cause = LatestRequest.unwrap(error);
                Platform.runLater(() -> failed.accept(cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            }
        });
    }

    /** The anomaly metrics of a run trained on chosen classes; null for others and for a diverged model. */
    private static AnomalyMetrics anomalyOf(Autoencoder model, ModelHost run) {
        try {
            return AnomalyMetrics.measure(model, run.data());
        } catch (IllegalArgumentException e) {
            return null; // non-finite errors are no scores; the rest of the report still tells
        }
    }

    void exportHistoryCsv(Path file) throws IOException {
        if (vm.run().history().isEmpty()) {
            throw new IOException("There is no history yet: train at least one epoch.");
        }
        CsvExport.writeHistory(file, RunExporter.toRecords(vm.run().history()));
    }
}
