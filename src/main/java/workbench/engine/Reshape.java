package workbench.engine;

import java.util.Objects;
import org.ejml.data.FMatrixRMaj;

/**
 * Gives a sample another shape with the same number of values, such as a dense layer's 128 outputs
 * as an 8x4x4 image for a convolutional decoder. Rows are stored flat whatever their shape, so the
 * data pass through untouched.
 */
public final class Reshape implements Layer {
    private final Shape target;

    public Reshape(Shape target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    public Shape target() {
        return target;
    }

    @Override
    public Shape build(Shape input, int index) {
        if (input.size() != target.size()) {
            throw new ShapeException(index, "Reshape #" + (index + 1) + ": input " + input + " has " + input.size()
                    + " values but " + target + " needs " + target.size());
        }
        return target;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        return input;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        return needInputGradient ? gradOutput : null;
    }

    @Override
    public String describe() {
        return "Reshape(" + target + ")";
    }

    @Override
    public Shape outputShape() {
        return target;
    }
}
