package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Training is blowing up before any NaN: the smoothed loss is ten times its best and has not come
 * back by the epoch's end, or the gradient's norm has grown by three orders of magnitude since the
 * first batch. A loss that becomes NaN or infinite is the trainer's own business (it ends the run).
 */
final class Exploding implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.EXPLODING;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        double now = e.losses().smoothed();
        double lowest = e.losses().lowest();
        if (now > Thresholds.EXPLODING_LOSS_FACTOR * lowest) {
            Map<String, Double> numbers = new LinkedHashMap<>();
            numbers.put("loss", now);
            numbers.put("lowest_loss", lowest);
            numbers.put("learning_rate", e.learningRate());
            return diagnose(e, numbers, "the training loss, averaged over the last " + Thresholds.LOSS_WINDOW
                    + " batches, is " + Told.number(now) + ", " + Told.number(now / lowest) + " times its lowest ("
                    + Told.number(lowest) + "), and it has not come back down.");
        }
        if (!e.gradients().measured(e.epoch())) {
            return null;
        }
        double first = e.gradients().firstNorm();
        double norm = e.gradients().epochMedianNorm();
        if (first > 0 && norm > Thresholds.EXPLODING_GRADIENT_GROWTH * first) {
            Map<String, Double> numbers = new LinkedHashMap<>();
            numbers.put("gradient_norm", norm);
            numbers.put("first_gradient_norm", first);
            numbers.put("learning_rate", e.learningRate());
            return diagnose(e, numbers, "the gradient's norm has grown from " + Told.number(first)
                    + " at the first batch to " + Told.number(norm) + " (" + Told.number(norm / first) + " times).");
        }
        return null;
    }

    private static Diagnosis diagnose(Evidence e, Map<String, Double> numbers, String seen) {
        return e.diagnosis(DiagnosisKind.EXPLODING, null, numbers, seen,
                "Each step overshoots the valley it aims for and lands higher up, where the slope is steeper still:"
                        + " left alone, the loss becomes infinite or NaN.",
                e.lowerRateAdvice());
    }
}
