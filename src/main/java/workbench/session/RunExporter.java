package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.jfree.chart.JFreeChart;
import workbench.analysis.EpochRecord;
import workbench.engine.Autoencoder;
import workbench.engine.EpochStats;
import workbench.engine.Shape;
import workbench.engine.TrainingResult;
import workbench.io.AtomicFiles;
import workbench.io.CsvExport;
import workbench.io.Json;
import workbench.io.ModelFile;
import workbench.io.SplitsFile;
import workbench.io.plot.ChartFiles;
import workbench.io.plot.ImageGrid;
import workbench.io.plot.LatentChart;
import workbench.io.plot.LossChart;
import workbench.io.plot.LossReference;

/**
 * Writes a finished run into a folder: the model, its experiment, history and codes as CSV,
 * metrics as JSON, the rows it trained, validated and tested on (splits.npz), and the three
 * figures. Every file goes through a temporary file and a rename, so an interrupted export leaves
 * earlier files whole.
 */
public final class RunExporter {
    public static final String MODEL_FILE = "model.npz";
    private static final int FIGURE_WIDTH = 1200;
    private static final int FIGURE_HEIGHT = 800;

    private RunExporter() {
    }

    /**
     * Runs inside a {@link ModelHost#query} of {@code run}: {@code model} is the live model it hands.
     *
     * @param anomaly the anomaly metrics of a run trained on chosen classes, or null
     */
    public static void export(Path dir, ModelHost run, Autoencoder model, TrainingResult result, RunMetrics metrics,
                              AnomalyMetrics anomaly) throws IOException {
        Files.createDirectories(dir);
        PreparedData data = run.data();
        Experiment experiment = run.experiment();
        run.writeModel(dir.resolve(MODEL_FILE), model);
        ExperimentFile.write(dir.resolve("experiment.json"), experiment);
        List<EpochRecord> history = toRecords(result.history());
        CsvExport.writeHistory(dir.resolve("history.csv"), history);
        CsvExport.writeCodes(dir.resolve("codes.csv"), metrics.testCodes(), data.test().sourceRows(),
                data.test().labels(), data.classNames());
        SplitsFile.write(dir.resolve(SplitsFile.FILE_NAME), RunSplits.of(data));
        writeMetrics(dir.resolve("metrics.json"), run, result, metrics, anomaly);

        JFreeChart loss = lossChart(run, result.history(), pcaLine(run, metrics), false);
        ChartFiles.savePng(loss, dir.resolve("loss.png"), FIGURE_WIDTH, FIGURE_HEIGHT);
        ChartFiles.savePng(latentChart(run, metrics.testCodes()), dir.resolve("latent.png"), FIGURE_WIDTH, FIGURE_HEIGHT);
        FMatrixRMaj gallery = run.gallery();
        saveGallery(dir.resolve("reconstructions.png"), gallery, model.reconstruct(gallery), data.sampleShape());
        HtmlReport.write(dir.resolve(HtmlReport.FILE_NAME), run, model, result, metrics, anomaly);
    }

    /** Originals above their reconstructions, 64 pixels a sample: the figure for a slide. */
    public static void saveGallery(Path file, FMatrixRMaj originals, FMatrixRMaj reconstructions,
                                   Shape shape) throws IOException {
        ImageGrid.savePng(ImageGrid.grid(List.of(originals, reconstructions), List.of("original", "reconstruction"),
                shape, 64), file);
    }

    /** The unit of the training objective, as the charts and progress lines say it. */
    public static String lossUnit(ModelHost run) {
        String loss = run.spec().loss().displayName();
        return run.spec().variant().isVariational()
                ? loss + " summed per sample + beta x KL (nats)" : loss + ", mean per element";
    }

    /**
     * The loss figure of a run: the one in its folder ({@code loss.png}), its report and the
     * window's Export menu, so the same run gives the same picture in all three.
     *
     * @param reference the line to measure the curves against, such as {@link #pcaLine}; null for none
     */
    public static JFreeChart lossChart(ModelHost run, List<EpochStats> history, LossReference reference,
                                       boolean logScale) {
        return LossChart.create("Loss: " + run.experiment().seededModel().summary() + " on " + run.data().name(),
                history, lossUnit(run), run.spec().variant().isVariational(), reference, logScale);
    }

    /** The PCA baseline's line on the loss figure, from the run's test metrics; null when there is no baseline. */
    public static LossReference pcaLine(ModelHost run, RunMetrics metrics) {
        if (!metrics.hasPcaBaseline()) {
            return null;
        }
        return PcaBaseline.line(metrics.pcaComponents(), run.spec().variant().isVariational(), metrics.pcaTestLoss());
    }

    /** The history as the CSV writer takes it. */
    public static List<EpochRecord> toRecords(List<EpochStats> history) {
        List<EpochRecord> records = new ArrayList<>();
        for (EpochStats s : history) {
            records.add(new EpochRecord(s.epoch(), s.train().objective(),
                    s.validation() == null ? Double.NaN : s.validation().objective(), s.seconds()));
        }
        return records;
    }

    /** 2-D codes are drawn as they are; larger codes through their first two principal components. */
    public static JFreeChart latentChart(ModelHost run, FMatrixRMaj codes) {
        int n = codes.numRows;
        float[] x = new float[n];
        float[] y = new float[n];
        String xLabel;
        String yLabel;
        if (codes.numCols <= 2 || n < RunMetrics.PCA_MIN_ROWS) {
            // a code of one or two values is drawn as it is; fewer than two codes have no plane to
            // project on, and are drawn by their first two values (or not at all, without a test row)
            for (int i = 0; i < n; i++) {
                x[i] = codes.get(i, 0);
                y[i] = codes.numCols > 1 ? codes.get(i, 1) : 0f;
            }
            xLabel = "z1";
            yLabel = codes.numCols > 1 ? "z2" : "";
        } else {
            FMatrixRMaj projected = ModelHost.planeOf(codes).project(codes, 2);
            for (int i = 0; i < n; i++) {
                x[i] = projected.get(i, 0);
                y[i] = projected.get(i, 1);
            }
            xLabel = "PC1 of the " + codes.numCols + "-D code";
            yLabel = "PC2 of the " + codes.numCols + "-D code";
        }
        return LatentChart.create("Latent space of the test split (" + run.data().name() + ")", x, y,
                run.data().test().labels(), run.data().classNames(), xLabel, yLabel);
    }

    private static void writeMetrics(Path file, ModelHost run, TrainingResult result, RunMetrics m,
                                     AnomalyMetrics anomaly) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>(MetricsJson.of(m, run.spec().variant().isVariational()));
        if (anomaly != null) {
            root.put("anomaly", anomaly.toJson());
        }
        List<EpochStats> history = result.history();
        root.put("epochs", history.size());
        double seconds = history.stream().mapToDouble(EpochStats::seconds).sum();
        root.put("train_seconds", MetricsJson.number(seconds));
        root.put("samples_per_second", history.isEmpty() ? 0
                : history.stream().mapToDouble(EpochStats::samplesPerSecond).average().orElse(0));
        root.put("status", result.status().name().toLowerCase(Locale.ROOT));
        // stopped before its planned epochs, by Stop in the window or a signal on the command line
        root.put("interrupted", result.status() == TrainingResult.Status.CANCELLED);
        root.put("message", result.message());
        root.put("diagnostics", MetricsJson.diagnostics(run.diagnoses()));
        root.put("dataset", run.data().name());
        root.put("model", run.experiment().seededModel().summary());
        root.put("variant", run.spec().variant().kind().name().toLowerCase(Locale.ROOT));
        root.put("loss_unit", lossUnit(run));
        root.put("parameters", run.parameterCount());
        root.put("train_samples", run.data().train().size());
        root.put("validation_samples", run.data().validation().size());
        root.put("test_samples", run.data().test().size());
        byte[] bytes = Json.mapper().writeValueAsBytes(root);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
