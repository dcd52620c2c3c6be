package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a design says about itself, as the designer and the file names show it: its one-line summary,
 * whether it is convolutional, where its code comes from, and which changes still build the same network.
 */
class ModelSpecSummaryTest {
    private static final ActivationFunction RELU = ActivationFunction.RELU;
    private static final Shape MNIST = Shape.image(1, 28, 28);

    private static ModelSpec spec(Shape input, String encoder, int latent, boolean mirror, String decoder,
                                  VariantSpec variant) {
        return new ModelSpec(input, LayerSyntax.parse(encoder, RELU), latent, null, mirror,
                LayerSyntax.parse(decoder, RELU), null, variant, null, null, 1);
    }

    @Test
    void denseSummaryListsTheMirroredWidthsAroundTheCode() {
        assertEquals("784-128-64-[32]-64-128-784",
                spec(Shape.flat(784), "128,dropout0.2,64", 32, true, "", null).summary());
        assertEquals("?-128-[32]-128-?", spec(null, "128", 32, true, "", null).summary());
    }

    @Test
    void convolutionalSummaryNamesEachStepAndTheImageAtBothEnds() {
        ModelSpec conv = spec(MNIST, "conv16k3,pool2,conv8k3s2,avgpool2,flatten", 0, false,
                "reshape8x4x4,up7x7,deconv8k3s2,up2,deconv4k3,noise0.1", null);
        assertEquals("1x28x28-c16-p2-c8s2-p2-[code]-u7x7-t8s2-u2-t4-1x28x28", conv.summary());
    }

    @Test
    void codeComesFromTheEncoderOnlyWithoutLatentSizeAndOutsideAVariationalModel() {
        assertTrue(spec(MNIST, "conv8k3", 0, false, "", null).codeIsEncoderOutput());
        assertFalse(spec(MNIST, "conv8k3", 4, false, "", null).codeIsEncoderOutput());
        assertFalse(spec(MNIST, "conv8k3", 0, false, "", VariantSpec.variational(1, 0)).codeIsEncoderOutput());
    }

    @Test
    void aDesignIsConvolutionalWhenAnyStackItUsesWorksOnImages() {
        assertFalse(spec(MNIST, "64", 8, true, "", null).isConvolutional());
        assertTrue(spec(MNIST, "64,up2", 8, true, "", null).isConvolutional());
        // a written decoder counts, but not one that mirroring replaces
        assertTrue(spec(MNIST, "64", 8, false, "conv4k3", null).isConvolutional());
        assertFalse(spec(MNIST, "64", 8, true, "conv4k3", null).isConvolutional());
    }

    @Test
    void missingPartsTakeTheirDefaultsAndTheStacksAreCopied() {
        List<LayerSpec> encoder = new ArrayList<>(LayerSyntax.parse("16", RELU));
        ModelSpec spec = new ModelSpec(MNIST, encoder, 4, null, true, null, null, null, null, null, 1);
        encoder.add(LayerSpec.flatten());
        assertEquals(LayerSyntax.parse("16", RELU), spec.encoder());
        assertEquals(List.of(), spec.decoder());
        assertEquals(ActivationFunction.LINEAR, spec.codeActivation());
        assertEquals(ActivationFunction.LINEAR, spec.outputActivation());
        assertEquals(VariantSpec.plain(), spec.variant());
        assertEquals(LossFunction.MSE, spec.loss());
        assertEquals(List.of(), new ModelSpec(MNIST, null, 4, null, true, null, null, null, null, null, 1).encoder());
    }

    @Test
    void seedAndInitializerDoNotChangeTheNetworkButTheInputShapeDoes() {
        ModelSpec spec = spec(MNIST, "16", 4, true, "", null);
        assertTrue(spec.sameNetworkAs(spec.withSeed(99).withInitializer(Initializer.HE_UNIFORM)));
        assertEquals(99, spec.withSeed(99).seed());
        assertEquals(Initializer.HE_UNIFORM, spec.withInitializer(Initializer.HE_UNIFORM).initializer());
        ModelSpec wider = spec.withInputShape(Shape.flat(10));
        assertEquals(Shape.flat(10), wider.inputShape());
        assertFalse(spec.sameNetworkAs(wider));
        assertFalse(spec.sameNetworkAs(spec(MNIST, "16", 5, true, "", null)));
        assertEquals(spec.withInputShape(MNIST), spec);
    }
}
