package workbench.engine;

import java.util.Locale;

/**
 * The element-wise nonlinearities. Each derivative is written in terms of the input x and the
 * output y already computed, so the backward pass never evaluates an exponential again.
 * {@code alpha} is the negative slope of LEAKY_RELU and the saturation value of ELU; the others
 * ignore it.
 */
public enum ActivationFunction {
    RELU("ReLU") {
        /** Math.max rather than a comparison: the JIT vectorises it, and a NaN stays NaN, as in torch. */
        @Override
        public float apply(float x, float alpha) {
            return Math.max(x, 0f);
        }

        @Override
        public float derivative(float x, float y, float alpha) {
            return x > 0 ? 1f : 0f;
        }
    },
    LEAKY_RELU("LeakyReLU") {
        @Override
        public float apply(float x, float alpha) {
            return x > 0 ? x : alpha * x;
        }

        @Override
        public float derivative(float x, float y, float alpha) {
            return x > 0 ? 1f : alpha;
        }
    },
    ELU("ELU") {
        @Override
        public float apply(float x, float alpha) {
            return x > 0 ? x : (float) (alpha * Math.expm1(x));
        }

        @Override
        public float derivative(float x, float y, float alpha) {
            return x > 0 ? 1f : y + alpha;
        }
    },
    SIGMOID("Sigmoid") {
        @Override
        public float apply(float x, float alpha) {
            return sigmoid(x);
        }

        @Override
        public float derivative(float x, float y, float alpha) {
            return y * (1f - y);
        }
    },
    TANH("Tanh") {
        @Override
        public float apply(float x, float alpha) {
            return (float) Math.tanh(x);
        }

        @Override
        public float derivative(float x, float y, float alpha) {
            return 1f - y * y;
        }
    },
    LINEAR("Linear") {
        @Override
        public float apply(float x, float alpha) {
            return x;
        }

        @Override
        public float derivative(float x, float y, float alpha) {
            return 1f;
        }
    },
    SOFTPLUS("Softplus") {
        /** Above this input softplus(x) equals x in float32; torch switches to the identity at 20. */
        private static final float LINEAR_ABOVE = 20f;

        @Override
        public float apply(float x, float alpha) {
            return x > LINEAR_ABOVE ? x : (float) Math.log1p(Math.exp(x));
        }

        @Override
        public float derivative(float x, float y, float alpha) {
            return x > LINEAR_ABOVE ? 1f : sigmoid(x);
        }
    };

    private final String displayName;

    ActivationFunction(String displayName) {
        this.displayName = displayName;
    }

    public abstract float apply(float x, float alpha);

    public abstract float derivative(float x, float y, float alpha);

    public String displayName() {
        return displayName;
    }

    /** The name {@link #parse} reads and the compact layer syntax writes: "relu", "leaky_relu". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual alpha: 0.01 for LeakyReLU (PyTorch's default), 1 for ELU. */
    public float defaultAlpha() {
        return switch (this) {
            case LEAKY_RELU -> 0.01f;
            case ELU -> 1f;
            default -> 0f;
        };
    }

    /** True for the ReLU family, which wants He initialisation. */
    public boolean isRectifier() {
        return this == RELU || this == LEAKY_RELU || this == ELU;
    }

    /** True when every output lies in (0, 1), which BCE targets and KL sparsity need. */
    public boolean outputsProbabilities() {
        return this == SIGMOID;
    }

    /** Numerically safe for any x: never evaluates exp of a large positive number. */
    public static float sigmoid(float x) {
        if (x >= 0) {
            return (float) (1.0 / (1.0 + Math.exp(-x)));
        }
        double e = Math.exp(x);
        return (float) (e / (1.0 + e));
    }

    /** Parses names as written in files and on the command line: relu, leaky_relu, leaky-relu, ELU... */
    public static ActivationFunction parse(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (key.equals("LEAKYRELU")) {
            return LEAKY_RELU;
        }
        if (key.equals("IDENTITY") || key.equals("NONE")) {
            return LINEAR;
        }
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown activation '" + name
                    + "': expected one of relu, leaky_relu, elu, sigmoid, tanh, linear, softplus");
        }
    }
}
