package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Convolutional designs as whole models: shapes, the mirrored decoder, messages and gradients. */
class ConvAutoencoderTest {
    private static final Shape MNIST = Shape.image(1, 28, 28);
    private static final ActivationFunction RELU = ActivationFunction.RELU;

    /** The Keras blog's convolutional autoencoder, its code 8x4x4 = 128 values. */
    static ModelSpec keras(boolean mirror) {
        List<LayerSpec> encoder = List.of(conv(16), LayerSpec.maxPool(2), conv(8), LayerSpec.maxPool(2), conv(8),
                LayerSpec.maxPool(2));
        List<LayerSpec> decoder = List.of(conv(8), LayerSpec.upsample(2), conv(8), LayerSpec.upsample(2),
                LayerSpec.conv(16, 3, 1, Padding.VALID, RELU), LayerSpec.upsample(2));
        return new ModelSpec(MNIST, encoder, ModelSpec.CODE_FROM_ENCODER, null, mirror, mirror ? List.of() : decoder,
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1);
    }

    private static LayerSpec conv(int filters) {
        return LayerSpec.conv(filters, 3, 1, Padding.SAME, RELU);
    }

    @Test
    void kerasRecipeHasItsShapesAndParameterCount() {
        Autoencoder model = new Autoencoder(keras(false));
        assertEquals(Shape.image(8, 4, 4), model.codeShape());
        assertEquals(128, model.codeSize());
        assertEquals(MNIST, model.decoder().outputShape());
        // Keras's model.summary() for this network: 4,385 trainable parameters
        assertEquals(4385, model.parameterCount());
        FMatrixRMaj x = GradientCheck.uniform(3, 784, 1, 0, 1);
        assertEquals(3, model.encode(x).numRows);
        assertEquals(128, model.encode(x).numCols);
        assertEquals(784, model.reconstruct(x).numCols);
    }

    @Test
    void mirroredConvEncoderUndoesEachLayer() {
        ModelSpec spec = keras(true);
        List<LayerSpec> decoder = spec.effectiveDecoder();
        // pool 7->4 comes back as exactly 7x7; the first convolution's mirror is the output layer
        assertEquals(List.of(LayerSpec.upsampleTo(7, 7), conv(8), LayerSpec.upsample(2), conv(16), LayerSpec.upsample(2)),
                decoder);
        Autoencoder model = new Autoencoder(spec);
        assertEquals(MNIST, model.decoder().outputShape());
    }

    @Test
    void mirrorWithDenseCodeReshapesBackToFeatureMaps() {
        ModelSpec spec = new ModelSpec(MNIST, List.of(LayerSpec.conv(4, 3, 2, Padding.SAME, RELU), LayerSpec.flatten()),
                10, ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, VariantSpec.plain(),
                LossFunction.BCE, null, 1);
        // the strided first convolution is undone to its own 4 filters at 28x28; the output layer then maps 4 -> 1
        assertEquals(List.of(LayerSpec.dense(4 * 14 * 14, RELU), LayerSpec.reshape(Shape.image(4, 14, 14)),
                LayerSpec.convTranspose(4, 3, 2, Padding.SAME, RELU)), spec.effectiveDecoder());
        assertEquals(MNIST, new Autoencoder(spec).decoder().outputShape());
    }

    @Test
    void tooLargeValidKernelNamesTheLayerAndShapes() {
        ModelSpec spec = new ModelSpec(MNIST, List.of(conv(8), LayerSpec.maxPool(2), LayerSpec.maxPool(2),
                LayerSpec.conv(8, 9, 1, Padding.VALID, RELU)), 8, null, true, List.of(), ActivationFunction.SIGMOID,
                VariantSpec.plain(), LossFunction.BCE, null, 1);
        ShapeException e = assertThrows(ShapeException.class, () -> new Autoencoder(spec));
        assertEquals(3, e.layerIndex());
        assertTrue(e.getMessage().startsWith("Encoder"), e.getMessage());
        assertTrue(e.getMessage().contains("8x7x7") && e.getMessage().contains("9"), e.getMessage());
    }

    @Test
    void decoderEndingAtTheWrongSizeSaysWhatToChange() {
        ModelSpec spec = new ModelSpec(MNIST, List.of(conv(8), LayerSpec.maxPool(2)), 0, null, false,
                List.of(conv(8)), ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1);
        ShapeException e = assertThrows(ShapeException.class, () -> new Autoencoder(spec));
        assertTrue(e.getMessage().contains("8x14x14") && e.getMessage().contains("28x28"), e.getMessage());
    }

    @Test
    void codeFromEncoderNeedsEncoderLayers() {
        ModelSpec spec = new ModelSpec(MNIST, List.of(), 0, null, true, List.of(), ActivationFunction.SIGMOID,
                VariantSpec.plain(), LossFunction.BCE, null, 1);
        assertThrows(ShapeException.class, () -> new Autoencoder(spec));
    }

    @Test
    void wholeConvModelGradientsMatchCentralDifferences() {
        Shape small = Shape.image(2, 6, 5);
        ModelSpec spec = new ModelSpec(small,
                List.of(LayerSpec.conv(3, 3, 1, Padding.SAME, ActivationFunction.TANH), LayerSpec.avgPool(2),
                        LayerSpec.conv(2, 2, 1, Padding.VALID, ActivationFunction.ELU)),
                0, null, false,
                List.of(LayerSpec.convTranspose(3, 2, 1, Padding.VALID, ActivationFunction.TANH), LayerSpec.upsampleTo(6, 5)),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, Initializer.GLOROT_NORMAL, 7);
        Autoencoder model = new Autoencoder(spec, EjmlGemm.SINGLE_THREADED);
        FMatrixRMaj x = GradientCheck.uniform(3, small.size(), 4, 0.05, 0.95);
        model.computeGradients(x, x, 0);
        List<FMatrixRMaj> analytic = model.parameters().stream().map(p -> p.gradient().copy()).toList();
        for (int i = 0; i < analytic.size(); i++) {
            Parameter p = model.parameters().get(i);
            GradientCheck.check("conv model " + p.name(), p.value(), analytic.get(i),
                    () -> model.computeGradients(x, x, 0).objective(), 3e-3);
        }
    }
}
