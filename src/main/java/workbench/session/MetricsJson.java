package workbench.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.session.doctor.Diagnosis;

/**
 * The test metrics of a model as {@code metrics.json} and {@code evaluate} both write them, so the
 * two say the same thing the same way. A number that is not finite (a diverged model's loss, a kNN
 * probe with no labels) is written as null: JSON has no NaN or infinity, and a reader should not
 * have to parse "-Infinity" out of a string.
 */
public final class MetricsJson {
    private MetricsJson() {
    }

    /** {@code test}, {@code pca_baseline}, {@code knn_accuracy} and {@code knn_neighbours}, in that order. */
    public static Map<String, Object> of(RunMetrics m, boolean variational) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("loss", number(m.testLoss().objective()));
        test.put("bce", number(m.test().bce()));
        test.put("mse", number(m.test().mse()));
        test.put("mae", number(m.test().mae()));
        test.put("reconstruction_per_sample_sum", number(m.testLoss().reconstructionSum()));
        if (variational) {
            test.put("kl_per_sample", number(m.testLoss().kl()));
        }
        Map<String, Object> pca = new LinkedHashMap<>();
        pca.put("components", m.pcaComponents());
        pca.put("loss", number(m.pcaTestLoss()));
        pca.put("bce", number(m.pcaBaseline().bce()));
        pca.put("mse", number(m.pcaBaseline().mse()));
        pca.put("mae", number(m.pcaBaseline().mae()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("test", test);
        if (!m.hasPcaBaseline()) {
            pca.put("note", "no baseline: PCA needs at least " + RunMetrics.PCA_MIN_ROWS + " training rows");
        }
        root.put("pca_baseline", pca);
        root.put("knn_accuracy", number(m.knnAccuracy()));
        // k is said because it shrinks to the labelled rows a small dataset has
        root.put("knn_neighbours", m.knnNeighbours());
        return root;
    }

    /**
     * The {@code diagnostics} section: what the training doctor found, one entry per diagnosis in the
     * order found, an empty list for a healthy run. Each has its kind ("dead_relu"), the epoch and batch
     * (null at an epoch's end), the layer (null for the whole run), its numbers by name, and the
     * sentence the window and the command line show.
     */
    public static List<Map<String, Object>> diagnostics(List<Diagnosis> diagnoses) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnosis d : diagnoses) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", d.kind().fileName());
            entry.put("epoch", d.epoch());
            entry.put("batch", d.batch());
            entry.put("layer", d.layer());
            Map<String, Object> numbers = new LinkedHashMap<>();
            d.numbers().forEach((name, value) -> numbers.put(name, number(value)));
            entry.put("numbers", numbers);
            entry.put("message", d.message());
            list.add(entry);
        }
        return list;
    }

    /** The value, or null when JSON cannot hold it. */
    public static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
