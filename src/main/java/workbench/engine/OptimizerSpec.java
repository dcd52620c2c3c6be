package workbench.engine;

/**
 * Everything that defines an optimizer, as saved in experiment and model files.
 *
 * @param momentum     for MOMENTUM and NESTEROV
 * @param beta1        Adam's first-moment decay
 * @param beta2        Adam's second-moment decay; also RMSProp's smoothing constant (PyTorch's alpha)
 * @param weightDecay  AdamW's decoupled decay; for every other kind, L2 added to the gradient
 *                     (PyTorch's weight_decay); weights only, never biases
 * @param l1           L1 penalty weight: sign(w) times l1 added to each weight's gradient
 * @param clipNorm     if positive, gradients are rescaled so their global L2 norm is at most this
 * @param clipValue    if positive, each gradient value is clamped to [-clipValue, clipValue]
 */
public record OptimizerSpec(OptimizerKind kind, double learningRate, double momentum, double beta1,
                            double beta2, double epsilon, double weightDecay, double l1,
                            double clipNorm, double clipValue) {

    public OptimizerSpec {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        requireInRange("momentum", momentum, 0, 1);
        requireInRange("beta1", beta1, 0, 1);
        requireInRange("beta2", beta2, 0, 1);
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive, got " + epsilon);
        }
        requireNonNegative("weight decay", weightDecay);
        requireNonNegative("L1", l1);
        requireNonNegative("clip norm", clipNorm);
        requireNonNegative("clip value", clipValue);
    }

    /** PyTorch's defaults for the kind (Adam 1e-3, RMSProp 1e-2, SGD 1e-2). */
    /**
     * A learning rate this many times its optimizer's usual one is far too high: the usual rate is
     * the one to try then, where a tenth of a rate of 1e9 would still be 1e8.
     */
    public static final double FAR_ABOVE_USUAL = 10;

    /** The rate to suggest instead of a {@code rate} that proved too high: the usual one if far above it, else a tenth. */
    public static double lowerRateToTry(OptimizerKind kind, double rate) {
        double usual = defaults(kind).learningRate();
        return rate >= FAR_ABOVE_USUAL * usual ? usual : rate / 10;
    }

    public static OptimizerSpec defaults(OptimizerKind kind) {
        double lr = switch (kind) {
            case ADAM, ADAMW -> 1e-3;
            default -> 1e-2;
        };
        double beta2 = kind == OptimizerKind.RMSPROP ? 0.99 : 0.999;
        double decay = kind == OptimizerKind.ADAMW ? 0.01 : 0;
        return new OptimizerSpec(kind, lr, 0.9, 0.9, beta2, 1e-8, decay, 0, 0, 0);
    }

    public OptimizerSpec withLearningRate(double lr) {
        return new OptimizerSpec(kind, lr, momentum, beta1, beta2, epsilon, weightDecay, l1, clipNorm, clipValue);
    }

    public OptimizerSpec withRegularization(double newWeightDecay, double newL1) {
        return new OptimizerSpec(kind, learningRate, momentum, beta1, beta2, epsilon, newWeightDecay, newL1, clipNorm, clipValue);
    }

    public OptimizerSpec withClipping(double newClipNorm, double newClipValue) {
        return new OptimizerSpec(kind, learningRate, momentum, beta1, beta2, epsilon, weightDecay, l1, newClipNorm, newClipValue);
    }

    public OptimizerSpec withMomentum(double newMomentum) {
        return new OptimizerSpec(kind, learningRate, newMomentum, beta1, beta2, epsilon, weightDecay, l1, clipNorm, clipValue);
    }

    private static void requireInRange(String what, double v, double lo, double hi) {
        if (!(v >= lo && v < hi)) {
            throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "), got " + v);
        }
    }

    private static void requireNonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + v);
        }
    }
}
