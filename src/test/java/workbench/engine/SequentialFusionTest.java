package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fused dense + activation step gives exactly what the two layers give one after the other. */
class SequentialFusionTest {

    @ParameterizedTest
    @EnumSource(ActivationFunction.class)
    void fusedStepEqualsLayerByLayer(ActivationFunction f) {
        FMatrixRMaj x = GradientCheck.random(5, 7, 1, 1.0);
        FMatrixRMaj r = GradientCheck.random(5, 3, 2, 1.0);

        Sequential fused = network(f);
        FMatrixRMaj fusedOut = fused.forward(x, true).copy();
        FMatrixRMaj fusedGradIn = fused.backward(r, true).copy();

        Sequential separate = network(f);
        FMatrixRMaj h = x;
        for (Layer layer : separate.layers()) {
            h = layer.forward(h, true);
        }
        FMatrixRMaj g = r;
        for (int i = separate.layers().size() - 1; i >= 0; i--) {
            g = separate.layers().get(i).backward(g, true);
        }

        assertArrayEquals(h.data, fusedOut.data, 0f, f + " output");
        assertArrayEquals(g.data, fusedGradIn.data, 0f, f + " input gradient");
        for (int p = 0; p < fused.parameters().size(); p++) {
            assertArrayEquals(separate.parameters().get(p).gradient().data,
                    fused.parameters().get(p).gradient().data, 0f, fused.parameters().get(p).name());
        }
    }

    private static Sequential network(ActivationFunction f) {
        Sequential s = new Sequential(List.of(
                new Dense("a", 4, EjmlGemm.SINGLE_THREADED), new ActivationLayer(f),
                new Dense("b", 3, EjmlGemm.SINGLE_THREADED), new ActivationLayer(f)), Shape.flat(7));
        Well19937c rng = new Well19937c(5);
        for (Layer layer : s.layers()) {
            layer.initialize(Initializer.GLOROT_UNIFORM, rng);
        }
        return s;
    }
}
