package workbench.engine;

import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * The contractive autoencoder's penalty (Rifai et al., 2011): the weight times the mean over the
 * batch of the squared Frobenius norm of the code layer's Jacobian with respect to its input. With
 * no hidden encoder layers that input is the data, and this is the encoder's Jacobian, as in the
 * paper; with hidden layers it is the last one's output.
 *
 * <p>For a dense code layer h = f(x W + b) the Jacobian is diag(f'(a)) W^T, so its squared norm is
 * the sum over code units j of f'(a_j)^2 times the squared length of W's column j: no Jacobian is
 * ever formed. The slope f' is written in terms of the output h, which is what the batch keeps:
 * h(1 - h) for the sigmoid, 1 - h^2 for tanh, 1 where h > 0 for ReLU, 1 for linear. Its gradient
 * reaches the weights two ways: through the slope (a gradient on h, carried down by the normal
 * backward pass) and through the column lengths (added straight to W's gradient).
 */
final class ContractivePenalty implements CodePenalty {
    private static final List<ActivationFunction> CLOSED_FORM = List.of(ActivationFunction.SIGMOID,
            ActivationFunction.TANH, ActivationFunction.RELU, ActivationFunction.LINEAR);

    private final double weight;
    private final ActivationFunction activation;
    private final Dense codeLayer;
    private double[] columnNorms = new double[0];
    private double[] meanSquaredSlope = new double[0];

    ContractivePenalty(double weight, ActivationFunction activation, Dense codeLayer) {
        this.weight = weight;
        this.activation = activation;
        this.codeLayer = codeLayer;
    }

    static void check(ModelSpec spec) {
        if (spec.codeIsEncoderOutput()) {
            throw new ShapeException(-1, "The contractive penalty is computed on a dense code layer: give a"
                    + " latent size above 0.");
        }
        if (!CLOSED_FORM.contains(spec.codeActivation())) {
            throw new ShapeException(-1, "The contractive penalty has a closed form for a sigmoid, tanh, ReLU or"
                    + " linear code, not " + spec.codeActivation().displayName() + ". Change the code activation.");
        }
    }

    /** The encoder's last dense layer: the code layer the autoencoder appends. */
    static Dense codeLayer(Sequential encoder) {
        List<Layer> layers = encoder.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof Dense dense) {
                return dense;
            }
        }
        throw new IllegalStateException("a contractive encoder ends in a dense code layer");
    }

    @Override
    public double penalty(FMatrixRMaj code) {
        measure(code);
        double sum = 0;
        for (int j = 0; j < columnNorms.length; j++) {
            sum += meanSquaredSlope[j] * columnNorms[j];
        }
        return weight * sum;
    }

    @Override
    public double addCodeGradient(FMatrixRMaj code, FMatrixRMaj gradCode) {
        double value = penalty(code);
        if (activation == ActivationFunction.RELU || activation == ActivationFunction.LINEAR) {
            return value; // the slope is constant where it is differentiable
        }
        int rows = code.numRows;
        int cols = code.numCols;
        float[] h = code.data;
        float[] g = gradCode.data;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                int at = r * cols + j;
                double s = slope(h[at]);
                double slopeChange = activation == ActivationFunction.SIGMOID ? 1 - 2.0 * h[at] : -2.0 * h[at];
                g[at] += (float) (weight / rows * columnNorms[j] * 2 * s * slopeChange);
            }
        }
        return value;
    }

    @Override
    public void addParameterGradients() {
        FMatrixRMaj w = codeLayer.weights();
        FMatrixRMaj grad = codeLayer.parameters().get(0).gradient();
        int units = w.numCols;
        for (int i = 0; i < w.numRows; i++) {
            for (int j = 0; j < units; j++) {
                int at = i * units + j;
                grad.data[at] += (float) (2 * weight * meanSquaredSlope[j] * w.data[at]);
            }
        }
    }

    /** Fills each code unit's squared column length and its squared slope averaged over the batch. */
    private void measure(FMatrixRMaj code) {
        FMatrixRMaj w = codeLayer.weights();
        int units = w.numCols;
        if (columnNorms.length != units) {
            columnNorms = new double[units];
            meanSquaredSlope = new double[units];
        }
        for (int j = 0; j < units; j++) {
            double sum = 0;
            for (int i = 0; i < w.numRows; i++) {
                double v = w.data[i * units + j];
                sum += v * v;
            }
            columnNorms[j] = sum;
            meanSquaredSlope[j] = 0;
        }
        int rows = code.numRows;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < units; j++) {
                double s = slope(code.data[r * units + j]);
                meanSquaredSlope[j] += s * s;
            }
        }
        for (int j = 0; j < units; j++) {
            meanSquaredSlope[j] /= rows;
        }
    }

    /** The activation's derivative at the pre-activation that gave output {@code h}. */
    private double slope(float h) {
        return switch (activation) {
            case SIGMOID -> h * (1.0 - h);
            case TANH -> 1.0 - (double) h * h;
            case RELU -> h > 0 ? 1 : 0;
            default -> 1;
        };
    }
}
