package workbench.session.doctor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.engine.EpochStats;
import workbench.engine.ModelSpec;
import workbench.engine.TrainingSpec;

/**
 * What a detector sees at an epoch's end: the model's whole history with this epoch last, the
 * design and the training settings, the probe's look inside the network, the epoch's sampled
 * gradients, the smoothed batch losses, the layers' health at this run's epoch ends (this one
 * last), and the PCA baseline when it is known.
 *
 * @param health every layer's health before this run's first batch, then at each of its epoch ends,
 *               the one just ended last
 * @param pca    null until a baseline is known
 */
record Evidence(List<EpochStats> history, ModelSpec model, TrainingSpec training, List<ProbedLayer> layers,
                Probe probe, GradientRecord gradients, LossRecord losses, List<HealthRecord> health,
                PcaReference pca) {

    /** Whether the probe saw enough rows to judge how units behave ({@link Thresholds#PROBE_MIN_ROWS}). */
    boolean unitsJudgeable() {
        return probe.rows() >= Thresholds.PROBE_MIN_ROWS;
    }

    /** The epoch just ended. */
    EpochStats current() {
        return history.get(history.size() - 1);
    }

    /** Its number, counted from 1 over the model's whole history. */
    int epoch() {
        return current().epoch();
    }

    /** The learning rate the epoch ended with. */
    double learningRate() {
        return current().learningRate();
    }

    /** The rule for a rate that is too high, applied to the rate the epoch ended with. */
    RateAdvice rates() {
        return new RateAdvice(learningRate(), training);
    }

    /** The optimizer's usual starting rate (PyTorch's default for the kind: Adam 1e-3, SGD 1e-2). */
    double usualLearningRate() {
        return rates().usual();
    }

    /** See {@link RateAdvice#lower()}. */
    double lowerLearningRate() {
        return rates().lower();
    }

    /** See {@link RateAdvice#farAboveUsual()}. */
    boolean rateFarAboveUsual() {
        return rates().farAboveUsual();
    }

    /** See {@link RateAdvice#lowerAdvice()}. */
    String lowerRateAdvice() {
        return rates().lowerAdvice();
    }

    /** The optimizer as the command line spells it: "adam", "sgd". */
    String optimizerName() {
        return training.optimizer().kind().name().toLowerCase(Locale.ROOT);
    }

    /** A diagnosis of this epoch's end. */
    Diagnosis diagnosis(DiagnosisKind kind, String layer, Map<String, Double> numbers, String seen, String why,
                        String advice) {
        return new Diagnosis(kind, epoch(), null, layer, numbers, seen, why, advice);
    }
}
