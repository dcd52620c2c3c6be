package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbench.engine.EpochStats;
import workbench.engine.ScheduleSpec;

/**
 * The loss barely moves, and never did, while the gradient is as strong as ever: over the last
 * {@link Thresholds#LOW_RATE_EPOCHS} epochs the training loss fell by less than
 * {@link Thresholds#LOW_RATE_RECENT_PROGRESS} (and did not rise), since the model's first epoch by
 * less than {@link Thresholds#LOW_RATE_TOTAL_PROGRESS}, and the epoch's gradient norm is within a
 * factor {@link Thresholds#SOUND_GRADIENT_SHARE} of the first one, either way. The slope is there;
 * the steps are too short to go down it.
 */
final class LearningRateTooLow implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.LEARNING_RATE_TOO_LOW;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        List<EpochStats> history = e.history();
        if (history.size() < Thresholds.LOW_RATE_EPOCHS || !e.gradients().measured(e.epoch())) {
            return null;
        }
        double now = e.current().train().objective();
        double then = history.get(history.size() - Thresholds.LOW_RATE_EPOCHS).train().objective();
        double first = history.get(0).train().objective();
        double recent = (then - now) / Math.abs(then);
        double total = (first - now) / Math.abs(first);
        double norm = e.gradients().epochMedianNorm();
        double firstNorm = e.gradients().firstNorm();
        boolean sound = norm >= Thresholds.SOUND_GRADIENT_SHARE * firstNorm
                && norm <= firstNorm / Thresholds.SOUND_GRADIENT_SHARE && firstNorm > 0;
        // a loss that rises is not short steps but long ones
        boolean creeping = recent >= 0 && recent < Thresholds.LOW_RATE_RECENT_PROGRESS;
        if (!(creeping && total < Thresholds.LOW_RATE_TOTAL_PROGRESS && sound)) {
            return null;
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("recent_progress", recent);
        numbers.put("total_progress", total);
        numbers.put("gradient_norm", norm);
        numbers.put("first_gradient_norm", firstNorm);
        numbers.put("learning_rate", e.learningRate());
        double higher = Math.max(10 * e.learningRate(), Math.min(e.usualLearningRate(), 100 * e.learningRate()));
        double start = e.training().optimizer().learningRate();
        ScheduleSpec schedule = e.training().schedule();
        // a schedule that cut the rate is what to change, not the rate the run started with
        String advice = schedule.kind() != ScheduleSpec.Kind.CONSTANT && e.learningRate() < start * 0.999
                ? "Try a gentler " + schedule.kind().name().toLowerCase(Locale.ROOT) + " schedule (it has cut the"
                        + " rate from " + Told.number(start) + " to " + Told.number(e.learningRate()) + "): "
                        + (schedule.kind() == ScheduleSpec.Kind.COSINE ? "a higher minimum rate"
                                : "a factor nearer 1, more epochs between cuts, or a higher minimum rate")
                        + ", or a constant rate."
                : "Try a learning rate of " + Told.number(higher) + " (now " + Told.number(e.learningRate()) + "; "
                        + e.optimizerName() + " usually starts at " + Told.number(e.usualLearningRate()) + ").";
        return e.diagnosis(DiagnosisKind.LEARNING_RATE_TOO_LOW, null, numbers,
                "over the last " + Thresholds.LOW_RATE_EPOCHS + " epochs the training loss fell by "
                        + Told.percent(recent) + " (to " + Told.number(now) + "), and by " + Told.percent(total)
                        + " since the first epoch, while the gradient is still " + Told.percent(norm / firstNorm)
                        + " as strong as at the start.",
                "The slope is there, but each step is too short to go down it: at this pace training would take"
                        + " hundreds of times more epochs.",
                advice);
    }
}
