package workbench.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.Normalization;
import workbench.data.Synthetic;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.Shape;
import workbench.engine.TrainingResult;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;

/** The shareable report: one file, nothing fetched from elsewhere, and the run's own numbers in it. */
class HtmlReportTest {
    /** Markup in a name must come out as text, never as tags. */
    private static final String NAME = "<b>blobs</b> & \"co\" 'x'";
    private static final String CLASS = "<i>cluster</i>";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static ModelHost run;
    private static TrainingResult result;
    private static RunMetrics metrics;

    @TempDir
    Path dir;

    /** Blobs in 16 dimensions drawn as 4x4 pictures: small enough to train in a blink, yet a real gallery. */
    @BeforeAll
    static void trainTinyModel() {
        Dataset blobs = Synthetic.blobs(400, 16, 3, 1.0, 5);
        Dataset all = new Dataset(NAME, blobs.features(), blobs.labels(),
                List.of(CLASS + " 1", CLASS + " 2", CLASS + " 3"), Shape.image(1, 4, 4));
        DataSplit split = new DataSplit(all.subset(NAME + "/train", IntStream.range(0, 300).toArray()),
                all.subset(NAME + "/test", IntStream.range(300, 400).toArray()));
        PreparedData data = DataPreparation.prepare(split, Normalization.Kind.MIN_MAX, 0.2, 42, null);
        ModelSpec model = new ModelSpec(data.sampleShape(), List.of(LayerSpec.dense(8, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, VariantSpec.plain(),
                LossFunction.BCE, null, 42);
        TrainingSpec training = TrainingSpec.defaults(2, 42).withBatchSize(32).withValidationFraction(0.2)
                .withOptimizer(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(0.005));
        Experiment experiment = new Experiment(new DatasetRef(NAME, Normalization.Kind.MIN_MAX), model, training, 42);
        run = new ModelHost(ModelHost.Parts.fresh(experiment, data));
        result = run.trainAndWait(experiment, List.of()).result();
        try {
            metrics = run.queryAndWait(m -> RunMetrics.measure(m, data, result.history().size()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String writeReport() throws IOException {
        Path file = dir.resolve("shared").resolve("report.html");
        run.queryAndWait(m -> {
            HtmlReport.write(file, run, m, metrics);
            return null;
        });
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void isOneFileThatReachesNowhere() throws IOException {
        String html = writeReport();
        try (Stream<Path> files = Files.list(dir.resolve("shared"))) {
            assertEquals(List.of("report.html"), files.map(f -> f.getFileName().toString()).toList());
        }
        Matcher links = Pattern.compile("(?i)\\b(?:src|href|srcset|action|poster|data)\\s*=\\s*[\"']?([^\"'\\s>]*)")
                .matcher(html);
        while (links.find()) {
            String target = links.group(1);
            assertTrue(target.startsWith("data:") || target.startsWith("#"), "external reference: " + target);
        }
        Matcher urls = Pattern.compile("(?i)url\\(\\s*['\"]?([^)'\"]*)").matcher(html);
        while (urls.find()) {
            assertTrue(urls.group(1).startsWith("#"), "only references inside the page: " + urls.group(1));
        }
        for (String banned : List.of("<script", "<link", "<iframe", "<object", "<embed", "@import",
                "src=\"http", "href=\"http", "src=\"//", "href=\"//")) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(banned), banned);
        }
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"), "the stylesheet is embedded");
        assertTrue(html.contains("default-src 'none'"), "the browser is told to fetch nothing");
    }

    @Test
    void embedsTheChartsAsSvgAndTheGalleryAsPng() throws IOException {
        String html = writeReport();
        assertEquals(2, count(html, "<svg "), "loss chart and latent plot");
        assertEquals(count(html, "<svg "), count(html, "</svg>"));
        Matcher png = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        assertTrue(png.find(), "the reconstruction gallery");
        byte[] bytes = Base64.getDecoder().decode(png.group(1));
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, PNG_MAGIC.length));
        BufferedImage gallery = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(gallery);
        assertTrue(gallery.getWidth() > ModelHost.GALLERY_SIZE * 64, "16 cells of 64 pixels and the labels");
        assertTrue(gallery.getHeight() > 2 * 64, "originals above reconstructions");
        String loss = html.substring(html.indexOf("id=\"loss\""));
        assertTrue(loss.contains("Training") && loss.contains("Validation"), "both curves in the legend");
    }

    @Test
    void showsTheSpec() throws IOException {
        String html = writeReport();
        for (String row : List.of("<th>Architecture</th><td>16-8-[2]-8-16</td>", "<th>Latent size</th><td>2</td>",
                "<th>Variant</th><td>plain</td>", "<th>Loss</th><td>BCE</td>", "<th>Optimizer</th><td>Adam</td>",
                "<th>Learning rate</th><td>0.005</td>", "<th>Batch size</th><td>32</td>",
                "<th>Epochs</th><td>2</td>",
                "<th>Samples</th><td>240 training, 60 validation, 100 test</td>", "<th>Seed</th><td>42</td>",
                "<th>Validation share</th><td>0.2</td>",
                "<th>Normalisation</th><td>min-max, fitted on the training rows</td>",
                "<tr><th>encoder</th><td>Dense(8, ReLU)</td><td class=\"num\">8</td></tr>",
                "<tr><th>code</th><td>Dense(2, Linear)</td><td class=\"num\">2</td></tr>",
                "<tr><th>decoder</th><td>Dense(8, ReLU)</td><td class=\"num\">8</td></tr>",
                "<tr><th>output</th><td>Dense(16, Sigmoid)</td><td class=\"num\">16</td></tr>")) {
            assertTrue(html.contains(row), row);
        }
    }

    @Test
    void showsTheMetricsAsMetricsJsonHasThem() throws IOException {
        Path runDir = dir.resolve("run");
        run.queryAndWait(m -> {
            RunExporter.export(runDir, run, m, result, metrics, null);
            return null;
        });
        String html = Files.readString(runDir.resolve(HtmlReport.FILE_NAME), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(runDir.resolve("metrics.json").toFile());
        List<JsonNode> numbers = new ArrayList<>();
        for (String key : List.of("loss", "bce", "mse", "mae")) {
            numbers.add(json.get("test").get(key));
        }
        for (String key : List.of("bce", "mse", "mae")) {
            numbers.add(json.get("pca_baseline").get(key));
        }
        numbers.add(json.get("knn_accuracy"));
        numbers.add(json.get("train_seconds"));
        numbers.add(json.get("samples_per_second"));
        for (JsonNode n : numbers) {
            double v = n.asDouble();
            assertTrue(n.isNumber() && Double.isFinite(v), n.toString());
            String cell = "<data value=\"" + v + "\">";
            assertTrue(html.contains(cell), "exact value of " + n + " in " + cell);
        }
        for (int i = 0; i < 7; i++) {
            double v = numbers.get(i).asDouble();
            assertTrue(html.contains("<data value=\"" + v + "\">" + HtmlReport.shown(v) + "</data>"),
                    "five significant digits of " + v);
        }
        long parameters = json.get("parameters").asLong();
        assertEquals(16 * 8 + 8 + 8 * 2 + 2 + 2 * 8 + 8 + 8 * 16 + 16, parameters);
        assertTrue(html.contains("<data value=\"" + parameters + "\">" + parameters + "</data>"));
        assertTrue(html.contains("PCA, " + json.get("pca_baseline").get("components").asInt() + " components"));
    }

    @Test
    void escapesNamesFromTheData() throws IOException {
        String html = writeReport();
        assertFalse(html.contains(NAME), "raw dataset name");
        assertFalse(html.contains(CLASS), "raw class name");
        assertFalse(html.contains("<b>") || html.contains("<i>"), "no tag from a name");
        assertTrue(html.contains("<title>Autoencoder 16-8-[2]-8-16 on &lt;b&gt;blobs&lt;/b&gt; &amp; "
                + "&quot;co&quot; &#39;x&#39;</title>"));
        assertTrue(html.contains("<h1>Autoencoder on &lt;b&gt;blobs&lt;/b&gt; &amp; &quot;co&quot; &#39;x&#39;</h1>"));
        assertTrue(html.contains("&lt;i&gt;cluster&lt;/i&gt; 1"), "class names in the latent legend");
    }

    @Test
    void aFailedWriteLeavesTheEarlierReport() throws IOException {
        Path file = dir.resolve("report.html");
        run.queryAndWait(m -> {
            HtmlReport.write(file, run, m, metrics);
            return null;
        });
        byte[] good = Files.readAllBytes(file);
        // Codes for fewer rows than the test split has labels: the latent plot refuses them.
        RunMetrics broken = new RunMetrics(metrics.testLoss(), metrics.test(), metrics.pcaBaseline(),
                metrics.pcaComponents(), metrics.pcaTestLoss(), metrics.knnAccuracy(), metrics.knnNeighbours(),
                new FMatrixRMaj(3, 2));
        assertThrows(IllegalArgumentException.class, () -> run.queryAndWait(m -> {
            HtmlReport.write(file, run, m, broken);
            return null;
        }));
        assertArrayEquals(good, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
