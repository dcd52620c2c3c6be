package workbench.session;

import static workbench.io.HtmlText.escape;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import workbench.analysis.AnomalyScores;
import workbench.engine.Autoencoder;
import workbench.engine.EpochStats;
import workbench.engine.ModelSpec;
import workbench.engine.TrainingResult;
import workbench.io.AtomicFiles;
import workbench.io.plot.ImageGrid;
import workbench.io.plot.InlineFigures;
import workbench.session.doctor.Diagnosis;
import workbench.session.doctor.HealthRecord;
import workbench.session.doctor.LayerHealth;

/**
 * A finished run as one self-contained HTML page to hand to a class: the design, the test metrics,
 * the loss curves, the reconstructions and the latent space. Everything is inside the file (styles,
 * charts as inline SVG, pictures as data URIs) so it opens offline, from a mail attachment or a USB
 * stick, and a content security policy makes the browser refuse anything that would reach out.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";

    private static final int LOSS_WIDTH = 1200;
    private static final int LOSS_HEIGHT = 700;
    private static final int LATENT_WIDTH = 1200;
    private static final int LATENT_HEIGHT = 800;
    /**
     * Each point of an SVG scatter costs about 310 bytes (2,000 points: 630 KB, less than the same
     * plot as PNG); above this many a PNG drawn at twice the size, to stay sharp when enlarged, is
     * the smaller file, and browsers draw it faster.
     */
    static final int MAX_SVG_POINTS = 5_000;
    private static final int GALLERY_CELL_PIXELS = 64;
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter MACHINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm",
            Locale.ROOT);

    private HtmlReport() {
    }

    /**
     * Writes the report of a run that is not training (the model is read as it stands). Atomic: a
     * failure leaves any earlier file at {@code file} untouched.
     */
    public static void write(Path file, ModelHost run, Autoencoder model, RunMetrics metrics) throws IOException {
        write(file, run, model, null, metrics, null);
    }

    /** As {@link #write(Path, ModelHost, Autoencoder, RunMetrics)}, with the anomaly metrics of a run trained on chosen classes. */
    public static void write(Path file, ModelHost run, Autoencoder model, RunMetrics metrics, AnomalyMetrics anomaly)
            throws IOException {
        write(file, run, model, null, metrics, anomaly);
    }

    /** As {@link #write(Path, ModelHost, Autoencoder, RunMetrics)}; {@code result}, when known, adds how the run ended. */
    public static void write(Path file, ModelHost run, Autoencoder model, TrainingResult result, RunMetrics metrics,
                             AnomalyMetrics anomaly) throws IOException {
        // Rendered in full before the file is touched: a chart that fails to draw costs nothing on disk.
        byte[] html = render(run, model, result, metrics, anomaly, LocalDateTime.now()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeBytes(file, html);
    }

    static String render(ModelHost run, Autoencoder model, TrainingResult result, RunMetrics metrics, AnomalyMetrics anomaly,
                         LocalDateTime when) {
        PreparedData data = run.data();
        ModelSpec spec = run.spec();
        List<EpochStats> history = result != null ? result.history() : run.history();
        String variant = spec.variant().kind().name().toLowerCase(Locale.ROOT);
        StringBuilder page = new StringBuilder(256 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("img-src data:; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"Autoencoder Workbench\">\n")
                .append("<title>").append(escape("Autoencoder " + spec.summary() + " on " + data.name()))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");

        page.append("<header>\n<h1>").append(escape("Autoencoder on " + data.name())).append("</h1>\n")
                .append("<p class=\"subtitle\"><span class=\"architecture\">").append(escape(spec.summary()))
                .append("</span> &middot; ").append(escape(variant)).append(" &middot; ")
                .append(escape(spec.loss().displayName())).append(" &middot; ")
                .append(history.size()).append(history.size() == 1 ? " epoch" : " epochs")
                .append(" &middot; <time datetime=\"").append(when.format(MACHINE_DATE)).append("\">")
                .append(when.format(SHOWN_DATE)).append("</time></p>\n</header>\n");
        if (result != null && result.status() != TrainingResult.Status.COMPLETED) {
            page.append("<p class=\"status\">").append(escape(statusLine(result))).append("</p>\n");
        }

        appendModel(page, run, model, history.size());
        appendMetrics(page, run, metrics, anomaly, history);
        appendDiagnoses(page, run.diagnoses(), run.state().health());
        appendLoss(page, run, history, metrics);
        appendReconstructions(page, run, model);
        appendLatent(page, run, metrics.testCodes());

        page.append("<footer>Written by Autoencoder Workbench on ").append(when.format(SHOWN_DATE))
                .append(". The same seed, data and settings give the same weights, bit for bit.</footer>\n")
                .append("</body>\n</html>\n");
        return page.toString();
    }

    private static String statusLine(TrainingResult result) {
        String how = switch (result.status()) {
            case COMPLETED -> "Training completed.";
            case STOPPED_EARLY -> "Training stopped early: the validation loss stopped improving.";
            case CANCELLED -> "Training was stopped before the planned epochs.";
            case DIVERGED -> "Training diverged.";
            case DEAD -> "Training stopped: the network died.";
        };
        return result.message() == null || result.message().isBlank() ? how : how + " " + result.message();
    }

    private static void appendModel(StringBuilder page, ModelHost run, Autoencoder model, int epochsTrained) {
        page.append("<section id=\"model\">\n<h2>Model</h2>\n<div class=\"columns\">\n<div>\n<h3>Layers</h3>\n")
                .append("<table class=\"layers\">\n<thead><tr><th>part</th><th>layer</th>")
                .append("<th class=\"num\">output</th></tr></thead>\n<tbody>\n");
        for (SpecRows.LayerRow row : SpecRows.layers(model)) {
            page.append("<tr><th>").append(escape(row.part())).append("</th><td>").append(escape(row.layer()))
                    .append("</td><td class=\"num\">").append(escape(row.output())).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</div>\n<div>\n<h3>Settings</h3>\n<table class=\"spec\">\n<tbody>\n");
        for (SpecRows.Row row : SpecRows.settings(run.experiment(), run.data(), epochsTrained)) {
            page.append("<tr><th>").append(escape(row.label())).append("</th><td>").append(escape(row.value()))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</div>\n</div>\n</section>\n");
    }

    private static void appendMetrics(StringBuilder page, ModelHost run, RunMetrics m, AnomalyMetrics anomaly,
                                      List<EpochStats> history) {
        page.append("<section id=\"metrics\">\n<h2>Results on the test split</h2>\n<div class=\"columns\">\n<div>\n")
                .append("<table class=\"errors\">\n<thead><tr><th>error, mean per value</th>")
                .append("<th class=\"num\">autoencoder</th><th class=\"num\">PCA, ")
                .append(m.pcaComponents()).append(m.pcaComponents() == 1 ? " component" : " components")
                .append("</th></tr></thead>\n<tbody>\n");
        errorRow(page, "BCE", m.test().bce(), m.pcaBaseline().bce());
        errorRow(page, "MSE", m.test().mse(), m.pcaBaseline().mse());
        errorRow(page, "MAE", m.test().mae(), m.pcaBaseline().mae());
        page.append("</tbody>\n</table>\n<p>PCA with as many components as the code is the linear baseline")
                .append(" to beat: what an autoencoder gains over it, it owes to its nonlinearities.</p>\n")
                .append("</div>\n<div>\n")
                .append("<table class=\"facts\">\n<tbody>\n");
        factRow(page, "Test loss (" + RunExporter.lossUnit(run) + ")", value(m.testLoss().objective()));
        if (run.spec().variant().isVariational()) {
            factRow(page, "KL per sample (nats)", value(m.testLoss().kl()));
        }
        if (!Double.isNaN(m.knnAccuracy())) {
            factRow(page, m.knnNeighbours() + "-NN accuracy of the codes", value(m.knnAccuracy()));
        }
        if (anomaly != null) {
            factRow(page, "Anomaly AUC (normal: " + String.join(", ", anomaly.normalClasses()) + ")",
                    value(anomaly.auc()));
            factRow(page, "Threshold: " + (int) AnomalyScores.DEFAULT_PERCENTILE + "th percentile of the normal errors",
                    value(anomaly.threshold()));
            factRow(page, "Precision at the threshold", value(anomaly.precision()));
            factRow(page, "Recall at the threshold", value(anomaly.recall()));
        }
        factRow(page, "Parameters", "<data value=\"" + run.parameterCount() + "\">"
                + String.format(Locale.ROOT, "%,d", run.parameterCount()) + "</data>");
        double seconds = history.stream().mapToDouble(EpochStats::seconds).sum();
        factRow(page, "Training time", "<data value=\"" + seconds + "\">" + escape(duration(seconds)) + "</data>");
        if (!history.isEmpty()) {
            double speed = history.stream().mapToDouble(EpochStats::samplesPerSecond).average().orElse(0);
            factRow(page, "Samples per second", "<data value=\"" + speed + "\">"
                    + String.format(Locale.ROOT, "%,.0f", speed) + "</data>");
        }
        page.append("</tbody>\n</table>\n</div>\n</div>\n</section>\n");
    }

    /**
     * What the training doctor found, as the window's Health tab says it (a healthy run says so
     * too), and every layer's health at the last epoch the doctor watched.
     */
    private static void appendDiagnoses(StringBuilder page, List<Diagnosis> diagnoses, List<HealthRecord> health) {
        page.append("<section id=\"health\">\n<h2>Training doctor</h2>\n");
        if (diagnoses.isEmpty()) {
            page.append("<p>No problems found: at every epoch's end the network and its gradients were looked at,")
                    .append(" and nothing was dead, exploding, saturated, vanishing, too slow, overfitting,")
                    .append(" worse than PCA, collapsed or off its sparsity target.</p>\n");
        } else {
            page.append("<ul class=\"diagnoses\">\n");
            for (Diagnosis d : diagnoses) {
                page.append("<li><strong>").append(escape(d.kind().title())).append("</strong>, epoch ")
                        .append(d.epoch()).append(d.batch() == null ? "" : ", batch " + d.batch())
                        .append(d.layer() == null ? "" : ", " + escape(d.layer())).append(": ")
                        .append(escape(d.seen())).append(' ').append(escape(d.why())).append(" <em>")
                        .append(escape(d.advice())).append("</em></li>\n");
            }
            page.append("</ul>\n");
        }
        if (!health.isEmpty()) {
            appendLayers(page, health.get(health.size() - 1));
        }
        page.append("</section>\n");
    }

    private static void appendLayers(StringBuilder page, HealthRecord last) {
        page.append("<h3>Every layer at epoch ").append(last.epoch()).append("</h3>\n")
                .append("<table class=\"layers-health\">\n<thead><tr><th>Layer</th><th>Outputs on the probe rows</th>")
                .append("<th>Weight norm</th><th>Gradient RMS</th><th>Dead units</th></tr></thead>\n<tbody>\n");
        for (LayerHealth layer : last.layers()) {
            page.append("<tr><th>").append(escape(layer.layer())).append("</th><td class=\"num\">")
                    .append(value(layer.activations().min())).append(" to ").append(value(layer.activations().max()))
                    .append("</td><td class=\"num\">").append(Double.isNaN(layer.weightNorm()) ? "-" : value(layer.weightNorm()))
                    .append("</td><td class=\"num\">").append(Double.isNaN(layer.gradientRms()) ? "-" : value(layer.gradientRms()))
                    .append("</td><td class=\"num\">").append(Double.isNaN(layer.deadShare()) ? "-"
                            : String.format(Locale.ROOT, "%.0f%%", 100 * layer.deadShare()))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private static void errorRow(StringBuilder page, String name, double model, double pca) {
        page.append("<tr><th>").append(name).append("</th><td class=\"num\">").append(value(model))
                .append("</td><td class=\"num\">").append(value(pca)).append("</td></tr>\n");
    }

    private static void factRow(StringBuilder page, String label, String valueHtml) {
        page.append("<tr><th>").append(escape(label)).append("</th><td class=\"num\">").append(valueHtml)
                .append("</td></tr>\n");
    }

    /**
     * Five significant digits for the eye, and the exact double (as metrics.json has it) for a
     * script or a curious student in the {@code <data>} element's value.
     */
    static String value(double v) {
        if (!Double.isFinite(v)) {
            return "<data value=\"" + v + "\">" + (Double.isNaN(v) ? "n/a" : v > 0 ? "&infin;" : "-&infin;")
                    + "</data>";
        }
        return "<data value=\"" + v + "\">" + shown(v) + "</data>";
    }

    /** Trailing zeros kept (0.23190, not 0.2319), so a column of numbers lines up digit by digit. */
    static String shown(double v) {
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(5));
        double magnitude = Math.abs(v);
        return magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e7) ? rounded.toPlainString() : rounded.toString();
    }

    private static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return whole < 3600 ? String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60)
                : String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
    }

    /** The run folder's loss figure, without its title: the section's heading says it. */
    private static void appendLoss(StringBuilder page, ModelHost run, List<EpochStats> history, RunMetrics metrics) {
        page.append("<section id=\"loss\">\n<h2>Loss per epoch</h2>\n");
        if (history.isEmpty()) {
            page.append("<p>No epoch has been trained yet.</p>\n</section>\n");
            return;
        }
        JFreeChart chart = RunExporter.lossChart(run, history, RunExporter.pcaLine(run, metrics), false);
        chart.setTitle((String) null);
        page.append("<figure>\n").append(InlineFigures.svgElement(chart, LOSS_WIDTH, LOSS_HEIGHT, "loss"))
                .append("\n<figcaption>Training loss (solid, the mean over each epoch) and validation loss")
                .append(" (dashed, after each epoch). Validation rising while training falls means the model")
                .append(" is starting to overfit. The grey dashed line is PCA with as many components as the code,")
                .append(" on the test split; a dotted line, if any, marks the first epoch the autoencoder beats it.")
                .append("</figcaption>\n</figure>\n</section>\n");
    }

    private static void appendReconstructions(StringBuilder page, ModelHost run, Autoencoder model) {
        FMatrixRMaj originals = run.gallery();
        String uri = InlineFigures.pngDataUri(ImageGrid.grid(List.of(originals, model.reconstruct(originals)),
                List.of("original", "reconstruction"), run.data().sampleShape(), GALLERY_CELL_PIXELS));
        page.append("<section id=\"reconstructions\">\n<h2>Reconstructions</h2>\n<figure>\n")
                .append("<img class=\"pixels\" src=\"").append(uri).append("\" alt=\"")
                .append(originals.numRows).append(" test samples above their reconstructions\">\n")
                .append("<figcaption>").append(originals.numRows)
                .append(" samples of the test split, which the model never trained on (top),")
                .append(" and what it made of them after squeezing each through the ")
                .append(run.codeSize()).append("-number code (bottom).")
                .append("</figcaption>\n</figure>\n</section>\n");
    }

    private static void appendLatent(StringBuilder page, ModelHost run, FMatrixRMaj codes) {
        page.append("<section id=\"latent\">\n<h2>Latent space</h2>\n<figure>\n");
        JFreeChart chart = RunExporter.latentChart(run, codes);
        chart.setTitle((String) null);
        if (chart.getXYPlot().getRenderer() instanceof XYLineAndShapeRenderer dots) {
            // An outline of the dot's own colour doubles every point in SVG for a pixel's difference.
            dots.setDrawOutlines(false);
        }
        if (codes.numRows <= MAX_SVG_POINTS) {
            page.append(InlineFigures.svgElement(chart, LATENT_WIDTH, LATENT_HEIGHT, "latent"));
        } else {
            page.append("<img src=\"").append(InlineFigures.pngDataUri(chart, LATENT_WIDTH, LATENT_HEIGHT, 2))
                    .append("\" alt=\"the test codes, coloured by class\">");
        }
        String how = codes.numCols == 1 ? ", along the horizontal axis,"
                : codes.numCols == 2 ? "" : ", seen through its first two principal components,";
        page.append("\n<figcaption>The ").append(codes.numCols).append("-number code of each of the ")
                .append(String.format(Locale.ROOT, "%,d", codes.numRows)).append(" test samples").append(how)
                .append(" coloured by class. The model never saw the classes: clusters that")
                .append(" follow them are structure it found on its own.</figcaption>\n</figure>\n</section>\n");
    }
}
