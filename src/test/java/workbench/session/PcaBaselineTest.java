package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.data.Dataset;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Shape;
import workbench.engine.VariantSpec;

class PcaBaselineTest {
    private static final int FEATURES = 8;

    private static ModelSpec spec(ActivationFunction output, LossFunction loss, VariantSpec variant) {
        return new ModelSpec(Shape.flat(FEATURES), List.of(LayerSpec.dense(6, ActivationFunction.RELU)), 2,
                ActivationFunction.RELU, true, List.of(), output, variant, loss, null, 1);
    }

    /** Rows in [0, 1] whose features have clearly different variances, so every component matters. */
    private static FMatrixRMaj rows(int n, long seed) {
        return rows(n, seed, 1);
    }

    /** As {@link #rows(int, long)} with the spread multiplied by {@code spread}: above 3, many values sit at 0 or 1, as in images. */
    private static FMatrixRMaj rows(int n, long seed, double spread) {
        Random random = new Random(seed);
        FMatrixRMaj m = new FMatrixRMaj(n, FEATURES);
        for (int i = 0; i < n; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            for (int j = 0; j < FEATURES; j++) {
                double v = 0.5 + spread * (0.12 * a * Math.cos(j) + 0.08 * b * Math.sin(2 * j)
                        + 0.1 / (j + 1) * random.nextGaussian());
                m.set(i, j, (float) Math.max(0, Math.min(1, v)));
            }
        }
        return m;
    }

    @Test
    void asManyComponentsAsFeaturesReconstructExactly() {
        FMatrixRMaj train = rows(300, 1);
        FMatrixRMaj test = rows(50, 2);
        PcaBaseline full = PcaBaseline.fit(train, FEATURES, spec(ActivationFunction.LINEAR, LossFunction.MSE,
                VariantSpec.plain()));
        assertEquals(FEATURES, full.components());
        FMatrixRMaj back = full.reconstruct(test);
        for (int i = 0; i < test.getNumElements(); i++) {
            assertEquals(test.data[i], back.data[i], 1e-5, "element " + i);
        }
        assertTrue(full.loss(back, test) < 1e-10, "loss " + full.loss(back, test));
        // a code larger than the data's dimension cannot use more components than exist
        assertEquals(FEATURES, PcaBaseline.fit(train, 100, spec(ActivationFunction.LINEAR, LossFunction.MSE,
                VariantSpec.plain())).components());
    }

    @Test
    void fewerComponentsLeaveAnErrorThatShrinksWithK() {
        FMatrixRMaj train = rows(300, 3);
        FMatrixRMaj test = rows(80, 4);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k < FEATURES; k++) {
            PcaBaseline b = PcaBaseline.fit(train, k, spec(ActivationFunction.LINEAR, LossFunction.MSE,
                    VariantSpec.plain()));
            double loss = b.loss(b.reconstruct(test), test);
            assertTrue(loss > 1e-6, "k = " + k + " leaves an error: " + loss);
            assertTrue(loss < previous, "k = " + k + ": " + loss + " not below " + previous);
            previous = loss;
        }
    }

    @Test
    void bceIsTheLossFunctionOnClippedReconstructionsMeanPerElement() {
        FMatrixRMaj train = rows(300, 5, 4);
        FMatrixRMaj test = rows(60, 6, 4);
        int k = 2;
        PcaBaseline b = PcaBaseline.fit(train, k, spec(ActivationFunction.SIGMOID, LossFunction.BCE,
                VariantSpec.plain()));
        FMatrixRMaj unclipped = b.pca().reconstruct(test, k);
        FMatrixRMaj clipped = b.reconstruct(test);
        double sum = 0;
        boolean someClipped = false;
        for (int i = 0; i < test.getNumElements(); i++) {
            // clipped in float, as the network's own outputs are float
            float p = Math.max((float) 1e-7, Math.min((float) (1 - 1e-7), unclipped.data[i]));
            someClipped |= p != unclipped.data[i];
            assertEquals(p, clipped.data[i], 0);
            double t = test.data[i];
            sum -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
        }
        assertTrue(someClipped, "the data reaches 0 and 1, so a linear reconstruction overshoots somewhere");
        assertEquals(sum / test.getNumElements(), b.loss(clipped, test), 1e-6);
        assertTrue(Double.isFinite(b.loss(clipped, test)));
    }

    @Test
    void aLinearOutputIsNotClippedAndMseIsByHand() {
        FMatrixRMaj train = rows(300, 7);
        FMatrixRMaj test = rows(60, 8);
        PcaBaseline b = PcaBaseline.fit(train, 1, spec(ActivationFunction.LINEAR, LossFunction.MSE,
                VariantSpec.plain()));
        FMatrixRMaj raw = b.pca().reconstruct(test, 1);
        FMatrixRMaj out = b.reconstruct(test);
        double se = 0;
        for (int i = 0; i < test.getNumElements(); i++) {
            assertEquals(raw.data[i], out.data[i], 0);
            double d = out.data[i] - test.data[i];
            se += d * d;
        }
        assertEquals(se / test.getNumElements(), b.loss(out, test), 1e-9);
    }

    @Test
    void aVariationalModelIsComparedPerSampleInNats() {
        FMatrixRMaj train = rows(300, 9);
        FMatrixRMaj test = rows(40, 10);
        PcaBaseline b = PcaBaseline.fit(train, 2, spec(ActivationFunction.SIGMOID, LossFunction.BCE,
                VariantSpec.variational(1, 0)));
        assertTrue(b.perSample());
        FMatrixRMaj out = b.reconstruct(test);
        double total = LossFunction.BCE.evaluate(out, test, false, null, null, 0f);
        assertEquals(total / test.numRows, b.loss(out, test), 1e-9);
    }

    @Test
    void theFitUsesAtMostTenThousandRowsFromTheWholeSplit() {
        FMatrixRMaj train = new FMatrixRMaj(25_000, 2);
        for (int i = 0; i < train.numRows; i++) {
            // the first half constant, the second half varies: a prefix would see no variance at all
            train.set(i, 0, i < 12_500 ? 0 : (float) Math.sin(i));
            train.set(i, 1, i < 12_500 ? 0 : (float) Math.cos(i));
        }
        PcaBaseline b = PcaBaseline.fit(train, 1, spec(ActivationFunction.LINEAR, LossFunction.MSE,
                VariantSpec.plain()));
        assertEquals(PcaBaseline.MAX_FIT_ROWS, b.fitRows());
        assertTrue(b.pca().singularValues()[0] > 1, "rows come from the whole split");
    }

    @Test
    void theFittedRowsAreSpreadEvenlySoTheirMeanIsTheSplits() {
        // row i holds (i, 2i): every 2.5th row of 25,000 has about the whole split's mean, 12,499.5
        FMatrixRMaj train = new FMatrixRMaj(25_000, 2);
        for (int i = 0; i < train.numRows; i++) {
            train.set(i, 0, i);
            train.set(i, 1, 2 * i);
        }
        PcaBaseline b = PcaBaseline.fit(train, 1, spec(ActivationFunction.LINEAR, LossFunction.MSE,
                VariantSpec.plain()));
        float[] mean = b.pca().mean();
        assertEquals(12_499.5, mean[0], 2);
        assertEquals(24_999, mean[1], 4);
        assertEquals(LossFunction.MSE, b.lossFunction());
    }

    @Test
    void aReluOutputIsNeverRebuiltBelowZero() {
        // ReLU's range is [0, inf): PCA's linear reconstruction of rows near 0 dips below it
        FMatrixRMaj train = rows(200, 21, 4);
        PcaBaseline b = PcaBaseline.fit(train, 1, spec(ActivationFunction.RELU, LossFunction.MSE, VariantSpec.plain()));
        FMatrixRMaj unclipped = b.pca().reconstruct(train, 1);
        float lowest = Float.MAX_VALUE;
        for (float v : unclipped.data) {
            lowest = Math.min(lowest, v);
        }
        assertTrue(lowest < 0, "the test needs a negative reconstruction: " + lowest);
        for (float v : b.reconstruct(train).data) {
            assertTrue(v >= 0, "clipped to ReLU's range: " + v);
        }
    }

    @Test
    void aDenoisingModelsTestLossFeedsCorruptedRows() {
        FMatrixRMaj train = rows(300, 11);
        FMatrixRMaj test = rows(60, 12);
        PreparedData data = prepared(train, test);
        PcaBaseline plain = PcaBaseline.fit(train, 3, spec(ActivationFunction.SIGMOID, LossFunction.MSE,
                VariantSpec.plain()));
        assertEquals(plain.loss(plain.reconstruct(test), test), plain.testLoss(data), 0);
        PcaBaseline denoising = PcaBaseline.fit(train, 3, spec(ActivationFunction.SIGMOID, LossFunction.MSE,
                VariantSpec.denoising(VariantSpec.Noise.MASKING, 0.5, true)));
        double clean = denoising.loss(denoising.reconstruct(test), test);
        double noisy = denoising.testLoss(data);
        assertNotEquals(clean, noisy);
        assertTrue(noisy > clean, "half the pixels masked cannot be rebuilt as well: " + noisy + " vs " + clean);
        assertEquals(noisy, denoising.testLoss(data), 0, "the same corruption every time");
        FMatrixRMaj blank = new FMatrixRMaj(test.numRows, test.numCols);
        assertTrue(noisy < denoising.loss(denoising.reconstruct(blank), test),
                "half the pixels are kept, not every one blanked");
    }

    private static PreparedData prepared(FMatrixRMaj train, FMatrixRMaj test) {
        Dataset tr = new Dataset("train", train, new int[train.numRows], List.of("a"), Shape.flat(FEATURES));
        Dataset te = new Dataset("test", test, new int[test.numRows], List.of("a"), Shape.flat(FEATURES));
        Dataset none = tr.subset("validation", new int[0]);
        return new PreparedData("synthetic", tr, none, te, Normalization.identity(FEATURES));
    }
}
