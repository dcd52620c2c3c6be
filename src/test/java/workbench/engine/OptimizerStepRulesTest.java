package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Three steps of every optimizer, with the learning rate changed between steps, held to a reference
 * written here in double precision from PyTorch's documented update rules (torch.optim). A weight of
 * 37 values covers two 16-float vectors and a ragged tail of the vector loops; a bias of 5 values is
 * never regularised. L2, L1 and clipping are all on, so each enters where PyTorch puts it.
 */
class OptimizerStepRulesTest {
    private static final int WEIGHTS = 37;
    private static final int BIASES = 5;
    private static final double[] RATES = {0.1, 0.03, 0.2};

    private static OptimizerSpec spec(OptimizerKind kind) {
        // beta2 also serves as RMSProp's alpha; a large epsilon so that its place in the formula shows
        return new OptimizerSpec(kind, RATES[0], 0.7, 0.8, 0.95, 1e-3, 0.1, 0.02, 0, 0);
    }

    private static double initialWeight(int j) {
        return 2 * Math.sin(j + 1);
    }

    private static double gradient(int j, int step) {
        return 0.5 * Math.cos(0.7 * j + step) + (j % 3 == 0 ? 0.3 : -0.1);
    }

    /** torch.optim, one array: the state is {m, v} per element. */
    private static final class Reference {
        final double[] w;
        final double[] m;
        final double[] v;
        final boolean regularized;
        final OptimizerSpec spec;

        Reference(double[] w, boolean regularized, OptimizerSpec spec) {
            this.w = w;
            this.m = new double[w.length];
            this.v = new double[w.length];
            this.regularized = regularized;
            this.spec = spec;
        }

        void step(double[] grad, double lr, int t) {
            OptimizerKind kind = spec.kind();
            for (int j = 0; j < w.length; j++) {
                double g = grad[j];
                if (regularized) {
                    if (kind != OptimizerKind.ADAMW) {
                        g += spec.weightDecay() * w[j];
                    }
                    g += spec.l1() * Math.signum(w[j]);
                }
                switch (kind) {
                    case SGD -> w[j] -= lr * g;
                    case MOMENTUM, NESTEROV -> {
                        m[j] = t == 1 ? g : spec.momentum() * m[j] + g;
                        w[j] -= lr * (kind == OptimizerKind.NESTEROV ? g + spec.momentum() * m[j] : m[j]);
                    }
                    case RMSPROP -> {
                        v[j] = spec.beta2() * v[j] + (1 - spec.beta2()) * g * g;
                        w[j] -= lr * g / (Math.sqrt(v[j]) + spec.epsilon());
                    }
                    case ADAM, ADAMW -> {
                        if (kind == OptimizerKind.ADAMW && regularized) {
                            w[j] *= 1 - lr * spec.weightDecay();
                        }
                        m[j] = spec.beta1() * m[j] + (1 - spec.beta1()) * g;
                        v[j] = spec.beta2() * v[j] + (1 - spec.beta2()) * g * g;
                        double mHat = m[j] / (1 - Math.pow(spec.beta1(), t));
                        double vHat = v[j] / (1 - Math.pow(spec.beta2(), t));
                        w[j] -= lr * mHat / (Math.sqrt(vHat) + spec.epsilon());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void threeStepsWithChangingRatesMatchTheReference(OptimizerKind kind) {
        OptimizerSpec spec = spec(kind);
        Parameter weight = new Parameter("w", new FMatrixRMaj(1, WEIGHTS), true);
        Parameter bias = new Parameter("b", new FMatrixRMaj(1, BIASES), false);
        double[] w = new double[WEIGHTS];
        double[] b = new double[BIASES];
        for (int j = 0; j < WEIGHTS; j++) {
            weight.value().data[j] = (float) initialWeight(j);
            w[j] = weight.value().data[j];
        }
        for (int j = 0; j < BIASES; j++) {
            bias.value().data[j] = (float) (0.1 * j - 0.2);
            b[j] = bias.value().data[j];
        }
        Reference refW = new Reference(w, true, spec);
        Reference refB = new Reference(b, false, spec);
        Optimizer optimizer = new Optimizer(spec);
        for (int step = 1; step <= RATES.length; step++) {
            optimizer.setLearningRate(RATES[step - 1]);
            double[] gw = new double[WEIGHTS];
            double[] gb = new double[BIASES];
            for (int j = 0; j < WEIGHTS; j++) {
                weight.gradient().data[j] = (float) gradient(j, step);
                gw[j] = weight.gradient().data[j];
            }
            for (int j = 0; j < BIASES; j++) {
                bias.gradient().data[j] = (float) gradient(j + 100, step);
                gb[j] = bias.gradient().data[j];
            }
            optimizer.step(List.of(weight, bias));
            refW.step(gw, RATES[step - 1], step);
            refB.step(gb, RATES[step - 1], step);
            assertEquals(step, optimizer.steps());
            assertClose(w, weight.value().data, kind + " weight after step " + step);
            assertClose(b, bias.value().data, kind + " bias after step " + step);
        }
    }

    private static void assertClose(double[] expected, float[] actual, String what) {
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], 2e-5 * Math.max(1, Math.abs(expected[j])), what + " [" + j + "]");
        }
    }

    @Test
    void gradientsAreClippedBeforeTheWeightDecayIsAdded() {
        // SGD, lr 1, clip norm 1, L2 0.5: g = (3, 4) clipped to (0.6, 0.8), plus 0.5 w = (1, 1)
        OptimizerSpec spec = new OptimizerSpec(OptimizerKind.SGD, 1, 0, 0.9, 0.999, 1e-8, 0.5, 0, 1, 0);
        Parameter p = new Parameter("w", new FMatrixRMaj(new float[][] {{2, 2}}), true);
        p.gradient().data[0] = 3;
        p.gradient().data[1] = 4;
        new Optimizer(spec).step(List.of(p));
        assertEquals(2 - 0.6 - 1, p.value().data[0], 1e-6);
        assertEquals(2 - 0.8 - 1, p.value().data[1], 1e-6);
    }

    @Test
    void theLearningRateMustBePositiveAndFinite() {
        Optimizer optimizer = new Optimizer(spec(OptimizerKind.SGD));
        assertThrows(IllegalArgumentException.class, () -> optimizer.setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> optimizer.setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> optimizer.setLearningRate(Double.POSITIVE_INFINITY));
        optimizer.setLearningRate(0.5);
        assertEquals(0.5, optimizer.learningRate());
        assertEquals(RATES[0], optimizer.spec().learningRate());
    }

    @Test
    void specsOutsideTheirRangesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.SGD, 0, 0, 0.9, 0.999, 1e-8, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.SGD, 0.1, 1, 0.9, 0.999, 1e-8, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, -0.1, 0.999, 1e-8, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, 0.9, 1, 1e-8, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, 0.9, 0.999, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, 0.9, 0.999, 1e-8, -1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, 0.9, 0.999, 1e-8, 0, Double.POSITIVE_INFINITY, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, 0.9, 0.999, 1e-8, 0, 0, -1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0, 0.9, 0.999, 1e-8, 0, 0, 0, Double.NaN));
        OptimizerSpec zeroMomentum = new OptimizerSpec(OptimizerKind.MOMENTUM, 0.1, 0, 0, 0, 1e-8, 0, 0, 0, 0);
        assertEquals(0, zeroMomentum.momentum());
    }

    @Test
    void defaultsArePyTorchs() {
        assertEquals(1e-3, OptimizerSpec.defaults(OptimizerKind.ADAM).learningRate());
        assertEquals(1e-3, OptimizerSpec.defaults(OptimizerKind.ADAMW).learningRate());
        assertEquals(0.01, OptimizerSpec.defaults(OptimizerKind.ADAMW).weightDecay());
        assertEquals(0, OptimizerSpec.defaults(OptimizerKind.ADAM).weightDecay());
        assertEquals(1e-2, OptimizerSpec.defaults(OptimizerKind.SGD).learningRate());
        assertEquals(0.99, OptimizerSpec.defaults(OptimizerKind.RMSPROP).beta2());
        assertEquals(0.999, OptimizerSpec.defaults(OptimizerKind.ADAM).beta2());
    }
}
