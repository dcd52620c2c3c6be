package workbench.session.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Padding;
import workbench.engine.Parameter;
import workbench.engine.Shape;
import workbench.engine.VariantSpec;

/**
 * What the Health view is given at each epoch's end is the model's own numbers: a record per
 * epoch with a row per layer, output histograms of every probe value, gradient histograms of every
 * parameter, weight norms as computed from the weights, and the first layer's weights laid out as
 * the pictures they multiply.
 */
class HealthLookTest {

    private static double norm(FMatrixRMaj m) {
        double s = 0;
        for (float v : m.data) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }

    private static Parameter parameter(Checkup c, String name) {
        return c.model.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aDenseModelOnDigitsGetsARecordPerEpochAndItsUnitsAsPictures() {
        Checkup c = Checkup.of(Checkup.healthy(), Checkup.adam(3));
        assertEquals(List.of(0, 1, 2, 3), c.health.stream().map(HealthRecord::epoch).toList(),
                "a look before the first batch, then one an epoch");
        assertNull(c.health.get(0).layers().get(0).gradients(), "no gradient before the first batch");
        HealthRecord last = c.health.get(3);
        List<String> names = last.layers().stream().map(LayerHealth::layer).toList();
        assertEquals(List.of("encoder layer 1 (Dense(32, ReLU))", "the code layer (Dense(16, ReLU))",
                "decoder layer 1 (Dense(32, ReLU))", "the output layer (Dense(64, Sigmoid))"), names);
        LayerHealth first = last.layers().get(0);
        assertEquals(Thresholds.PROBE_ROWS * 32, first.activations().total(), "every probe row's every unit");
        assertEquals(64 * 32 + 32, first.gradients().total(), "every weight's and bias's gradient");
        assertTrue(first.activations().min() >= 0, "a ReLU gives nothing below 0");
        FMatrixRMaj w = parameter(c, "encoder.0.weight").value();
        assertEquals(norm(w), first.weightNorm(), 1e-9, "the norm of the weights as they ended");
        assertTrue(first.gradientRms() > 0);
        assertTrue(first.deadShare() >= 0 && first.deadShare() <= 1);
        assertTrue(Double.isNaN(last.layers().get(3).deadShare()), "a sigmoid layer has no dead-unit share");

        LearnedFeatures f = c.features;
        assertEquals(3, f.epoch());
        assertEquals(Shape.image(1, 8, 8), f.picture());
        assertEquals(32, f.count());
        assertEquals(false, f.kernels());
        // unit 5's picture is column 5 of the 64 x 32 weights
        for (int i = 0; i < 64; i++) {
            assertEquals(w.get(i, 5), f.value(5, i));
        }
    }

    @Test
    void aConvolutionsFirstLayerIsDrawnAsItsKernels() {
        ModelSpec conv = new ModelSpec(null, List.of(LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU)),
                0, ActivationFunction.RELU, true, List.of(), ActivationFunction.SIGMOID, VariantSpec.plain(),
                LossFunction.BCE, null, 1);
        Checkup c = Checkup.of(conv, Checkup.adam(1));
        LearnedFeatures f = c.features;
        assertEquals(true, f.kernels());
        assertEquals(Shape.image(1, 3, 3), f.picture());
        assertEquals(4, f.count());
        FMatrixRMaj w = parameter(c, "encoder.0.weight").value();
        assertEquals(w.get(2, 7), f.value(2, 7), "filter 2's kernel is row 2 of PyTorch's layout");
    }

    @Test
    void aTableHasNoPictures() {
        ModelSpec dense = new ModelSpec(null, List.of(LayerSpec.dense(8, ActivationFunction.RELU)), 4,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.LINEAR, VariantSpec.plain(),
                LossFunction.MSE, null, 1);
        Checkup c = Checkup.of(dense, Checkup.adam(1), Checkup.prepare("wine", workbench.data.Normalization.Kind.Z_SCORE, 0.1));
        assertNull(c.features);
        assertEquals(2, c.health.size());
    }
}
