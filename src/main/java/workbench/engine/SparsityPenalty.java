package workbench.engine;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * The sparse autoencoder's penalty on the code: L1 (weight times the mean over samples of the sum
 * of |z|), or KL (weight times the sum over code units of KL(rho || mean activation of the unit)).
 */
final class SparsityPenalty implements CodePenalty {
    /** Keeps a unit's mean activation off 0 and 1, where the KL term is infinite. */
    private static final double MEAN_FLOOR = 1e-7;

    private final VariantSpec.Sparsity kind;
    private final double weight;
    private final double target;
    private double[] meanActivation = new double[0];

    SparsityPenalty(VariantSpec variant) {
        this.kind = variant.sparsity();
        this.weight = variant.sparsityWeight();
        this.target = variant.sparsityTarget();
    }

    static void check(ModelSpec spec) {
        if (spec.codeIsEncoderOutput()) {
            throw new ShapeException(-1, "The sparse penalty needs a dense code layer: give a latent size above 0.");
        }
        if (spec.variant().sparsity() == VariantSpec.Sparsity.KL && spec.codeActivation() != ActivationFunction.SIGMOID) {
            throw new ShapeException(-1, "KL sparsity compares each code unit's mean activation with a target"
                    + " in (0, 1), so the code needs a sigmoid activation, not " + spec.codeActivation().displayName()
                    + ". Set the code activation to sigmoid, or use the L1 penalty.");
        }
    }

    @Override
    public double penalty(FMatrixRMaj code) {
        int rows = code.numRows;
        if (kind == VariantSpec.Sparsity.L1) {
            double sum = 0;
            for (int i = 0, n = code.getNumElements(); i < n; i++) {
                sum += Math.abs(code.data[i]);
            }
            return weight * sum / rows;
        }
        computeMeans(code);
        double sum = 0;
        for (double rhoHat : meanActivation) {
            sum += target * Math.log(target / rhoHat) + (1 - target) * Math.log((1 - target) / (1 - rhoHat));
        }
        return weight * sum;
    }

    @Override
    public double addCodeGradient(FMatrixRMaj code, FMatrixRMaj gradCode) {
        double value = penalty(code);
        int rows = code.numRows;
        int cols = code.numCols;
        if (kind == VariantSpec.Sparsity.L1) {
            float scale = (float) (weight / rows);
            for (int i = 0, n = code.getNumElements(); i < n; i++) {
                gradCode.data[i] += scale * Math.signum(code.data[i]);
            }
        } else {
            for (int j = 0; j < cols; j++) {
                double rhoHat = meanActivation[j];
                float g = (float) (weight / rows * (-target / rhoHat + (1 - target) / (1 - rhoHat)));
                for (int r = 0; r < rows; r++) {
                    gradCode.data[r * cols + j] += g;
                }
            }
        }
        return value;
    }

    private void computeMeans(FMatrixRMaj code) {
        int rows = code.numRows;
        int cols = code.numCols;
        if (meanActivation.length != cols) {
            meanActivation = new double[cols];
        }
        Arrays.fill(meanActivation, 0);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                meanActivation[j] += code.data[r * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            meanActivation[j] = Math.min(1 - MEAN_FLOOR, Math.max(MEAN_FLOOR, meanActivation[j] / rows));
        }
    }
}
