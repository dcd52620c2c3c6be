package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Whole-model gradients for every variant and loss, against central differences of the objective.
 * Hidden activations are smooth (tanh, ELU, softplus) so that no difference straddles a kink.
 */
class VariantGradientTest {
    private static final Shape INPUT = Shape.flat(6);

    private static ModelSpec spec(List<LayerSpec> encoder, int latent, ActivationFunction code,
                                  ActivationFunction output, VariantSpec variant, LossFunction loss) {
        return new ModelSpec(INPUT, encoder, latent, code, true, List.of(), output, variant, loss,
                Initializer.GLOROT_NORMAL, 42);
    }

    private static void checkModel(String what, ModelSpec spec, FMatrixRMaj input, FMatrixRMaj target, int epoch) {
        Autoencoder model = new Autoencoder(spec, EjmlGemm.SINGLE_THREADED);
        FMatrixRMaj eps = GradientCheck.random(input.numRows, spec.latentSize(), 99, 1.0);
        model.setLatentNoise((buffer, n) -> System.arraycopy(eps.data, 0, buffer, 0, n));
        model.computeGradients(input, target, epoch);
        List<FMatrixRMaj> analytic = model.parameters().stream().map(p -> p.gradient().copy()).toList();
        for (int i = 0; i < analytic.size(); i++) {
            Parameter p = model.parameters().get(i);
            GradientCheck.check(what + " " + p.name(), p.value(), analytic.get(i),
                    () -> model.computeGradients(input, target, epoch).objective(), 3e-3);
        }
    }

    private static FMatrixRMaj data(long seed) {
        return GradientCheck.uniform(5, 6, seed, 0.05, 0.95);
    }

    private static final List<LayerSpec> HIDDEN = List.of(LayerSpec.dense(4, ActivationFunction.TANH));

    @Test
    void plainWithBceFromLogits() {
        checkModel("plain BCE", spec(HIDDEN, 2, ActivationFunction.ELU, ActivationFunction.SIGMOID,
                VariantSpec.plain(), LossFunction.BCE), data(1), data(1), 0);
    }

    @Test
    void plainWithEveryOtherLoss() {
        for (LossFunction loss : List.of(LossFunction.MSE, LossFunction.HUBER, LossFunction.MAE)) {
            FMatrixRMaj x = data(2);
            checkModel("plain " + loss, spec(List.of(LayerSpec.dense(4, ActivationFunction.SOFTPLUS)), 3,
                    ActivationFunction.TANH, ActivationFunction.LINEAR, VariantSpec.plain(), loss), x, x, 0);
        }
    }

    @Test
    void plainWithSigmoidOutputAndMse() {
        FMatrixRMaj x = data(3);
        checkModel("sigmoid MSE", spec(HIDDEN, 2, ActivationFunction.TANH, ActivationFunction.SIGMOID,
                VariantSpec.plain(), LossFunction.MSE), x, x, 0);
    }

    @Test
    void denoisingComparesCorruptedInputWithCleanTarget() {
        FMatrixRMaj clean = data(4);
        FMatrixRMaj noisy = data(5);
        checkModel("denoising", spec(HIDDEN, 2, ActivationFunction.TANH, ActivationFunction.SIGMOID,
                VariantSpec.denoising(VariantSpec.Noise.GAUSSIAN, 0.3, true), LossFunction.BCE), noisy, clean, 0);
    }

    @Test
    void sparseL1() {
        FMatrixRMaj x = data(6);
        checkModel("sparse L1", spec(HIDDEN, 3, ActivationFunction.TANH, ActivationFunction.SIGMOID,
                VariantSpec.sparseL1(0.05), LossFunction.MSE), x, x, 0);
    }

    @Test
    void sparseKl() {
        FMatrixRMaj x = data(7);
        checkModel("sparse KL", spec(HIDDEN, 3, ActivationFunction.SIGMOID, ActivationFunction.SIGMOID,
                VariantSpec.sparseKl(0.1, 0.05), LossFunction.MSE), x, x, 0);
    }

    @Test
    void contractiveWithASigmoidCodeBehindAHiddenLayer() {
        FMatrixRMaj x = data(10);
        checkModel("contractive sigmoid", spec(HIDDEN, 3, ActivationFunction.SIGMOID, ActivationFunction.SIGMOID,
                VariantSpec.contractive(0.2), LossFunction.MSE), x, x, 0);
    }

    @Test
    void contractiveWithATanhCodeOnTheData() {
        FMatrixRMaj x = data(11);
        checkModel("contractive tanh", spec(List.of(), 3, ActivationFunction.TANH, ActivationFunction.SIGMOID,
                VariantSpec.contractive(0.2), LossFunction.BCE), x, x, 0);
    }

    @Test
    void variationalWithBetaAndWarmup() {
        FMatrixRMaj x = data(8);
        checkModel("VAE", spec(HIDDEN, 2, ActivationFunction.LINEAR, ActivationFunction.SIGMOID,
                VariantSpec.variational(0.5, 4), LossFunction.BCE), x, x, 1);
    }

    @Test
    void variationalWithoutHiddenLayersAndMse() {
        FMatrixRMaj x = data(9);
        checkModel("VAE direct", spec(List.of(), 2, ActivationFunction.LINEAR, ActivationFunction.LINEAR,
                VariantSpec.variational(1.0, 0), LossFunction.MSE), x, x, 0);
    }

    private static ModelSpec writtenDecoder(double dropout) {
        return new ModelSpec(INPUT, List.of(LayerSpec.dense(5, ActivationFunction.ELU, dropout)), 2,
                ActivationFunction.TANH, false, List.of(LayerSpec.dense(3, ActivationFunction.SOFTPLUS),
                LayerSpec.dense(4, ActivationFunction.TANH)), ActivationFunction.SIGMOID, VariantSpec.plain(),
                LossFunction.BCE, Initializer.HE_NORMAL, 1);
    }

    @Test
    void writtenDecoderGradientsAreCheckedAndEvaluationSkipsDropout() {
        ModelSpec withDropout = writtenDecoder(0.2);
        ModelSpec withoutDropout = writtenDecoder(0);
        assertEquals("6-5-[2]-3-4-6", withDropout.summary());
        FMatrixRMaj x = data(10);
        // dropout draws a new mask at every pass, so the gradients are checked on the same design at rate 0
        checkModel("written decoder", withoutDropout, x, x, 0);
        // and evaluation, which must switch dropout off, gives that design's objective for the same weights
        Autoencoder model = new Autoencoder(withDropout, EjmlGemm.SINGLE_THREADED);
        Autoencoder reference = new Autoencoder(withoutDropout, EjmlGemm.SINGLE_THREADED);
        assertEquals(model.parameterCount(), reference.parameterCount());
        WeightCopy weights = new WeightCopy(model.parameters());
        weights.takeFrom(model.parameters());
        weights.restoreInto(reference.parameters());
        double expected = reference.computeGradients(x, x, 0).objective();
        assertEquals(expected, model.evaluate(x, 0).objective(), 1e-6 * expected);
        // and training does drop units: its objective differs from evaluation's
        model.seedNoise(7);
        assertNotEquals(expected, model.computeGradients(x, x, 0).objective(), 1e-6 * expected);
    }

    @Test
    void warmupRampsBeta() {
        VariantSpec v = VariantSpec.variational(2.0, 4);
        assertEquals(0.5, v.betaAt(0), 1e-12);
        assertEquals(2.0, v.betaAt(3), 1e-12);
        assertEquals(2.0, v.betaAt(10), 1e-12);
    }
}
