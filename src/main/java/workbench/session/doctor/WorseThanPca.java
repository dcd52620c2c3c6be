package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;

/**
 * Still worse than PCA, and no longer closing in: after {@link Thresholds#PCA_CROSSING_EPOCHS}
 * epochs (the model's whole history), the last epoch's reconstruction loss is more than
 * {@link Thresholds#PCA_MARGIN} above the PCA baseline of the code's size, and it fell by less than
 * {@link Thresholds#PCA_STALL_PROGRESS} over the last epochs. (A fixed epoch alone misfired: the sound
 * 64-32-[16] digits design is still 14% above PCA with 16 components at epoch 10, and falling.) The loss is the one the loss chart compares with the
 * baseline's line ({@code ReferenceCrossing}): validation when there is a split, else training;
 * the reconstruction term only (per element, or per sample for a variational model), as PCA has
 * no penalty or KL. Judged as soon as the baseline is known: on the command line, at the run's end,
 * where it is computed. A code wider than {@link Thresholds#PCA_WIDEST_CODE} is not held to PCA.
 */
final class WorseThanPca implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.WORSE_THAN_PCA;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        return e.pca() == null ? null : examine(e.history(), e.model().variant().isVariational(), e.pca());
    }

    private static double reconstruction(EpochStats epoch, boolean validation, boolean variational) {
        LossBreakdown loss = validation ? epoch.validation() : epoch.train();
        return variational ? loss.reconstructionSum() : loss.reconstructionMean();
    }

    /** The diagnosis of a model with this history against {@code pca}, or null. */
    static Diagnosis examine(List<EpochStats> history, boolean variational, PcaReference pca) {
        if (history.size() < Thresholds.PCA_CROSSING_EPOCHS || !(pca.testLoss() > 0)
                || pca.components() > Thresholds.PCA_WIDEST_CODE) {
            return null;
        }
        EpochStats last = history.get(history.size() - 1);
        boolean validation = last.validation() != null;
        double value = reconstruction(last, validation, variational);
        if (!(value > pca.testLoss() * (1 + Thresholds.PCA_MARGIN))) {
            return null;
        }
        // above the line but still closing in on it is slow, not stuck: a wide code needs many epochs to pass PCA
        double earlier = reconstruction(history.get(history.size() - Thresholds.PCA_STALL_EPOCHS), validation, variational);
        if (value < earlier * (1 - Thresholds.PCA_STALL_PROGRESS)) {
            return null;
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("loss", value);
        numbers.put("loss_epochs_before", earlier);
        numbers.put("pca_loss", pca.testLoss());
        numbers.put("pca_components", (double) pca.components());
        numbers.put("epochs", (double) history.size());
        String seen = "after " + history.size() + " epochs the " + (validation ? "validation" : "training")
                + " reconstruction loss is " + Told.number(value) + ", " + Told.percent(value / pca.testLoss() - 1)
                + " above PCA with " + pca.components() + " components (" + Told.number(pca.testLoss()) + "), and it"
                + " improved by only " + Told.percent(1 - value / earlier) + " over the last "
                + (Thresholds.PCA_STALL_EPOCHS - 1) + " epochs.";
        String why = "A linear projection onto as many numbers as the code reconstructs better than the network,"
                + " which can do all PCA does and more: a sound design is below that line within a few epochs.";
        String advice = "Try more epochs, a learning rate suited to the optimizer, or more capacity (wider or more"
                + " layers); and look at the other diagnoses, which may say why it is stuck.";
        return new Diagnosis(DiagnosisKind.WORSE_THAN_PCA, last.epoch(), null, null, numbers, seen, why, advice);
    }
}
