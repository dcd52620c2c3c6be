package workbench.engine;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * One step of a network, working on a whole batch (rows = samples). A layer owns its output and
 * gradient buffers and reuses them from batch to batch, so the matrices it returns are only valid
 * until its next call.
 */
public interface Layer {

    /**
     * Fixes the input shape, checks it and returns the output shape. Called once, before any
     * forward pass; shape errors surface here, before training starts.
     *
     * @throws ShapeException naming this layer, what it got and what it needs
     */
    Shape build(Shape input, int index);

    /** Fills the parameters with fresh values from the seeded generator. */
    default void initialize(Initializer initializer, RandomGenerator rng) {
    }

    /** The batch's outputs. {@code training} switches on dropout and noise. */
    FMatrixRMaj forward(FMatrixRMaj input, boolean training);

    /**
     * Given the loss gradient at this layer's output, stores the gradients of its parameters and
     * returns the gradient at its input, or null when {@code needInputGradient} is false (the first
     * layer of a network never needs it, which saves a third of its work).
     */
    FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient);

    default List<Parameter> parameters() {
        return List.of();
    }

    /**
     * Short description of the built layer, such as {@code Dense(128)} or {@code ReLU}, for test
     * messages and benchmarks. What a user reads of a network is its specs' text
     * ({@link LayerSpec#toString}), one rendering for the designer, the report and the feature maps.
     */
    String describe();

    Shape outputShape();
}
