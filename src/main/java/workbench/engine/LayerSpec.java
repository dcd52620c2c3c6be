package workbench.engine;

import java.util.Locale;

/**
 * One row of a layer stack as a user designs it and a file stores it.
 * <ul>
 *   <li>DENSE: {@code units}, its activation (with alpha for LeakyReLU/ELU) and an optional dropout
 *       ({@code rate}) after it.</li>
 *   <li>DROPOUT, GAUSSIAN_NOISE: {@code rate} is the drop probability or the noise deviation.</li>
 *   <li>CONV, CONV_TRANSPOSE: {@code units} filters of {@code kernel} x {@code kernel}, {@code stride},
 *       {@code padding}, and the activation.</li>
 *   <li>MAX_POOL, AVG_POOL: windows of {@code kernel} x {@code kernel}, moved by {@code stride}.</li>
 *   <li>UPSAMPLE: nearest-neighbour by the factor {@code kernel}, or to exactly the height and width
 *       of {@code shape} when it is given (how a mirrored decoder undoes a pooling of an odd size).</li>
 *   <li>FLATTEN; RESHAPE to {@code shape}.</li>
 * </ul>
 */
public record LayerSpec(Kind kind, int units, ActivationFunction activation, double alpha, double rate,
                        int kernel, int stride, Padding padding, Shape shape) {

    public enum Kind {
        DENSE, DROPOUT, GAUSSIAN_NOISE, CONV, CONV_TRANSPOSE, MAX_POOL, AVG_POOL, UPSAMPLE, FLATTEN, RESHAPE;

        /** Layers that work on images (channels x height x width) rather than on flat vectors. */
        public boolean isSpatial() {
            return this == CONV || this == CONV_TRANSPOSE || this == MAX_POOL || this == AVG_POOL || this == UPSAMPLE;
        }

        /** Layers with weights, whose activation the spec carries. */
        public boolean hasWeights() {
            return this == DENSE || this == CONV || this == CONV_TRANSPOSE;
        }
    }

    public LayerSpec {
        if (kind == null) {
            throw new IllegalArgumentException("a layer needs a kind: dense, conv, conv_transpose, max_pool,"
                    + " avg_pool, upsample, flatten, reshape, dropout or gaussian_noise");
        }
        if (kind.hasWeights() && activation == null) {
            activation = ActivationFunction.LINEAR;
        }
        if (kind.isSpatial() && kind != Kind.UPSAMPLE) {
            if (stride == 0) {
                stride = kind == Kind.MAX_POOL || kind == Kind.AVG_POOL ? kernel : 1;
            }
            if (padding == null) {
                padding = Padding.SAME;
            }
        }
    }

    /** The five-value form every layer had before convolutions; kept for dense stacks. */
    public LayerSpec(Kind kind, int units, ActivationFunction activation, double alpha, double rate) {
        this(kind, units, activation, alpha, rate, 0, 0, null, null);
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

    public static LayerSpec conv(int filters, int kernel, int stride, Padding padding, ActivationFunction activation) {
        return new LayerSpec(Kind.CONV, filters, activation, activation.defaultAlpha(), 0, kernel, stride, padding, null);
    }

    public static LayerSpec convTranspose(int filters, int kernel, int stride, Padding padding,
                                          ActivationFunction activation) {
        return new LayerSpec(Kind.CONV_TRANSPOSE, filters, activation, activation.defaultAlpha(), 0,
                kernel, stride, padding, null);
    }

    public static LayerSpec maxPool(int size) {
        return new LayerSpec(Kind.MAX_POOL, 0, null, 0, 0, size, size, Padding.SAME, null);
    }

    public static LayerSpec avgPool(int size) {
        return new LayerSpec(Kind.AVG_POOL, 0, null, 0, 0, size, size, Padding.SAME, null);
    }

    public static LayerSpec upsample(int factor) {
        return new LayerSpec(Kind.UPSAMPLE, 0, null, 0, 0, factor, 0, null, null);
    }

    /** Nearest-neighbour up to exactly {@code height} x {@code width}. */
    public static LayerSpec upsampleTo(int height, int width) {
        return new LayerSpec(Kind.UPSAMPLE, 0, null, 0, 0, 0, 0, null, Shape.image(1, height, width));
    }

    public static LayerSpec flatten() {
        return new LayerSpec(Kind.FLATTEN, 0, null, 0, 0);
    }

    public static LayerSpec reshape(Shape target) {
        return new LayerSpec(Kind.RESHAPE, 0, null, 0, 0, 0, 0, null, target);
    }


    @Override
    public String toString() {
        return switch (kind) {
            case DENSE -> "Dense(" + units + ", " + activation.displayName()
                    + (rate > 0 ? ", dropout " + rate : "") + ")";
            case DROPOUT -> "Dropout(" + rate + ")";
            case GAUSSIAN_NOISE -> "GaussianNoise(" + rate + ")";
            case CONV, CONV_TRANSPOSE -> (kind == Kind.CONV ? "Conv2D(" : "ConvTranspose2D(") + units + ", "
                    + kernel + "x" + kernel + (stride != 1 ? ", stride " + stride : "") + ", "
                    + padding.name().toLowerCase(Locale.ROOT) + ", " + activation.displayName() + ")";
            case MAX_POOL, AVG_POOL -> (kind == Kind.MAX_POOL ? "MaxPool2D(" : "AvgPool2D(") + kernel
                    + (stride != kernel ? ", stride " + stride : "")
                    + (padding == Padding.VALID ? ", valid" : "") + ")";
            case UPSAMPLE -> shape != null ? "Upsample2D(to " + shape.height() + "x" + shape.width() + ")"
                    : "Upsample2D(" + kernel + ")";
            case FLATTEN -> "Flatten";
            case RESHAPE -> "Reshape(" + shape + ")";
        };
    }
}
