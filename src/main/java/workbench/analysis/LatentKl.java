package workbench.analysis;

import org.ejml.data.FMatrixRMaj;

/**
 * A variational code's KL divergence from the standard normal prior, dimension by dimension:
 * the mean over samples of KL(N(mu, exp(logVar)) || N(0, 1)) = -(1 + logVar - mu^2 - exp(logVar)) / 2,
 * in nats. A dimension whose KL stays near zero carries nothing about the input (the encoder gives
 * every sample the prior), which is how posterior collapse is counted.
 */
public final class LatentKl {
    private LatentKl() {
    }

    /**
     * @param mean   the mean head's output, one sample per row
     * @param logVar the log-variance head's output, shaped as {@code mean}
     * @param perDimension filled with each dimension's mean KL; at least as long as a row
     */
    public static void perDimension(FMatrixRMaj mean, FMatrixRMaj logVar, double[] perDimension) {
        int rows = mean.numRows;
        int dims = mean.numCols;
        if (logVar.numRows != rows || logVar.numCols != dims) {
            throw new IllegalArgumentException("the mean is " + rows + "x" + dims + " but the log-variance "
                    + logVar.numRows + "x" + logVar.numCols);
        }
        for (int j = 0; j < dims; j++) {
            perDimension[j] = 0;
        }
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < dims; j++) {
                double mu = mean.data[r * dims + j];
                double lv = logVar.data[r * dims + j];
                perDimension[j] += -0.5 * (1 + lv - mu * mu - Math.exp(lv));
            }
        }
        for (int j = 0; j < dims; j++) {
            perDimension[j] /= rows;
        }
    }
}
