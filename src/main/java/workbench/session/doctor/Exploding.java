package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.Map;
import workbench.engine.TrainingSpec;

/**
 * Training is blowing up before any NaN: within an epoch, a batch's loss a hundred times its low
 * or two batches in a row at ten times (an explosion reaches NaN within a few batches, so it must
 * be caught where it happens); at an epoch's end, the smoothed loss ten times its best and not
 * come back, or the gradient's norm grown by three orders of magnitude since the first batch. A
 * loss that becomes NaN or infinite is the trainer's own business (it ends the run).
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

    /** The diagnosis at batch {@code batch} of epoch {@code epoch}, just recorded in {@code losses}; or null. */
    static Diagnosis atBatch(LossRecord losses, int epoch, int batch, double rate, TrainingSpec training) {
        double jump = losses.lastJump();
        boolean blownUp = jump > Thresholds.EXPLODING_BATCH_JUMP
                || losses.jumpsInARow() >= Thresholds.EXPLODING_BATCHES_IN_A_ROW;
        if (!blownUp) {
            return null;
        }
        RateAdvice rates = new RateAdvice(rate, training); // made only now: a batch's check allocates nothing
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("loss", losses.last());
        numbers.put("lowest_loss", losses.floorBeforeLast());
        numbers.put("learning_rate", rates.rate());
        String seen = "the batch's loss is " + Told.number(losses.last()) + ", " + Told.number(jump)
                + " times the lowest before it (" + Told.number(losses.floorBeforeLast()) + ")"
                + (losses.jumpsInARow() > 1 ? ", " + losses.jumpsInARow() + " batches in a row." : ".");
        return new Diagnosis(DiagnosisKind.EXPLODING, epoch, batch, null, numbers, seen, WHY, rates.lowerAdvice());
    }

    private static final String WHY = "Each step overshoots the valley it aims for and lands higher up, where the"
            + " slope is steeper still: left alone, the loss becomes infinite or NaN.";

    private static Diagnosis diagnose(Evidence e, Map<String, Double> numbers, String seen) {
        return e.diagnosis(DiagnosisKind.EXPLODING, null, numbers, seen, WHY, e.lowerRateAdvice());
    }
}
