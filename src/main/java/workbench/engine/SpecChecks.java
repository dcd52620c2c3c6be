package workbench.engine;

import java.util.List;

/** The checks several layer specs share, each with its message in the one grammar of shape problems. */
final class SpecChecks {
    private SpecChecks() {
    }

    static void atLeastOne(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("the " + what + " must be at least 1, got " + value + ".");
        }
    }

    /** @param what the layer as a sentence's subject, such as "a convolution" */
    static void requireImage(Shape input, String what) {
        if (input.isFlat()) {
            throw new IllegalArgumentException("the input is a flat vector of " + input.size() + " values, but "
                    + what + " needs an image (channels x height x width). Add a Reshape before it, or use an"
                    + " image dataset.");
        }
    }

    static void dropoutRate(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("the dropout rate must be in [0, 1), got " + rate
                    + ". A rate of 0.1 to 0.5 is usual.");
        }
    }

    /** The activation layer that follows a weighted layer, or none for a linear one. */
    static void addActivation(List<Layer> layers, ActivationFunction activation, double alpha) {
        if (activation != ActivationFunction.LINEAR) {
            layers.add(new ActivationLayer(activation, (float) alpha));
        }
    }
}
