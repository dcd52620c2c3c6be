package workbench.engine;

import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * Inverted dropout: in training each value is zeroed with probability {@code rate} and the
 * survivors scaled by 1/(1-rate), so that evaluation needs no rescaling.
 */
public final class Dropout extends ElementwiseLayer implements NoisyLayer {
    private final float rate;
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj mask = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);
    private RandomGenerator rng;
    private boolean lastWasTraining;

    public Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
        }
        this.rate = (float) rate;
    }

    public float rate() {
        return rate;
    }

    @Override
    public void setRandom(RandomGenerator rng) {
        this.rng = rng;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        lastWasTraining = training && rate > 0;
        if (!lastWasTraining) {
            return input;
        }
        int n = input.getNumElements();
        output.reshape(input.numRows, input.numCols);
        mask.reshape(input.numRows, input.numCols);
        float keepScale = 1f / (1f - rate);
        for (int i = 0; i < n; i++) {
            float m = rng.nextFloat() < rate ? 0f : keepScale;
            mask.data[i] = m;
            output.data[i] = input.data[i] * m;
        }
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        if (!lastWasTraining) {
            return gradOutput;
        }
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        for (int i = 0, n = gradOutput.getNumElements(); i < n; i++) {
            gradInput.data[i] = gradOutput.data[i] * mask.data[i];
        }
        return gradInput;
    }

    @Override
    public String describe() {
        return "Dropout(" + rate + ")";
    }
}
