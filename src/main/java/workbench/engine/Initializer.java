package workbench.engine;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * How a layer's weights start. He suits ReLU-family activations and Glorot the saturating ones
 * (sigmoid, tanh, linear); PYTORCH_DEFAULT reproduces torch.nn.Linear's own start, uniform in
 * +-1/sqrt(fan_in) for weights and biases alike, for side-by-side comparisons with PyTorch.
 */
public enum Initializer {
    HE_UNIFORM, HE_NORMAL, GLOROT_UNIFORM, GLOROT_NORMAL, PYTORCH_DEFAULT;

    public void fillWeights(FMatrixRMaj weights, int fanIn, int fanOut, RandomGenerator rng) {
        float[] w = weights.data;
        int n = weights.getNumElements();
        switch (this) {
            case HE_UNIFORM -> fillUniform(w, n, Math.sqrt(6.0 / fanIn), rng);
            case HE_NORMAL -> fillNormal(w, n, Math.sqrt(2.0 / fanIn), rng);
            case GLOROT_UNIFORM -> fillUniform(w, n, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case GLOROT_NORMAL -> fillNormal(w, n, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case PYTORCH_DEFAULT -> fillUniform(w, n, 1.0 / Math.sqrt(fanIn), rng);
        }
    }

    /** Biases start at zero (Keras) except under PYTORCH_DEFAULT, which draws them like weights. */
    public void fillBiases(FMatrixRMaj bias, int fanIn, RandomGenerator rng) {
        if (this == PYTORCH_DEFAULT) {
            fillUniform(bias.data, bias.getNumElements(), 1.0 / Math.sqrt(fanIn), rng);
        } else {
            Arrays.fill(bias.data, 0, bias.getNumElements(), 0f);
        }
    }

    /** He for the ReLU family, Glorot for the rest: what a careful Keras or PyTorch user would pick. */
    public static Initializer suitedTo(ActivationFunction activation) {
        return activation.isRectifier() ? HE_UNIFORM : GLOROT_UNIFORM;
    }

    private static void fillUniform(float[] w, int n, double limit, RandomGenerator rng) {
        for (int i = 0; i < n; i++) {
            w[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
        }
    }

    private static void fillNormal(float[] w, int n, double std, RandomGenerator rng) {
        for (int i = 0; i < n; i++) {
            w[i] = (float) (rng.nextGaussian() * std);
        }
    }
}
