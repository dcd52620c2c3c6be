package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.engine.EpochStats;

/**
 * The validation loss rises while the training loss falls: at least
 * {@link Thresholds#OVERFITTING_PATIENCE} epochs after its best, the validation loss is
 * {@link Thresholds#OVERFITTING_RISE} above it, and the training loss is below what it was then.
 * Early stopping with the run's patience (or that many epochs) would have stopped at the best epoch
 * plus the patience, keeping the best epoch's weights.
 */
final class Overfitting implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.OVERFITTING;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        EpochStats now = e.current();
        // with early stopping on, the run stops on the rise itself and keeps its best epoch's weights:
        // what the diagnosis would advise is already done
        if (now.validation() == null || e.training().patience() > 0) {
            return null;
        }
        EpochStats best = best(e.history());
        double bestValidation = best.validation().objective();
        double validation = now.validation().objective();
        boolean rose = now.epoch() - best.epoch() >= Thresholds.OVERFITTING_PATIENCE
                && validation > bestValidation * (1 + Thresholds.OVERFITTING_RISE);
        if (!rose || !(now.train().objective() < best.train().objective() * (1 - Thresholds.OVERFITTING_TRAIN_FALL))) {
            return null;
        }
        int patience = e.training().patience() > 0 ? e.training().patience() : Thresholds.OVERFITTING_PATIENCE;
        int stop = best.epoch() + patience;
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("best_epoch", (double) best.epoch());
        numbers.put("best_validation_loss", bestValidation);
        numbers.put("validation_loss", validation);
        numbers.put("best_epoch_train_loss", best.train().objective());
        numbers.put("train_loss", now.train().objective());
        numbers.put("early_stopping_epoch", (double) stop);
        return e.diagnosis(DiagnosisKind.OVERFITTING, null, numbers,
                "the validation loss has risen from " + Told.number(bestValidation) + " at epoch " + best.epoch()
                        + " (its best) to " + Told.number(validation) + " (+" + Told.percent(validation / bestValidation - 1)
                        + "), while the training loss fell from " + Told.number(best.train().objective()) + " to "
                        + Told.number(now.train().objective()) + ".",
                "The network is learning the training rows by heart rather than what makes them alike, so it gets"
                        + " worse on rows it has not seen.",
                "Early stopping with patience " + patience + " would have stopped at epoch " + stop + " and kept epoch "
                        + best.epoch() + "'s weights: try an early-stopping patience of " + patience + ", or fewer"
                        + " epochs, dropout, weight decay, a smaller network or more data.");
    }

    /** The epoch with the lowest validation loss, the earliest of equals. */
    private static EpochStats best(List<EpochStats> history) {
        EpochStats best = null;
        for (EpochStats s : history) {
            if (s.validation() != null && (best == null || s.validation().objective() < best.validation().objective())) {
                best = s;
            }
        }
        return best;
    }
}
