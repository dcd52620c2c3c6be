package workbench.session;

import java.util.List;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;

/**
 * The teaching presets: one click and ready to train, each showing one idea. Input shapes are
 * left open; they come from the dataset when it loads.
 */
public final class Presets {
    private Presets() {
    }

    public static List<Preset> all() {
        return List.of(
                preset("Linear autoencoder = PCA",
                        "With no nonlinearity and a squared-error loss, an autoencoder can only learn a linear map to"
                                + " the code and back. The best such map spans the same subspace as the first principal"
                                + " components, so its error falls to PCA's and no further: compare the loss with the PCA"
                                + " baseline of the same size.",
                        "digits-8x8", List.of(), 2, ActivationFunction.LINEAR, ActivationFunction.LINEAR,
                        VariantSpec.plain(), LossFunction.MSE, 0.01, 64, 30),
                preset("Shallow 784-32-784",
                        "The classic first autoencoder: one layer of 32 ReLU units between 784 pixels in and 784 out,"
                                + " a compression of 24.5 to 1. Watch the reconstructions sharpen from blurry averages"
                                + " into digits within a few epochs.",
                        "mnist-10k", List.of(), 32, ActivationFunction.RELU, ActivationFunction.SIGMOID,
                        VariantSpec.plain(), LossFunction.BCE, 1e-3, 256, 20),
                preset("Deep 128-64-32",
                        "Stacking layers lets the code capture more than a linear projection: the same 32-value code"
                                + " reconstructs better than the shallow model and better than PCA with 32 components.",
                        "mnist-10k", dense(128, 64), 32, ActivationFunction.RELU, ActivationFunction.SIGMOID,
                        VariantSpec.plain(), LossFunction.BCE, 1e-3, 256, 20),
                preset("2-D latent for plotting",
                        "A code of only two values can be drawn as it is. Without ever seeing a label, the network"
                                + " places the digits in regions of their own: colour the plot by class and see.",
                        "mnist-10k", dense(256, 64), 2, ActivationFunction.LINEAR, ActivationFunction.SIGMOID,
                        VariantSpec.plain(), LossFunction.BCE, 2e-3, 128, 20),
                preset("Sparse",
                        "An L1 penalty on the code pushes most code values to zero for any one input, so each unit"
                                + " comes to stand for a part of the picture. The penalty is reported apart from the"
                                + " reconstruction loss.",
                        "mnist-10k", dense(128), 32, ActivationFunction.RELU, ActivationFunction.SIGMOID,
                        VariantSpec.sparseL1(1e-4), LossFunction.BCE, 1e-3, 256, 20),
                preset("Denoising",
                        "The input is corrupted with Gaussian noise (deviation 0.5, clipped to [0, 1]) but the target"
                                + " stays clean, so the network must learn what digits look like to remove the noise."
                                + " The reconstructions show the noisy input between original and output.",
                        "mnist-10k", dense(128, 64), 32, ActivationFunction.RELU, ActivationFunction.SIGMOID,
                        VariantSpec.denoising(VariantSpec.Noise.GAUSSIAN, 0.5, true), LossFunction.BCE, 1e-3, 256, 20),
                preset("Variational, 2-D",
                        "A variational autoencoder encodes each input as a small Gaussian cloud and is pulled towards"
                                + " a standard normal by the KL term, so the 2-D latent space is filled without gaps:"
                                + " click anywhere in it to decode a new digit. The loss is per sample, in nats:"
                                + " reconstruction plus KL.",
                        "mnist-10k", dense(256), 2, ActivationFunction.LINEAR, ActivationFunction.SIGMOID,
                        VariantSpec.variational(1.0, 0), LossFunction.BCE, 1e-3, 128, 20));
    }

    private static List<LayerSpec> dense(int... units) {
        return java.util.Arrays.stream(units).mapToObj(u -> LayerSpec.dense(u, ActivationFunction.RELU)).toList();
    }

    private static Preset preset(String title, String explanation, String dataset, List<LayerSpec> encoder, int latent,
                                 ActivationFunction code, ActivationFunction output, VariantSpec variant,
                                 LossFunction loss, double lr, int batch, int epochs) {
        ModelSpec model = new ModelSpec(null, encoder, latent, code, true, List.of(), output, variant, loss, null, 1);
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.ADAM).withLearningRate(lr),
                ScheduleSpec.constant(), batch, epochs, 0.1, 1, 0, 0, true, 100);
        return new Preset(title, explanation, new Experiment(new DatasetRef(dataset, Normalization.Kind.NONE), model,
                training, 1));
    }
}
