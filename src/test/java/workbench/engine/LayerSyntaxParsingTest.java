package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of the {@code --layers} syntax gives the layer its documentation describes. */
class LayerSyntaxParsingTest {
    private static final ActivationFunction RELU = ActivationFunction.RELU;

    private static LayerSpec one(String item) {
        List<LayerSpec> layers = LayerSyntax.parse(item, RELU);
        assertEquals(1, layers.size(), item);
        return layers.get(0);
    }

    @Test
    void denseLayersTakeTheDefaultOrTheirOwnActivation() {
        assertEquals(List.of(LayerSpec.dense(128, RELU), LayerSpec.dense(64, ActivationFunction.TANH)),
                LayerSyntax.parse(" 128 , 64:Tanh ", RELU));
        assertEquals(List.of(), LayerSyntax.parse("  ", RELU));
        assertEquals(List.of(), LayerSyntax.parse(null, RELU));
    }

    @Test
    void dropoutAndNoiseCarryTheirRates() {
        assertEquals(LayerSpec.dropout(0.2), one("dropout0.2"));
        assertEquals(LayerSpec.gaussianNoise(0.1), one("noise0.1"));
    }

    @Test
    void convolutionsDefaultToStrideOneSamePaddingAndTheDefaultActivation() {
        assertEquals(LayerSpec.conv(16, 3, 1, Padding.SAME, RELU), one("conv16k3"));
        assertEquals(LayerSpec.conv(32, 5, 2, Padding.VALID, ActivationFunction.TANH), one("conv32k5s2valid:tanh"));
        assertEquals(LayerSpec.convTranspose(8, 3, 2, Padding.SAME, RELU), one("deconv8k3s2same"));
    }

    @Test
    void poolingIsMaxUnlessAvgWithStrideEqualToItsSize() {
        assertEquals(LayerSpec.maxPool(2), one("pool2"));
        assertEquals(LayerSpec.maxPool(3), one("maxpool3"));
        assertEquals(LayerSpec.avgPool(2), one("avgpool2"));
        assertEquals(new PoolSpec(false, 3, 2, Padding.VALID), one("pool3s2valid"));
    }

    @Test
    void upsamplingFlattenAndReshape() {
        assertEquals(LayerSpec.upsample(2), one("up2"));
        assertEquals(LayerSpec.upsample(3), one("upsample3"));
        assertEquals(LayerSpec.upsampleTo(7, 5), one("up7x5"));
        assertEquals(LayerSpec.flatten(), one("flatten"));
        assertEquals(LayerSpec.reshape(Shape.image(8, 4, 2)), one("reshape8x4x2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "conv0k3", "conv4k0", "conv4k3s0", "pool0", "pool2s0", "up0", "up0x3", "up3x0",
            "reshape0x1x1", "reshape1x0x1", "reshape1x1x0", "wide", "dropoutx", "noise"})
    void badItemsAreRejectedNamingTheItemAndItsPosition(String item) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerSyntax.parse("64," + item, RELU, "--encoder"));
        assertTrue(e.getMessage().startsWith("--encoder item 2 '" + item + "': "), e.getMessage());
    }
}
