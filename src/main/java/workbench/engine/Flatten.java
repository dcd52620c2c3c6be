package workbench.engine;

import org.ejml.data.FMatrixRMaj;

/**
 * Turns an image into a flat vector for a dense layer. A batch row already holds its sample flat
 * (channel-major), so only the shape changes: the data pass through untouched, in both directions.
 */
public final class Flatten implements Layer {
    private Shape outputShape;

    @Override
    public Shape build(Shape input, int index) {
        outputShape = Shape.flat(input.size());
        return outputShape;
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
        return "Flatten";
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
