package workbench.engine;

/**
 * One row of a layer stack as a user designs it and a file stores it. A DENSE row carries its
 * activation (with alpha for LeakyReLU/ELU) and an optional dropout after it; DROPOUT and
 * GAUSSIAN_NOISE rows stand alone and use {@code rate} (drop probability, or noise deviation).
 */
public record LayerSpec(Kind kind, int units, ActivationFunction activation, double alpha, double rate) {

    public enum Kind {
        DENSE, DROPOUT, GAUSSIAN_NOISE
    }

    public LayerSpec {
        if (kind == null) {
            throw new IllegalArgumentException("a layer needs a kind: dense, dropout or gaussian_noise");
        }
        if (kind == Kind.DENSE && activation == null) {
            activation = ActivationFunction.LINEAR;
        }
    }

    public static LayerSpec dense(int units, ActivationFunction activation) {
        return new LayerSpec(Kind.DENSE, units, activation, activation.defaultAlpha(), 0);
    }

    public static LayerSpec dense(int units, ActivationFunction activation, double dropout) {
        return new LayerSpec(Kind.DENSE, units, activation, activation.defaultAlpha(), dropout);
    }

    public static LayerSpec dropout(double rate) {
        return new LayerSpec(Kind.DROPOUT, 0, null, 0, rate);
    }

    public static LayerSpec gaussianNoise(double stddev) {
        return new LayerSpec(Kind.GAUSSIAN_NOISE, 0, null, 0, stddev);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DENSE -> "Dense(" + units + ", " + activation.displayName()
                    + (rate > 0 ? ", dropout " + rate : "") + ")";
            case DROPOUT -> "Dropout(" + rate + ")";
            case GAUSSIAN_NOISE -> "GaussianNoise(" + rate + ")";
        };
    }
}
