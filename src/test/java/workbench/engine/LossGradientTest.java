package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each loss's gradient against central differences of its batch sum. */
class LossGradientTest {

    @ParameterizedTest
    @EnumSource(LossFunction.class)
    void gradientOfEveryLoss(LossFunction loss) {
        FMatrixRMaj target = GradientCheck.uniform(4, 5, 1, 0.0, 1.0);
        FMatrixRMaj prediction = loss == LossFunction.BCE
                ? GradientCheck.uniform(4, 5, 2, 0.1, 0.9)
                : GradientCheck.random(4, 5, 2, 1.5);
        // keep MAE and Huber away from their kinks at |p - t| = 0 and 1
        for (int i = 0; loss != LossFunction.BCE && i < prediction.data.length; i++) {
            float d = prediction.data[i] - target.data[i];
            if (Math.abs(d) < 0.05f || Math.abs(Math.abs(d) - 1) < 0.05f) {
                prediction.data[i] += 0.2f;
            }
        }
        FMatrixRMaj grad = new FMatrixRMaj(1, 1);
        loss.evaluate(prediction, target, false, null, grad, 1f);
        GradientCheck.check(loss.name(), prediction, grad,
                () -> loss.evaluate(prediction, target, false, null, null, 0f), 2e-3, 1e-3);
    }

    @Test
    void bceFromLogitsGradientAndAgreementWithProbabilities() {
        FMatrixRMaj target = GradientCheck.uniform(3, 4, 1, 0.0, 1.0);
        FMatrixRMaj logits = GradientCheck.random(3, 4, 2, 2.0);
        FMatrixRMaj grad = new FMatrixRMaj(1, 1);
        double fromLogits = LossFunction.BCE.evaluate(logits, target, true, null, grad, 1f);
        GradientCheck.check("BCE logits", logits, grad,
                () -> LossFunction.BCE.evaluate(logits, target, true, null, null, 0f), 2e-3);
        FMatrixRMaj probabilities = logits.copy();
        for (int i = 0; i < probabilities.data.length; i++) {
            probabilities.data[i] = ActivationFunction.sigmoid(logits.data[i]);
        }
        assertEquals(fromLogits, LossFunction.BCE.evaluate(probabilities, target, false, null, null, 0f), 1e-4);
    }

    @Test
    void bceFromLogitsStaysFiniteWhenSigmoidSaturates() {
        FMatrixRMaj logits = new FMatrixRMaj(1, 2, true, 60f, -60f);
        FMatrixRMaj target = new FMatrixRMaj(1, 2, true, 0f, 1f);
        double loss = LossFunction.BCE.evaluate(logits, target, true, null, null, 0f);
        assertEquals(120.0, loss, 1e-4, "exactly |z| per element, where log(sigmoid) underflows");
    }

    @Test
    void rowSumsAddUpToTotalAndScaleAppliesToGradient() {
        FMatrixRMaj p = GradientCheck.random(3, 4, 7, 1);
        FMatrixRMaj t = GradientCheck.random(3, 4, 8, 1);
        float[] rows = new float[3];
        FMatrixRMaj g1 = new FMatrixRMaj(1, 1);
        FMatrixRMaj g2 = new FMatrixRMaj(1, 1);
        double total = LossFunction.MSE.evaluate(p, t, false, rows, g1, 1f);
        LossFunction.MSE.evaluate(p, t, false, null, g2, 0.25f);
        assertEquals(total, rows[0] + rows[1] + rows[2], 1e-5);
        for (int i = 0; i < g1.data.length; i++) {
            assertEquals(g1.data[i] * 0.25f, g2.data[i], 1e-6f);
        }
    }
}
