package workbench.io.onnx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.LayerSyntax;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Parameter;
import workbench.engine.Shape;
import workbench.engine.VariantSpec;
import workbench.io.ModelFile;
import workbench.io.ModelMetadata;

/**
 * The models the ONNX tests export: between them every layer kind and activation, every variant,
 * same and valid padding, strides 1 and 2, odd sizes (7x7 and 5x5, 3 channels), a code of feature
 * maps, a mirrored decoder. Weights and biases are drawn from a fixed seed (no training), large
 * enough that every activation works off its linear part, and each model is saved and loaded back
 * as a user's would be.
 */
final class ExportedModels {
    /** A model to export, named for the test's display. */
    record Case(String name, ModelSpec spec) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ExportedModels() {
    }

    private static List<LayerSpec> layers(String syntax) {
        return LayerSyntax.parse(syntax, ActivationFunction.RELU);
    }

    static ModelSpec dense(VariantSpec variant, ActivationFunction code) {
        return new ModelSpec(Shape.flat(11), layers("16:leaky_relu,dropout0.2,noise0.1,12:elu,9:softplus"), 3, code,
                false, layers("9:tanh,14:relu"), ActivationFunction.LINEAR, variant, LossFunction.MSE, null, 1);
    }

    /**
     * 3x7x7 to a 6x2x2 code of feature maps and back. Same padding with stride 1 (symmetric) and
     * stride 2 on an even size (Keras's odd pixel after), a 7x7 max pooling to 4x4 (the same),
     * a transposed convolution, upsampling to an exact 7x7, a valid convolution, zero padding and a
     * stride-1 average pooling whose border windows overhang the image.
     */
    static ModelSpec keras() {
        return new ModelSpec(Shape.image(3, 7, 7), layers("conv4k3:relu,maxpool2,conv6k3s2:leaky_relu"), 0,
                ActivationFunction.LINEAR, false,
                layers("deconv5k3s2:tanh,up7x7,conv4k3valid:softplus,pad1,avgpool3s1"), ActivationFunction.SIGMOID,
                VariantSpec.plain(), LossFunction.BCE, null, 2);
    }

    /**
     * 2x5x5 through a valid stride-2 convolution, zero padding, a valid stride-1 max pooling to 3x3, an
     * average pooling of 3x3 to 2x2 (its last window overhangs: Keras's odd pixel after), flatten and
     * dense layers to a dense code, then reshape, a valid transposed convolution, cropping and a
     * transposed convolution whose kernel is smaller than its stride.
     */
    static ModelSpec valid() {
        return new ModelSpec(Shape.image(2, 5, 5), layers("conv3k3s2valid:sigmoid,pad1,maxpool2s1valid,avgpool2,"
                + "flatten,8:elu"), 4, ActivationFunction.TANH, false,
                layers("12:elu,reshape3x2x2,deconv4k3s2valid:relu,crop1,deconv3k1s2,conv2k2valid:tanh"),
                ActivationFunction.LINEAR, VariantSpec.plain(), LossFunction.MSE, null, 3);
    }

    /** A convolutional VAE on 3x6x6 with a mirrored decoder and a BCE sigmoid output. */
    static ModelSpec convVae() {
        return new ModelSpec(Shape.image(3, 6, 6), layers("conv4k3s2:relu,flatten,10:tanh"), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID,
                VariantSpec.variational(1, 0), LossFunction.BCE, null, 4);
    }

    /** A dense, mirrored model on 1x4x5 images, as on MNIST: the image flattened in, reshaped out. */
    static ModelSpec denseOnImages() {
        return new ModelSpec(Shape.image(1, 4, 5), layers("7:relu"), 2, ActivationFunction.LINEAR, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 5);
    }

    /**
     * A valid convolution taking 1x5x5 to a 6x1x1 code, which the engine holds as a flat vector of 6,
     * and back through upsampling by 2 (4x4 to 8x8) and a valid 4x4 convolution.
     */
    static ModelSpec pointCode() {
        return new ModelSpec(Shape.image(1, 5, 5), layers("conv6k5valid:tanh"), 0, ActivationFunction.LINEAR, false,
                layers("16:relu,reshape1x4x4,up2,conv2k4valid:elu"), ActivationFunction.LINEAR, VariantSpec.plain(),
                LossFunction.MSE, null, 6);
    }

    static List<Case> all() {
        return List.of(
                new Case("dense plain", dense(VariantSpec.plain(), ActivationFunction.LINEAR)),
                new Case("dense sparse", dense(VariantSpec.sparseL1(VariantSpec.DEFAULT_L1_WEIGHT),
                        ActivationFunction.RELU)),
                new Case("dense denoising", dense(VariantSpec.denoising(VariantSpec.Noise.GAUSSIAN, 0.3, false),
                        ActivationFunction.SIGMOID)),
                new Case("dense contractive", dense(VariantSpec.contractive(VariantSpec.DEFAULT_CONTRACTIVE_WEIGHT),
                        ActivationFunction.TANH)),
                new Case("dense variational", dense(VariantSpec.variational(1, 0), ActivationFunction.LINEAR)),
                new Case("conv same 3x7x7", keras()),
                new Case("conv valid 2x5x5", valid()),
                new Case("conv variational 3x6x6", convVae()),
                new Case("dense on 1x4x5 images", denseOnImages()),
                new Case("conv to a 6x1x1 code", pointCode()));
    }

    /** {@code spec} built with random weights and biases and a z-score-like normalisation, saved and loaded. */
    static ModelFile.Loaded saved(ModelSpec spec, Path dir) throws IOException {
        Autoencoder model = new Autoencoder(spec);
        Random random = new Random(spec.seed());
        for (Parameter p : model.parameters()) {
            float[] values = p.value().data;
            for (int i = 0; i < p.size(); i++) {
                values[i] = (float) (random.nextGaussian() * 0.6);
            }
        }
        int features = spec.inputShape().size();
        float[] offset = new float[features];
        float[] scale = new float[features];
        for (int i = 0; i < features; i++) {
            offset[i] = (float) random.nextGaussian() * 3;
            scale[i] = 0.5f + random.nextFloat() * 4;
        }
        Path file = dir.resolve("model.npz");
        ModelFile.save(file, model, new Normalization(Normalization.Kind.Z_SCORE, offset, scale),
                new ModelMetadata("test data", null, null, null, null), null);
        return ModelFile.load(file);
    }

    /** Rows of raw data on the normalisation's scale: offset + scale * N(0, 1) per feature. */
    static FMatrixRMaj rawRows(Normalization normalization, int rows, long seed) {
        float[] offset = normalization.offset();
        float[] scale = normalization.scale();
        Random random = new Random(seed);
        FMatrixRMaj x = new FMatrixRMaj(rows, offset.length);
        for (int i = 0; i < x.data.length; i++) {
            int c = i % offset.length;
            x.data[i] = offset[c] + scale[c] * (float) random.nextGaussian();
        }
        return x;
    }

    /** Rows of N(0, 1) codes. */
    static FMatrixRMaj codes(int rows, int size, long seed) {
        Random random = new Random(seed);
        FMatrixRMaj z = new FMatrixRMaj(rows, size);
        for (int i = 0; i < z.data.length; i++) {
            z.data[i] = (float) random.nextGaussian();
        }
        return z;
    }
}
