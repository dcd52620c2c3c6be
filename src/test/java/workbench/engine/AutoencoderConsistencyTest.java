package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The Autoencoder's ways of looking at data agree with one another: the training pass without
 * noise reports the evaluation's loss, a dataset longer than one internal chunk (512 rows) gives
 * what its parts give, and re-initialising gives the seed's weights back.
 */
class AutoencoderConsistencyTest {

    private static final List<VariantSpec> VARIANTS = List.of(VariantSpec.plain(), VariantSpec.sparseL1(1e-2),
            VariantSpec.variational(1.0, 2));

    private static Autoencoder model(VariantSpec variant, LossFunction loss, ActivationFunction output) {
        ModelSpec spec = new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), output, variant, loss, null, 7);
        return new Autoencoder(spec);
    }

    private static FMatrixRMaj rows(FMatrixRMaj m, int from, int to) {
        FMatrixRMaj out = new FMatrixRMaj(to - from, m.numCols);
        System.arraycopy(m.data, from * m.numCols, out.data, 0, out.getNumElements());
        return out;
    }

    private static double[] parts(LossBreakdown l) {
        return new double[] {l.objective(), l.reconstructionMean(), l.reconstructionSum(), l.kl(), l.penalty()};
    }

    /**
     * With the VAE's sampling noise fixed at 0 the code is the mean, and nothing else is random in
     * these models: one training pass must report exactly the loss evaluate reports, in every part,
     * for BCE fused with the sigmoid and for MSE, and at each epoch of the beta warm-up.
     */
    @Test
    void aTrainingPassWithoutNoiseReportsTheEvaluatedLossInEveryPart() {
        FMatrixRMaj data = TrainerTest.toyData(40, 3);
        for (VariantSpec variant : VARIANTS) {
            for (LossFunction loss : List.of(LossFunction.BCE, LossFunction.MSE)) {
                Autoencoder m = model(variant, loss, ActivationFunction.SIGMOID);
                m.setLatentNoise((buffer, n) -> Arrays.fill(buffer, 0, n, 0f));
                for (int epoch = 0; epoch < 3; epoch++) {
                    double[] evaluated = parts(m.evaluate(data, epoch));
                    double[] trained = parts(m.computeGradients(data, data, epoch));
                    for (int k = 0; k < 5; k++) {
                        assertEquals(evaluated[k], trained[k], 1e-5 * Math.abs(evaluated[k]) + 1e-9,
                                variant.kind() + " " + loss + " epoch " + epoch + " part " + k);
                    }
                }
            }
        }
    }

    /** A denoising model's pass takes a corrupted input and a clean target; evaluate does the same. */
    @Test
    void aPassOnAnInputOtherThanItsTargetMatchesEvaluateOnTheSamePair() {
        FMatrixRMaj target = TrainerTest.toyData(40, 3);
        FMatrixRMaj input = target.copy();
        for (int i = 0; i < input.data.length; i += 3) {
            input.data[i] = 0;
        }
        Autoencoder m = model(VariantSpec.plain(), LossFunction.BCE, ActivationFunction.SIGMOID);
        double paired = m.evaluate(input, target, 0).objective();
        assertEquals(paired, m.computeGradients(input, target, 0).objective(), 1e-6 * paired);
        assertNotEquals(m.evaluate(input, 0).objective(), paired, "the target is not the input");
        assertNotEquals(m.evaluate(target, 0).objective(), paired, "the input is not the target");
    }

    /**
     * 1,100 rows go through in chunks of 512: the loss of the whole is the row-weighted mean of the
     * losses of rows 0-599 and 600-1099, and each row's code, decoding and reconstruction are those
     * it gets alone (checked across both chunk boundaries).
     */
    @Test
    void aDatasetLongerThanAChunkGivesWhatItsPartsGive() {
        FMatrixRMaj data = TrainerTest.toyData(1100, 4);
        FMatrixRMaj shifted = data.copy();
        for (int i = 0; i < shifted.data.length; i++) {
            shifted.data[i] = shifted.data[i] * 0.5f + 0.1f;
        }
        for (VariantSpec variant : VARIANTS) {
            Autoencoder m = model(variant, LossFunction.BCE, ActivationFunction.SIGMOID);
            double[] whole = parts(m.evaluate(shifted, data, 1));
            double[] head = parts(m.evaluate(rows(shifted, 0, 600), rows(data, 0, 600), 1));
            double[] tail = parts(m.evaluate(rows(shifted, 600, 1100), rows(data, 600, 1100), 1));
            for (int k = 0; k < 5; k++) {
                double expected = (head[k] * 600 + tail[k] * 500) / 1100;
                assertEquals(expected, whole[k], 1e-5 * Math.abs(expected) + 1e-9, variant.kind() + " part " + k);
            }
            FMatrixRMaj codes = m.encode(data);
            FMatrixRMaj decoded = m.decode(codes);
            FMatrixRMaj reconstructed = m.reconstruct(data);
            assertEquals(1100, codes.numRows);
            assertEquals(m.codeSize(), codes.numCols);
            for (int r : new int[] {0, 511, 512, 1023, 1024, 1099}) {
                FMatrixRMaj one = rows(data, r, r + 1);
                float[] code = m.encode(one).data.clone();
                assertArrayEquals(code, rows(codes, r, r + 1).data, 1e-6f, "code of row " + r);
                float[] alone = m.reconstruct(one).data.clone();
                assertArrayEquals(alone, rows(reconstructed, r, r + 1).data, 1e-6f, "reconstruction of row " + r);
                assertArrayEquals(alone, rows(decoded, r, r + 1).data, 1e-5f, "decoding the code of row " + r);
            }
        }
    }

    /** A VAE encodes to its mean, so encoding twice gives the same codes; training draws noise. */
    @Test
    void aVariationalModelEncodesItsMeanWithoutNoise() {
        FMatrixRMaj data = TrainerTest.toyData(30, 5);
        Autoencoder m = model(VariantSpec.variational(1.0, 0), LossFunction.BCE, ActivationFunction.SIGMOID);
        m.seedNoise(3);
        float[] first = m.encode(data).data.clone();
        assertArrayEquals(first, m.encode(data).data);
        double noisy = m.computeGradients(data, data, 0).objective();
        double again = m.computeGradients(data, data, 0).objective();
        assertNotEquals(noisy, again, "each training pass draws new noise");
    }

    /** 8 -> 6 -> 2 -> 6 -> 8 dense: (8*6 + 6) + (6*2 + 2) + (2*6 + 6) + (6*8 + 8) = 142 values. */
    @Test
    void parameterCountAddsUpEveryWeightAndBias() {
        Autoencoder m = model(VariantSpec.plain(), LossFunction.BCE, ActivationFunction.SIGMOID);
        assertEquals(142, m.parameterCount());
        assertEquals(2, m.codeSize());
        assertEquals(Shape.flat(2), m.codeShape());
        // the VAE has two heads of 6*2 + 2 instead of one code layer
        assertEquals(142 + 14, model(VariantSpec.variational(1.0, 0), LossFunction.BCE, ActivationFunction.SIGMOID)
                .parameterCount());
    }

    @Test
    void initializeGivesTheSeedsWeightsBackAfterTraining() {
        for (VariantSpec variant : VARIANTS) {
            Autoencoder m = model(variant, LossFunction.BCE, ActivationFunction.SIGMOID);
            float[] initial = TrainerReportsTest.weights(m);
            new Trainer(m, TrainerTest.toyTraining(1), TrainerTest.toyData(40, 1), null).run();
            assertFalse(Arrays.equals(initial, TrainerReportsTest.weights(m)), "training moved the weights");
            m.initialize();
            assertArrayEquals(initial, TrainerReportsTest.weights(m));
        }
    }

    /** Two noise layers of the same width draw different noise: each gets its own seed. */
    @Test
    void eachNoiseLayerDrawsItsOwnNoise() {
        ModelSpec spec = new ModelSpec(Shape.flat(8), List.of(LayerSpec.dropout(0.5), LayerSpec.dense(8, ActivationFunction.LINEAR),
                LayerSpec.dropout(0.5)), 2, ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID,
                VariantSpec.plain(), LossFunction.BCE, Initializer.GLOROT_UNIFORM, 7);
        Autoencoder a = new Autoencoder(spec);
        a.seedNoise(11);
        Autoencoder b = new Autoencoder(spec);
        b.seedNoise(11);
        FMatrixRMaj data = TrainerTest.toyData(20, 1);
        double first = a.computeGradients(data, data, 0).objective();
        assertEquals(first, b.computeGradients(data, data, 0).objective(), 0, "same seed, same masks");
        b.seedNoise(12);
        assertNotEquals(first, b.computeGradients(data, data, 0).objective(), "another seed, other masks");
    }

    @Test
    void modelsThatCannotWorkAreRefusedWithTheirReason() {
        assertRefused("no input shape", new ModelSpec(null, List.of(), 2, ActivationFunction.LINEAR, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1));
        assertRefused("Latent size must be at least 1 for a variational model", new ModelSpec(Shape.flat(8),
                List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 0, ActivationFunction.LINEAR, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.variational(1, 0), LossFunction.BCE, null, 1));
        assertRefused("the encoder has no layers", new ModelSpec(Shape.flat(8), List.of(), 0, ActivationFunction.LINEAR,
                true, List.of(), ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1));
        assertRefused("sparse penalty needs a dense code layer", new ModelSpec(Shape.flat(8),
                List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 0, ActivationFunction.LINEAR, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.sparseL1(1e-3), LossFunction.BCE, null, 1));
        assertRefused("the code needs a sigmoid activation, not", new ModelSpec(Shape.flat(8),
                List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 2, ActivationFunction.RELU, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.sparseKl(1e-3, 0.05), LossFunction.BCE, null, 1));
        assertRefused("Cross-entropy needs outputs in (0, 1)", new ModelSpec(Shape.flat(8),
                List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 2, ActivationFunction.LINEAR, true, List.of(),
                ActivationFunction.LINEAR, VariantSpec.plain(), LossFunction.BCE, null, 1));
        assertRefused("contractive penalty is computed on a dense code layer", new ModelSpec(Shape.flat(8),
                List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 0, ActivationFunction.LINEAR, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.contractive(1e-3), LossFunction.BCE, null, 1));
        assertRefused("closed form for a sigmoid, tanh, ReLU or linear code, not ELU", new ModelSpec(Shape.flat(8),
                List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 2, ActivationFunction.ELU, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.contractive(1e-3), LossFunction.BCE, null, 1));
        // a KL-sparse model with a sigmoid code and a linear output under MSE is fine
        new Autoencoder(new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 2,
                ActivationFunction.SIGMOID, true, List.of(), ActivationFunction.LINEAR, VariantSpec.sparseKl(1e-3, 0.05),
                LossFunction.MSE, null, 1));
    }

    private static void assertRefused(String reason, ModelSpec spec) {
        ShapeException e = assertThrows(ShapeException.class, () -> new Autoencoder(spec));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
