package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbench.engine.ShapeException.Stack;

/**
 * The weight-free plan of a design: the shapes and parameter count it gives are those of the
 * network built from it, it allocates no weight, and a design that does not hold is refused with
 * the stack and row at fault, in the one grammar of row problems.
 */
class NetworkPlanTest {
    private static final ActivationFunction RELU = ActivationFunction.RELU;
    private static final Shape DIGIT = Shape.image(1, 28, 28);

    private static ModelSpec model(Shape input, List<LayerSpec> encoder, int latent, boolean mirror,
                                   List<LayerSpec> decoder, VariantSpec variant) {
        return new ModelSpec(input, encoder, latent, ActivationFunction.LINEAR, mirror, decoder,
                ActivationFunction.SIGMOID, variant, LossFunction.BCE, null, 5);
    }

    private static LayerSpec conv(int filters, int stride) {
        return LayerSpec.conv(filters, 3, stride, Padding.SAME, RELU);
    }

    /** The Keras blog's convolutional autoencoder, as the workbench's preset has it. */
    static ModelSpec kerasConv() {
        return model(DIGIT, List.of(conv(16, 1), LayerSpec.maxPool(2), conv(8, 1), LayerSpec.maxPool(2), conv(8, 1),
                        LayerSpec.maxPool(2)), 0, false,
                List.of(conv(8, 1), LayerSpec.upsample(2), conv(8, 1), LayerSpec.upsample(2),
                        LayerSpec.conv(16, 3, 1, Padding.VALID, RELU), LayerSpec.upsample(2)), VariantSpec.plain());
    }

    /** 28x28 padded to 32x32, halved three times, mirrored back and cropped to 28x28. */
    static ModelSpec padded() {
        return model(DIGIT, List.of(LayerSpec.zeroPadding(2), conv(8, 2), conv(8, 2), conv(4, 2)), 0, true, List.of(),
                VariantSpec.plain());
    }

    static Stream<ModelSpec> designs() {
        return Stream.of(
                model(Shape.flat(20), List.of(LayerSpec.dense(12, RELU, 0.2), LayerSpec.gaussianNoise(0.1)), 3, true,
                        List.of(), VariantSpec.plain()),
                model(Shape.flat(20), List.of(LayerSpec.dense(12, RELU)), 2, true, List.of(),
                        VariantSpec.variational(1, 0)),
                kerasConv(),
                padded(),
                model(DIGIT, List.of(conv(4, 2), LayerSpec.avgPool(2), LayerSpec.flatten()), 6, true, List.of(),
                        VariantSpec.plain()),
                model(Shape.image(3, 9, 9), List.of(LayerSpec.conv(4, 3, 2, Padding.VALID, RELU),
                        LayerSpec.maxPool(2)), 0, true, List.of(), VariantSpec.plain()));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void itsShapesAndParametersAreThoseOfTheBuiltNetwork(ModelSpec spec) {
        Autoencoder model = new Autoencoder(spec);
        NetworkPlan plan = NetworkPlan.of(spec);
        assertEquals(model.parameterCount(), plan.parameterCount(), spec.summary());
        assertEquals(model.encoder().outputShape(), spec.variant().isVariational()
                ? plan.encoder().get(plan.encoder().size() - 1).output() : plan.codeShape());
        assertEquals(model.codeShape(), plan.codeShape());
        assertEquals(spec.inputShape(), plan.decoder().get(plan.decoder().size() - 1).output());
        int layers = 0;
        for (NetworkPlan.Step step : plan.encoder()) {
            layers += step.spec().layers(step.parameterName(), Gemm.standard()).size();
        }
        assertEquals(model.encoder().layers().size(), layers, "each step builds its spec's layers");
        assertEquals(spec.effectiveDecoder(), plan.decoderRows());
    }

    @Test
    void aPlanAllocatesNoWeights() {
        ModelSpec wide = model(Shape.flat(784), List.of(LayerSpec.dense(4096, RELU)), 32, true, List.of(),
                VariantSpec.plain());
        NetworkPlan.of(wide);
        long planned = allocatedBy(() -> NetworkPlan.of(wide));
        long built = allocatedBy(() -> new Autoencoder(wide));
        long weightBytes = NetworkPlan.of(wide).parameterCount() * Float.BYTES;
        System.out.printf("plan of 784-4096-32-4096-784: %,d bytes allocated; building it: %,d (weights %,d)%n",
                planned, built, weightBytes);
        assertTrue(built >= weightBytes, "the measure sees the weights a build allocates: " + built);
        assertTrue(planned < 256 * 1024, "a plan allocates no weights: " + planned + " bytes");
    }

    /** Bytes the current thread allocates while running {@code work}. */
    static long allocatedBy(Runnable work) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void aPaddedDigitIsMirroredBackAndCroppedToItsSize() {
        NetworkPlan plan = NetworkPlan.of(padded());
        assertEquals(Shape.image(1, 32, 32), plan.encoder().get(0).output());
        assertEquals(Shape.image(4, 4, 4), plan.codeShape());
        List<LayerSpec> rows = plan.decoderRows();
        assertEquals(LayerSpec.cropping(2), rows.get(rows.size() - 1), rows.toString());
        assertEquals(Shape.image(8, 28, 28), plan.decoder().get(rows.size() - 1).output());
        Autoencoder model = new Autoencoder(padded());
        FMatrixRMaj batch = new FMatrixRMaj(3, DIGIT.size());
        for (int i = 0; i < batch.data.length; i++) {
            batch.data[i] = (i * 0.618034f) % 1f;
        }
        LossBreakdown loss = model.computeGradients(batch, batch, 1);
        assertTrue(Double.isFinite(loss.objective()) && loss.objective() > 0, "it trains: " + loss.objective());
    }

    @Test
    void aFaultyRowIsNamedByItsStackAndPositionNotByItsWords() {
        ShapeException encoder = assertThrows(ShapeException.class, () -> NetworkPlan.of(model(DIGIT,
                List.of(conv(4, 1), LayerSpec.cropping(14)), 0, true, List.of(), VariantSpec.plain())));
        assertEquals(Stack.ENCODER, encoder.stack());
        assertEquals(1, encoder.layerIndex());
        assertEquals("Encoder layer 2 (Cropping2D(14)): the input 4x28x28 is too small to lose 14 pixels on every"
                + " side. Crop less, or crop before the input shrinks.", encoder.getMessage());

        ShapeException decoder = assertThrows(ShapeException.class, () -> NetworkPlan.of(model(Shape.flat(20),
                List.of(LayerSpec.dense(8, RELU)), 4, false, List.of(LayerSpec.dense(8, RELU), LayerSpec.maxPool(2)),
                VariantSpec.plain())));
        assertEquals(Stack.DECODER, decoder.stack());
        assertEquals(1, decoder.layerIndex());
        assertTrue(decoder.getMessage().startsWith("Decoder layer 2 (MaxPool2D(2)): the input is a flat vector"),
                decoder.getMessage());

        ShapeException mirror = assertThrows(ShapeException.class, () -> NetworkPlan.of(model(DIGIT,
                List.of(conv(4, 1), LayerSpec.conv(4, 3, 2, Padding.VALID, RELU)), 0, true, List.of(),
                VariantSpec.plain())));
        assertEquals(Stack.ENCODER, mirror.stack());
        assertEquals(1, mirror.layerIndex());
        assertTrue(mirror.getMessage().startsWith("Encoder layer 2 (Conv2D(4, 3x3, stride 2, valid, ReLU)): mirrored"
                + " with ConvTranspose2D(4, 3x3, stride 2, valid, ReLU) it gives 4x27x27, not the encoder's 4x28x28."),
                mirror.getMessage());

        ShapeException whole = assertThrows(ShapeException.class, () -> NetworkPlan.of(model(Shape.flat(20),
                List.of(), 0, true, List.of(), VariantSpec.plain())));
        assertEquals(Stack.MODEL, whole.stack());
    }

    @Test
    void aDesignTooLargeForMemoryIsRefusedBeforeAnythingIsAllocated() {
        ModelSpec huge = model(Shape.flat(784), List.of(LayerSpec.dense(1_000_000, RELU),
                LayerSpec.dense(1_000_000, RELU)), 2, true, List.of(), VariantSpec.plain());
        long[] allocated = new long[1];
        ShapeException e = assertThrows(ShapeException.class, () -> {
            long before = ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
            try {
                new Autoencoder(huge);
            } finally {
                allocated[0] = ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes()
                        - before;
            }
        });
        assertEquals(Stack.MODEL, e.stack());
        assertTrue(e.getMessage().matches("This design has [0-9,]{17} parameters: with their gradients and Adam's"
                + " moments, [0-9.]+ GB, more than the [0-9.]+ GB this Java may use\\. .*"), e.getMessage());
        assertTrue(e.getMessage().contains("Use fewer units or filters"), e.getMessage());
        assertTrue(e.getMessage().matches(".*start Java with -Xmx[0-9]+g\\.$"), e.getMessage());
        assertTrue(allocated[0] < 1024 * 1024, "refused before its weights were allocated: " + allocated[0]);
    }
}
