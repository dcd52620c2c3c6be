package workbench.session.doctor;

import workbench.engine.OptimizerSpec;
import workbench.engine.TrainingSpec;

/**
 * What to say about a learning rate that is too high, from the rate in use and the run's settings:
 * one home for the rule, whether a diagnosis is made at an epoch's end or in the middle of one.
 */
record RateAdvice(double rate, TrainingSpec training) {

    /** The optimizer's usual starting rate (PyTorch's default for the kind: Adam 1e-3, SGD 1e-2). */
    double usual() {
        return OptimizerSpec.defaults(training.optimizer().kind()).learningRate();
    }

    /** Whether the rate is {@link Thresholds#LEARNING_RATE_FAR_ABOVE_USUAL} times the usual one or more. */
    boolean farAboveUsual() {
        return rate >= Thresholds.LEARNING_RATE_FAR_ABOVE_USUAL * usual();
    }

    /** A rate to try instead: the usual one when this one is far above it, else a tenth of this one. */
    double lower() {
        return OptimizerSpec.lowerRateToTry(training.optimizer().kind(), rate);
    }

    /** "Try a learning rate of X" and, unless the run clips its gradients already, a clip norm. */
    String lowerAdvice() {
        return "Try a learning rate of " + Told.number(lower())
                + (training.optimizer().clipNorm() > 0 ? "." : ", or a gradient clip norm (for example 1.0).");
    }
}
