package workbench.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Padding;
import workbench.engine.Shape;
import workbench.engine.VariantSpec;

/** One sample's feature maps: which layers are offered, their labels and shapes, and their values. */
class FeatureMapsTest {
    private static final Shape DIGIT = Shape.image(1, 8, 8);
    private static final ActivationFunction RELU = ActivationFunction.RELU;

    /** 1x8x8 -> conv 4 -> pool -> conv 2 = the code (2x4x4), mirrored back. */
    private static ModelSpec smallConv() {
        return new ModelSpec(DIGIT, List.of(LayerSpec.conv(4, 3, 1, Padding.SAME, RELU), LayerSpec.maxPool(2),
                LayerSpec.conv(2, 3, 1, Padding.SAME, RELU)), ModelSpec.CODE_FROM_ENCODER, null, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 3);
    }

    private static float[] sample(int seed) {
        Random random = new Random(seed);
        float[] x = new float[DIGIT.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat();
        }
        return x;
    }

    private static FMatrixRMaj row(float[] x) {
        FMatrixRMaj m = new FMatrixRMaj(1, x.length);
        System.arraycopy(x, 0, m.data, 0, x.length);
        return m;
    }

    @Test
    void offersEverySpatialLayerWithItsActivationLabelAndShape() {
        Autoencoder model = new Autoencoder(smallConv());
        List<FeatureMapLayer> layers = FeatureMaps.layers(model);
        List<String> labels = layers.stream().map(FeatureMapLayer::label).toList();
        assertEquals("Encoder 1: Conv2D(4, 3x3, same, ReLU) \u2192 4x8x8", labels.get(0));
        assertEquals("Encoder 2: MaxPool2D(2) \u2192 4x4x4", labels.get(1));
        assertEquals("Encoder 3: Conv2D(2, 3x3, same, ReLU) \u2192 2x4x4 (the code)", labels.get(2));
        assertTrue(labels.get(labels.size() - 1).startsWith("Output: Conv2D(1, 3x3, same, Sigmoid) \u2192 1x8x8"),
                labels.toString());
        for (FeatureMapLayer layer : layers) {
            var stack = layer.stack() == FeatureMaps.Stack.ENCODER ? model.encoder() : model.decoder();
            assertEquals(stack.layers().get(layer.index()).outputShape(), layer.shape(), layer.label());
            assertTrue(!layer.shape().isFlat(), layer.label());
        }
        // the convolution's entry points at its activation, whose output the next layer sees, and
        // each entry is named by its row's own text, as the designer shows it
        assertEquals(1, layers.get(0).index());
        assertEquals(2, layers.get(1).index());
    }

    @Test
    void lastEncoderLayerIsTheCodeAndLastDecoderLayerTheReconstruction() {
        Autoencoder model = new Autoencoder(smallConv());
        float[] x = sample(1);
        List<FeatureMapLayer> layers = FeatureMaps.layers(model);
        FeatureMapLayer code = layers.get(2);
        FeatureMap maps = FeatureMaps.compute(model, x, code);
        assertEquals(Shape.image(2, 4, 4), maps.shape());
        assertArrayEquals(model.encode(row(x)).data, maps.values(), 0f);

        FeatureMapLayer output = layers.get(layers.size() - 1);
        assertArrayEquals(model.reconstruct(row(x)).data, FeatureMaps.compute(model, x, output).values(), 1e-6f);

        FeatureMap first = FeatureMaps.compute(model, x, FeatureMaps.Stack.ENCODER, 0);
        assertEquals(Shape.image(4, 8, 8), first.shape());
    }

    @Test
    void decoderOfAVariationalModelStartsFromTheMeanCode() {
        ModelSpec vae = new ModelSpec(DIGIT, List.of(LayerSpec.conv(3, 3, 2, Padding.SAME, RELU), LayerSpec.flatten()),
                2, null, true, List.of(), ActivationFunction.SIGMOID, VariantSpec.variational(1, 0), LossFunction.BCE,
                null, 5);
        Autoencoder model = new Autoencoder(vae);
        float[] x = sample(2);
        List<FeatureMapLayer> layers = FeatureMaps.layers(model);
        FeatureMapLayer output = layers.get(layers.size() - 1);
        assertEquals(FeatureMaps.Stack.DECODER, output.stack());
        // twice, to be sure no noise is drawn: the mean code gives the same maps every time
        float[] once = FeatureMaps.compute(model, x, output).values();
        assertArrayEquals(model.reconstruct(row(x)).data, once, 1e-6f);
        assertArrayEquals(once, FeatureMaps.compute(model, x, output).values(), 0f);
    }

    @Test
    void denseModelHasNoFeatureMaps() {
        ModelSpec dense = new ModelSpec(DIGIT, List.of(LayerSpec.dense(16, RELU)), 2, null, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1);
        assertEquals(List.of(), FeatureMaps.layers(new Autoencoder(dense)));
    }

    @Test
    void refusesAWrongSampleOrPosition() {
        Autoencoder model = new Autoencoder(smallConv());
        assertThrows(IllegalArgumentException.class, () -> FeatureMaps.compute(model, new float[5],
                FeatureMaps.Stack.ENCODER, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> FeatureMaps.compute(model, sample(1),
                FeatureMaps.Stack.ENCODER, 99));
    }

    @Test
    void channelStatisticsReadTheirOwnPlane() {
        float[] v = {0, 1, 5, 2, /* channel 1 */ -3, -1, -2, Float.NaN};
        FeatureMap map = new FeatureMap(Shape.image(2, 2, 2), v);
        assertEquals(0f, map.min(0));
        assertEquals(5f, map.max(0));
        assertEquals(2, map.argmax(0));
        assertEquals(-3f, map.min(1));
        assertEquals(-1f, map.max(1));
        assertEquals(1, map.argmax(1));
        assertEquals(-2f, map.at(1, 1, 0));
    }
}
