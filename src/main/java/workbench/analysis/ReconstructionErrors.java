package workbench.analysis;

import org.ejml.data.FMatrixRMaj;
import workbench.engine.LossFunction;

/**
 * Each sample's reconstruction error in the model's own loss, as a mean per value: the unit of the
 * loss the window reports, so a per-sample error can be read against the test loss.
 */
public final class ReconstructionErrors {

    private ReconstructionErrors() {
    }

    /**
     * @param reconstructions the model's output for each row (probabilities, for BCE), same shape
     *                        as {@code originals}
     */
    public static double[] perSample(LossFunction loss, FMatrixRMaj originals, FMatrixRMaj reconstructions) {
        if (originals.numRows != reconstructions.numRows || originals.numCols != reconstructions.numCols) {
            throw new IllegalArgumentException("original is " + originals.numRows + " x " + originals.numCols
                    + " but the reconstruction is " + reconstructions.numRows + " x " + reconstructions.numCols
                    + "; they must have the same shape");
        }
        float[] rowSums = new float[originals.numRows];
        loss.evaluate(reconstructions, originals, false, rowSums, null, 0f);
        double[] out = new double[rowSums.length];
        int cols = Math.max(1, originals.numCols);
        for (int i = 0; i < out.length; i++) {
            out[i] = rowSums[i] / (double) cols;
        }
        return out;
    }
}
