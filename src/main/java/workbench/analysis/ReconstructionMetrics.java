package workbench.analysis;

import org.ejml.data.FMatrixRMaj;

/**
 * Reconstruction errors as per-element means over a whole split, the numbers Keras and PyTorch
 * report. BCE clips the reconstruction to [1e-7, 1 - 1e-7] (Keras's epsilon) so that a linear
 * baseline such as PCA, whose outputs leave [0, 1], still gets a finite, comparable score.
 */
public record ReconstructionMetrics(double bce, double mse, double mae) {
    public static final double BCE_CLIP = 1e-7;

    public static ReconstructionMetrics of(FMatrixRMaj original, FMatrixRMaj reconstruction) {
        if (original.numRows != reconstruction.numRows || original.numCols != reconstruction.numCols) {
            throw new IllegalArgumentException("original is " + original.numRows + "x" + original.numCols
                    + " but reconstruction is " + reconstruction.numRows + "x" + reconstruction.numCols);
        }
        double bce = 0;
        double se = 0;
        double ae = 0;
        float[] t = original.data;
        float[] p = reconstruction.data;
        int n = original.getNumElements();
        for (int i = 0; i < n; i++) {
            double q = Math.min(1 - BCE_CLIP, Math.max(BCE_CLIP, p[i]));
            bce -= t[i] * Math.log(q) + (1 - t[i]) * Math.log(1 - q);
            double d = p[i] - t[i];
            se += d * d;
            ae += Math.abs(d);
        }
        return new ReconstructionMetrics(bce / n, se / n, ae / n);
    }
}
