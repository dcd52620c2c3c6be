package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.analysis.AnomalyReport;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Shape;
import workbench.engine.VariantSpec;

/**
 * What {@link RunMetrics#measure} and {@link AnomalyMetrics#measure} report for a run, on a small
 * untrained model (the numbers' values are checked elsewhere; here, which numbers there are).
 */
class RunMetricsMeasureTest {
    private static final List<String> CLASSES = List.of("cat", "dog", "fox");

    /** Class c's rows sit around 3 c: a code that keeps the rows apart keeps the classes apart. */
    private static Dataset data(String name, int rows, boolean labelled) {
        FMatrixRMaj x = new FMatrixRMaj(rows, 3);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            int c = i % 3;
            labels[i] = labelled ? c : Dataset.NO_LABEL;
            x.set(i, 0, 3 * c + (i % 7) * 0.1f);
            x.set(i, 1, -2 * c + (i % 5) * 0.2f);
            x.set(i, 2, (i % 11) * 0.05f);
        }
        return new Dataset(name, x, labels, labelled ? CLASSES : List.of(), Shape.flat(3));
    }

    private static PreparedData prepare(boolean labelled, List<String> normal) {
        DataSplit split = new DataSplit(data("pets/train", 120, labelled), data("pets/test", 45, labelled));
        return DataPreparation.prepare(split, Normalization.Kind.Z_SCORE, 0, 5, null, normal);
    }

    private static Autoencoder model(VariantSpec variant) {
        return new Autoencoder(new ModelSpec(Shape.flat(3), List.of(LayerSpec.dense(4, ActivationFunction.TANH)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.LINEAR, variant, LossFunction.MSE,
                null, 1));
    }

    @Test
    void theTestLossWeighsKlAsTheLastTrainedEpochDid() {
        // beta ramps over 10 epochs: after 3 epochs (0, 1, 2) the last one weighed KL by 3/10
        Autoencoder vae = model(VariantSpec.variational(1.0, 10));
        PreparedData data = prepare(true, null);
        FMatrixRMaj test = data.test().features();
        RunMetrics m = RunMetrics.measure(vae, data, 3);
        assertEquals(vae.evaluate(test, 2).objective(), m.testLoss().objective(), 0);
        assertNotEquals(vae.evaluate(test, 4).objective(), m.testLoss().objective(), "KL weighs in");
        assertEquals(vae.evaluate(test, 0).objective(), RunMetrics.measure(vae, data, 0).testLoss().objective(), 0,
                "before any epoch, the first epoch's weight");
    }

    @Test
    void thePcaLineIsTheBaselineTheWindowFitsInTheRunsUnits() {
        // the window's "vs PCA" tab fits it from the run's training rows, code size and design
        for (VariantSpec variant : List.of(VariantSpec.plain(), VariantSpec.variational(1.0, 0),
                VariantSpec.denoising(VariantSpec.Noise.GAUSSIAN, 0.3, false))) {
            Autoencoder ae = model(variant);
            PreparedData data = prepare(true, null);
            double windows = PcaBaseline.fit(data.train().features(), ae.codeSize(), ae.spec()).testLoss(data);
            assertEquals(windows, RunMetrics.measure(ae, data, 1).pcaTestLoss(), 0, variant.kind().name());
        }
    }

    @Test
    void knnAccuracyOnlyWhenEveryClassTrainedOnLabelledData() {
        Autoencoder ae = model(VariantSpec.plain());
        double knn = RunMetrics.measure(ae, prepare(true, null), 1).knnAccuracy();
        assertTrue(knn >= 0 && knn <= 1, "an accuracy: " + knn);
        assertTrue(Double.isNaN(RunMetrics.measure(ae, prepare(false, null), 1).knnAccuracy()), "no labels");
        assertTrue(Double.isNaN(RunMetrics.measure(ae, prepare(true, List.of("cat")), 1).knnAccuracy()),
                "codes of cats alone can only vote cat");
    }

    @Test
    void anomalyMetricsExistOnlyForARunOnChosenClassesAndAgreeWithTheReport() {
        Autoencoder ae = model(VariantSpec.plain());
        PreparedData all = prepare(true, null);
        assertNull(AnomalyMetrics.measure(ae, all));
        assertThrows(IllegalArgumentException.class, () -> AnomalyReports.of(ae, all, 0));

        PreparedData cats = prepare(true, List.of("cat"));
        AnomalyMetrics m = AnomalyMetrics.measure(ae, cats);
        AnomalyReport report = AnomalyReports.of(ae, cats, 3);
        assertEquals(List.of("cat"), m.normalClasses());
        assertEquals(List.of("dog", "fox"), m.anomalyClasses());
        assertEquals(report.scores().auc(), m.auc(), 0, "the AUC the window shows is the one metrics.json holds");
        assertEquals(45, report.scores().errors().length, "the whole test split is scored");
        assertEquals(3, report.worst().length);
    }
}
