package workbench.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns layer specs into layers, checking each one so that a bad design is reported with the
 * stack and position at fault before any training starts.
 */
final class NetworkBuilder {
    private final Gemm gemm;

    NetworkBuilder(Gemm gemm) {
        this.gemm = gemm;
    }

    /** The layers of one stack; {@code stackName} (encoder, decoder) prefixes parameter names. */
    List<Layer> layers(String stackName, List<LayerSpec> specs) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            LayerSpec spec = specs.get(i);
            String where = capitalize(stackName) + " layer " + (i + 1) + " (" + spec + ")";
            switch (spec.kind()) {
                case DENSE -> {
                    if (spec.units() < 1) {
                        throw new ShapeException(i, where + ": a dense layer needs at least 1 unit, got "
                                + spec.units() + ". Give it a positive number of units.");
                    }
                    addDense(layers, stackName + "." + i, spec.units(), spec.activation(), (float) spec.alpha());
                    if (spec.rate() > 0) {
                        layers.add(dropout(where, spec.rate(), i));
                    }
                }
                case DROPOUT -> layers.add(dropout(where, spec.rate(), i));
                case GAUSSIAN_NOISE -> {
                    if (!(spec.rate() >= 0) || Double.isInfinite(spec.rate())) {
                        throw new ShapeException(i, where + ": noise deviation must be a number >= 0, got " + spec.rate());
                    }
                    layers.add(new GaussianNoise(spec.rate()));
                }
            }
        }
        return layers;
    }

    void addDense(List<Layer> layers, String name, int units, ActivationFunction activation, float alpha) {
        layers.add(new Dense(name, units, gemm));
        if (activation != ActivationFunction.LINEAR) {
            layers.add(new ActivationLayer(activation, alpha));
        }
    }

    private static Dropout dropout(String where, double rate, int index) {
        if (!(rate >= 0 && rate < 1)) {
            throw new ShapeException(index, where + ": dropout rate must be in [0, 1), got " + rate
                    + ". A rate of 0.1 to 0.5 is usual.");
        }
        return new Dropout(rate);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
