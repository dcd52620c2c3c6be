package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.Map;
import workbench.analysis.UnitActivity;
import workbench.engine.ActivationFunction;
import workbench.engine.NetworkPlan;
import workbench.engine.VariantSpec;

/**
 * Sigmoid or tanh units stuck at their bounds: in some hidden layer (the code included, the output
 * left out), at least {@link Thresholds#SATURATED_LAYER_SHARE} of the units have
 * {@link Thresholds#STUCK_SAMPLE_SHARE} of their probe values within
 * {@link Thresholds#SATURATION_MARGIN} of the range of one bound. The worst layer is named.
 */
final class Saturation implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.SATURATION;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        if (!e.unitsJudgeable()) {
            return null;
        }
        if (e.model().variant().kind() == VariantSpec.Kind.CONTRACTIVE) {
            // the contractive penalty is the squared Jacobian of the code, and a saturated unit's is 0:
            // saturation is how such a model contracts (Rifai et al., 2011), not a fault of it
            return null;
        }
        int worst = -1;
        double worstShare = 0;
        for (int i = 0; i < e.layers().size(); i++) {
            ProbedLayer layer = e.layers().get(i);
            boolean bounded = layer.activation() == ActivationFunction.SIGMOID
                    || layer.activation() == ActivationFunction.TANH;
            if (!bounded || layer.role() == NetworkPlan.Role.OUTPUT) {
                continue;
            }
            UnitActivity a = e.probe().activity(i);
            double share = stuck(a) / (double) a.units();
            if (share >= Thresholds.SATURATED_LAYER_SHARE && share > worstShare) {
                worst = i;
                worstShare = share;
            }
        }
        if (worst < 0) {
            return null;
        }
        ProbedLayer layer = e.layers().get(worst);
        UnitActivity a = e.probe().activity(worst);
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("stuck_share", worstShare);
        numbers.put("stuck_units", (double) stuck(a));
        numbers.put("units", (double) a.units());
        String bounds = layer.activation() == ActivationFunction.SIGMOID ? "0 or 1" : "-1 or 1";
        return e.diagnosis(DiagnosisKind.SATURATION, layer.name(), numbers,
                stuck(a) + " of the " + a.units() + " units of " + layer.name() + " are stuck at " + bounds + ": each"
                        + " gives at least " + Told.percent(Thresholds.STUCK_SAMPLE_SHARE) + " of the probe samples a"
                        + " value within " + Told.percent(Thresholds.SATURATION_MARGIN) + " of its range from that bound.",
                "There the function is flat: a stuck unit gives nearly every input the same value and passes back"
                        + " almost no gradient (under a hundredth of its slope at the centre), so it neither carries"
                        + " information nor learns.",
                "Try normalised inputs (z-score or min-max), a lower learning rate (" + Told.number(e.lowerLearningRate())
                        + "), glorot-uniform initial weights, or ReLU in the hidden layers.");
    }

    /** Units with nearly all their values at one bound. */
    private static int stuck(UnitActivity a) {
        int stuck = 0;
        for (int u = 0; u < a.units(); u++) {
            boolean atOne = a.lowShare(u) >= Thresholds.STUCK_SAMPLE_SHARE || a.highShare(u) >= Thresholds.STUCK_SAMPLE_SHARE;
            stuck += atOne ? 1 : 0;
        }
        return stuck;
    }
}
