package workbench.session.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.analysis.UnitActivity;
import workbench.engine.ActivationFunction;

/**
 * Too many ReLU units never fire: in some ReLU layer, at least {@link Thresholds#DEAD_RELU_SHARE}
 * of the units (channels, for feature maps) give 0 to every probe sample, at each of the last
 * {@link Thresholds#DEAD_RELU_EPOCHS} epoch ends. A unit that never fires passes back no gradient,
 * so only the layers before it can revive it. The worst layer is named; the others too, and the
 * share that was dead before training, from the look before the first batch.
 */
final class DeadRelu implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.DEAD_RELU;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        if (!e.unitsJudgeable()) {
            return null;
        }
        int worst = -1;
        double worstShare = 0;
        List<String> named = new ArrayList<>();
        for (int i = 0; i < e.layers().size(); i++) {
            if (e.layers().get(i).activation() != ActivationFunction.RELU) {
                continue;
            }
            UnitActivity a = e.probe().activity(i);
            int dead = deadUnits(a);
            double share = dead / (double) a.units();
            if (share >= Thresholds.DEAD_RELU_SHARE && deadFor(e, i, Thresholds.DEAD_RELU_EPOCHS)) {
                named.add(dead + " of " + a.units() + " in " + e.layers().get(i).name());
                if (share > worstShare) {
                    worst = i;
                    worstShare = share;
                }
            }
        }
        if (worst < 0) {
            return null;
        }
        UnitActivity a = e.probe().activity(worst);
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("dead_share", worstShare);
        numbers.put("dead_units", (double) deadUnits(a));
        numbers.put("units", (double) a.units());
        numbers.put("probe_samples", (double) a.samples());
        double atStart = e.health().get(0).layers().get(worst).deadShare();
        numbers.put("dead_share_at_start", atStart);
        return e.diagnosis(DiagnosisKind.DEAD_RELU, e.layers().get(worst).name(), numbers,
                Told.percent(worstShare) + " of the units of " + e.layers().get(worst).name() + " never fire: they give 0"
                        + " to all " + a.samples() + " probe samples (" + String.join("; ", named) + "), where "
                        + Told.percent(atStart) + " did before training.",
                "A ReLU unit that never fires passes back no gradient, so its own weights stop learning and only"
                        + " the layers before it can bring it back; these have stayed dead for "
                        + Thresholds.DEAD_RELU_EPOCHS + " epochs: they do no work, and the layer is that much narrower"
                        + " than designed.",
                "Try a lower learning rate (" + Told.number(e.lowerLearningRate()) + "), LeakyReLU or ELU, which"
                        + " always pass some gradient, or he-uniform initial weights.");
    }

    /** Whether layer {@code i} was past the dead share at each of the last {@code epochs} epoch ends. */
    private static boolean deadFor(Evidence e, int i, int epochs) {
        List<HealthRecord> h = e.health().subList(1, e.health().size()); // the epoch ends, not the start
        if (h.size() < epochs) {
            return false;
        }
        for (HealthRecord r : h.subList(h.size() - epochs, h.size())) {
            if (!(r.layers().get(i).deadShare() >= Thresholds.DEAD_RELU_SHARE)) {
                return false;
            }
        }
        return true;
    }

    /** Units that gave no sample a positive value. */
    /** Units that gave 0 (or less) for every probe row. */
    static int deadUnits(UnitActivity a) {
        int dead = 0;
        for (int u = 0; u < a.units(); u++) {
            dead += a.max(u) <= 0 ? 1 : 0;
        }
        return dead;
    }
}
