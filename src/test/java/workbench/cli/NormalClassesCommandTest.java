package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.data.DatasetRegistry;

/**
 * {@code train --normal-classes}: the breast-cancer anomaly preset's design on the command line,
 * trained on benign tumours only, scored on the whole test split.
 */
class NormalClassesCommandTest {
    /**
     * Measured with this command, seeds 1-10: AUC 0.947, 0.967, 0.951, 0.961, 0.939, 0.956, 0.958,
     * 0.962, 0.953, 0.946. The floor leaves 0.039 below the lowest.
     */
    private static final double AUC_FLOOR = 0.90;

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(List<String> args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = WorkbenchCommand.run(args.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new DatasetRegistry());
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static List<String> breastCancer(Path out, String normal, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--dataset", "breast-cancer", "--normalization", "z-score",
                "--normal-classes", normal, "--layers", "16", "--latent", "8", "--code-activation", "linear",
                "--output-activation", "linear", "--loss", "mse", "--optimizer", "adam", "--lr", "0.001",
                "--batch", "32", "--seed", "1", "--out", out.toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void trainsOnBenignOnlyAndWritesTheAnomalyMetrics() throws IOException {
        Path out = dir.resolve("bc");
        assertEquals(0, run(breastCancer(out, "benign", "--epochs", "100")), err);
        JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        JsonNode a = m.get("anomaly");
        double auc = a.get("auc").asDouble();
        assertTrue(auc > AUC_FLOOR, "AUC " + auc);
        assertEquals("benign", a.get("normal_classes").get(0).asText());
        assertEquals("malignant", a.get("anomaly_classes").get(0).asText());
        assertEquals(71 + 42, a.get("true_positives").asInt() + a.get("false_positives").asInt()
                + a.get("true_negatives").asInt() + a.get("false_negatives").asInt(), "the whole test split");
        assertEquals(42, a.get("true_positives").asInt() + a.get("false_negatives").asInt(), "malignant in test");
        // the 95th percentile of 71 benign errors passes 67 of them
        assertEquals(4, a.get("false_positives").asInt());
        assertTrue(a.get("threshold").asDouble() > 0);
        assertTrue(a.get("precision").asDouble() > 0.5 && a.get("recall").asDouble() > 0.5, a.toString());
        assertEquals(257 + 29, m.get("train_samples").asInt() + m.get("validation_samples").asInt(),
                "the 286 benign training samples only");
        assertTrue(m.get("knn_accuracy").isNull(), "codes of one class cannot vote for another");
        // the summary is on stdout, the progress on stderr
        String line = this.out.lines().filter(l -> l.startsWith("anomaly")).findFirst().orElse("");
        assertTrue(line.contains(String.format(java.util.Locale.ROOT, "AUC %.4f", auc)), this.out);
        assertTrue(line.contains("normal: benign; anomalies: malignant"), line);
        String report = java.nio.file.Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Anomaly AUC (normal: benign)") && report.contains("<data value=\"" + auc + "\">"),
                "the report carries the AUC that metrics.json has");
    }

    @Test
    void aDivergedRunStillWritesItsFolderAndReport() throws IOException {
        Path out = dir.resolve("diverged");
        List<String> args = breastCancer(out, "benign", "--epochs", "5");
        args.set(args.indexOf("0.001"), "1e30"); // a learning rate no model survives
        assertEquals(1, run(args), err);
        assertTrue(java.nio.file.Files.exists(out.resolve("report.html")), "report written: " + err);
        assertTrue(java.nio.file.Files.exists(out.resolve("metrics.json")));
    }

    @Test
    void anExperimentFileRepeatsTheChoice() throws IOException {
        Path first = dir.resolve("first");
        assertEquals(0, run(breastCancer(first, "benign", "--epochs", "3")), err);
        Path again = dir.resolve("again");
        assertEquals(0, run(List.of("train", "--experiment", first.resolve("experiment.json").toString(),
                "--out", again.toString(), "--quiet")), err);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(first.resolve("metrics.json").toFile()).get("anomaly").get("auc").asDouble(),
                json.readTree(again.resolve("metrics.json").toFile()).get("anomaly").get("auc").asDouble());
    }

    @Test
    void anUnknownClassIsOneLineNamingTheRealOnes() {
        assertEquals(2, run(breastCancer(dir.resolve("x"), "benign,Benighn", "--epochs", "1")));
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("error: breast-cancer has no class named 'Benighn'"), err);
        assertTrue(lines.get(0).contains("its classes are malignant, benign"), err);
        assertFalse(err.contains("\tat "), "no stack trace");
    }

    @Test
    void everyClassNormalLeavesNothingToFind() {
        assertEquals(2, run(breastCancer(dir.resolve("y"), "benign,malignant", "--epochs", "1")));
        assertTrue(err.startsWith("error: ") && err.contains("leave at least one out"), err);
    }

    @Test
    void withoutTheOptionMetricsHoldNoAnomalyPart() throws IOException {
        Path out = dir.resolve("plain");
        assertEquals(0, run(List.of("train", "--dataset", "iris", "--layers", "4", "--latent", "2", "--epochs", "1",
                "--out", out.toString(), "--quiet")), err);
        assertFalse(new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).has("anomaly"));
    }
}
