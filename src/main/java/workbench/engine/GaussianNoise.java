package workbench.engine;

import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/** Adds zero-mean Gaussian noise while training (a regulariser); passes values through otherwise. */
public final class GaussianNoise extends ElementwiseLayer implements NoisyLayer {
    private final float stddev;
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private RandomGenerator rng;

    public GaussianNoise(double stddev) {
        if (!(stddev >= 0) || Double.isInfinite(stddev)) {
            throw new IllegalArgumentException("noise standard deviation must be a finite number >= 0, got " + stddev);
        }
        this.stddev = (float) stddev;
    }

    public float stddev() {
        return stddev;
    }

    @Override
    public void setRandom(RandomGenerator rng) {
        this.rng = rng;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        if (!training || stddev == 0) {
            return input;
        }
        output.reshape(input.numRows, input.numCols);
        for (int i = 0, n = input.getNumElements(); i < n; i++) {
            output.data[i] = input.data[i] + (float) rng.nextGaussian() * stddev;
        }
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        return needInputGradient ? gradOutput : null;
    }

    @Override
    public String describe() {
        return "GaussianNoise(" + stddev + ")";
    }
}
