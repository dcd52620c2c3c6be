package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A designed stack becomes these layers, and a stack that cannot be built is refused before training
 * with a message that names the stack, the row (counted from 1, as the designer shows it) and the fix.
 */
class StackBuildingTest {
    private static final ActivationFunction RELU = ActivationFunction.RELU;
    private static final Shape IMAGE = Shape.image(2, 8, 8);

    private static ModelSpec model(Shape input, List<LayerSpec> encoder, List<LayerSpec> decoder) {
        return new ModelSpec(input, encoder, 2, null, false, decoder, null, null, null, null, 1);
    }

    private static List<String> encoderLayers(Shape input, List<LayerSpec> encoder) {
        return new Autoencoder(model(input, encoder, List.of())).encoder().layers().stream()
                .map(Layer::describe).toList();
    }

    /** The refusal for an encoder whose second row is {@code bad}, after a harmless first row. */
    private static ShapeException secondRowRefused(Shape input, LayerSpec bad) {
        LayerSpec first = input.isFlat() ? LayerSpec.dense(4, RELU) : LayerSpec.conv(2, 1, 1, Padding.SAME, RELU);
        ShapeException e = assertThrows(ShapeException.class,
                () -> new Autoencoder(model(input, List.of(first, bad), List.of())));
        assertEquals(1, e.layerIndex(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Encoder layer 2 (" + bad + "): "), e.getMessage());
        return e;
    }

    private static void assertMentions(ShapeException e, String text) {
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void eachRowBuildsItsLayerThenItsActivationUnlessLinear() {
        assertEquals(List.of("Dense(5)", "Tanh", "Dropout(0.25)", "Dense(3)", "Dropout(0.5)", "GaussianNoise(0.0)",
                        "Dense(2)"),
                encoderLayers(Shape.flat(6), List.of(LayerSpec.dense(5, ActivationFunction.TANH, 0.25),
                        LayerSpec.dense(3, ActivationFunction.LINEAR), LayerSpec.dropout(0.5),
                        LayerSpec.gaussianNoise(0))));
        assertEquals(List.of("Conv2D(3, 3x3, same)", "LeakyReLU(0.2)", "MaxPool2D(2, same)",
                        "ConvTranspose2D(2, 2x2, stride 2, valid)", "AvgPool2D(2, same)", "Upsample2D(3)",
                        "Upsample2D(to 5x7)", "Flatten", "Reshape(70)", "Dense(2)"),
                encoderLayers(IMAGE, List.of(
                        new ConvSpec(3, 3, 1, Padding.SAME, ActivationFunction.LEAKY_RELU, 0.2),
                        LayerSpec.maxPool(2),
                        LayerSpec.convTranspose(2, 2, 2, Padding.VALID, ActivationFunction.LINEAR),
                        LayerSpec.avgPool(2), LayerSpec.upsample(3), LayerSpec.upsampleTo(5, 7), LayerSpec.flatten(),
                        LayerSpec.reshape(Shape.image(70, 1, 1)))));
    }

    @Test
    void aDenseRowWithoutUnitsIsRefused() {
        assertMentions(secondRowRefused(Shape.flat(6), new DenseSpec(0, RELU, 0, 0)),
                "a dense layer needs at least 1 unit, got 0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, Double.NaN})
    void dropoutOutsideZeroToOneIsRefusedOnItsOwnRow(double rate) {
        assertMentions(secondRowRefused(Shape.flat(6), LayerSpec.dropout(rate)),
                "dropout rate must be in [0, 1), got " + rate + ". A rate of 0.1 to 0.5 is usual.");
    }

    @Test
    void aDenseRowsDropoutOfOneOrMoreIsRefused() {
        // a dense row's rate of 0 or below means no dropout after it, so only a rate from 1 up is an error
        assertMentions(secondRowRefused(Shape.flat(6), new DenseSpec(3, RELU, 0, 1.0)),
                "dropout rate must be in [0, 1), got 1.0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void noiseDeviationMustBeAFiniteNumberNotBelowZero(double deviation) {
        assertMentions(secondRowRefused(Shape.flat(6), LayerSpec.gaussianNoise(deviation)),
                "noise deviation must be a number >= 0, got " + deviation);
    }

    @Test
    void convolutionAndPoolingSettingsBelowOneAreRefusedByName() {
        assertMentions(secondRowRefused(IMAGE, LayerSpec.conv(0, 3, 1, Padding.SAME, RELU)),
                "the filters must be at least 1, got 0.");
        assertMentions(secondRowRefused(IMAGE, LayerSpec.convTranspose(2, 0, 1, Padding.SAME, RELU)),
                "the kernel size must be at least 1, got 0.");
        assertMentions(secondRowRefused(IMAGE, LayerSpec.conv(2, 3, -1, Padding.SAME, RELU)),
                "the stride must be at least 1, got -1.");
        assertMentions(secondRowRefused(IMAGE, LayerSpec.maxPool(0)), "the pool size must be at least 1, got 0.");
        assertMentions(secondRowRefused(IMAGE,
                new PoolSpec(true, 2, -2, Padding.SAME)),
                "the stride must be at least 1, got -2.");
        assertMentions(secondRowRefused(IMAGE, LayerSpec.upsample(0)), "the upsampling factor must be at least 1, got 0.");
        assertMentions(secondRowRefused(IMAGE, LayerSpec.reshape(null)), "a reshape needs a target shape");
    }

    @Test
    void aLayerThatCannotTakeItsInputIsNamedWithItsStack() {
        ShapeException encoder = assertThrows(ShapeException.class, () -> new Autoencoder(
                model(Shape.flat(6), List.of(LayerSpec.dense(4, RELU), LayerSpec.maxPool(2)), List.of())));
        assertEquals(1, encoder.layerIndex());
        assertEquals(ShapeException.Stack.ENCODER, encoder.stack());
        assertTrue(encoder.getMessage().startsWith("Encoder layer 2 (MaxPool2D(2)): the input is a flat vector of 4"
                        + " values, but pooling needs an image"),
                encoder.getMessage());
        ShapeException decoder = assertThrows(ShapeException.class, () -> new Autoencoder(
                model(Shape.flat(6), List.of(LayerSpec.dense(4, RELU)), List.of(LayerSpec.dense(3, RELU),
                        LayerSpec.reshape(Shape.image(2, 2, 1))))));
        assertEquals(1, decoder.layerIndex());
        assertEquals(ShapeException.Stack.DECODER, decoder.stack());
        assertTrue(decoder.getMessage().startsWith("Decoder layer 2 (Reshape(2x2x1)): the input 3 has 3 values but"
                        + " 2x2x1 needs 4"),
                decoder.getMessage());
    }

    @Test
    void imageDecoderEndsInAThreeByThreeConvolutionToTheInputChannels() {
        ModelSpec spec = new ModelSpec(IMAGE, List.of(LayerSpec.conv(3, 3, 1, Padding.SAME, RELU)), 0, null, false,
                List.of(LayerSpec.conv(4, 3, 1, Padding.SAME, RELU)), ActivationFunction.ELU, null, null, null, 1);
        List<String> decoder = new Autoencoder(spec).decoder().layers().stream().map(Layer::describe).toList();
        assertEquals(List.of("Conv2D(4, 3x3, same)", "ReLU", "Conv2D(2, 3x3, same)", "ELU(1.0)"), decoder);
        assertEquals(List.of("decoder.0.weight", "decoder.0.bias", "decoder.1.weight", "decoder.1.bias"),
                new Autoencoder(spec).decoder().parameters().stream().map(Parameter::name).toList());
    }
}
