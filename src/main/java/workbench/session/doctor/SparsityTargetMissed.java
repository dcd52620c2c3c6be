package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.Map;
import workbench.engine.NetworkPlan;
import workbench.engine.VariantSpec;

/**
 * A KL-sparse code far from its target: from epoch {@link Thresholds#SPARSITY_FIRST_EPOCH}, the
 * code's mean activation over the probe (all units and samples) is more than
 * {@link Thresholds#SPARSITY_MISS_FACTOR} times above or below the target. L1 sparsity has no
 * target, so it is not judged.
 */
final class SparsityTargetMissed implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.SPARSITY_TARGET_MISSED;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        VariantSpec variant = e.model().variant();
        boolean targeted = variant.kind() == VariantSpec.Kind.SPARSE && variant.sparsity() == VariantSpec.Sparsity.KL;
        if (!targeted || e.epoch() < Thresholds.SPARSITY_FIRST_EPOCH) {
            return null;
        }
        int code = codeLayer(e);
        double mean = e.probe().activity(code).meanOfMeans();
        double target = variant.sparsityTarget();
        double factor = Thresholds.SPARSITY_MISS_FACTOR;
        if (mean <= target * factor && mean >= target / factor) {
            return null;
        }
        boolean above = mean > target;
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("mean_activation", mean);
        numbers.put("target", target);
        numbers.put("weight", variant.sparsityWeight());
        double weight = variant.sparsityWeight();
        return e.diagnosis(DiagnosisKind.SPARSITY_TARGET_MISSED, e.layers().get(code).name(), numbers,
                "the code's mean activation is " + Told.number(mean) + ", " + Told.number(above ? mean / target : target / mean)
                        + " times " + (above ? "above" : "below") + " the sparsity target " + Told.number(target) + ".",
                "The KL penalty is meant to keep each code unit quiet for most inputs, so that each comes to stand"
                        + " for one feature; this far from the target the code is " + (above ? "not sparse." : "all but silent."),
                "Try a " + (above ? "larger" : "smaller") + " sparsity weight (now " + Told.number(weight)
                        + "; for example " + Told.number(above ? weight * 10 : weight / 10) + "), or more epochs.");
    }

    /** The dense code layer the penalty acts on (a sparse model always has one). */
    private static int codeLayer(Evidence e) {
        for (int i = 0; i < e.layers().size(); i++) {
            if (e.layers().get(i).role() == NetworkPlan.Role.CODE) {
                return i;
            }
        }
        throw new IllegalStateException("a sparse model has a code layer");
    }
}
