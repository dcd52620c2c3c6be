package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variational code that carries (almost) nothing: fewer than {@link Thresholds#COLLAPSE_MIN_ACTIVE}
 * of its dimensions (or than it has, if fewer) keep a KL divergence from the prior above
 * {@link Thresholds#ACTIVE_KL_NATS} nats over the probe. Judged from epoch
 * {@link Thresholds#COLLAPSE_FIRST_EPOCH}, and only once any KL warm-up is over.
 */
final class PosteriorCollapse implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.POSTERIOR_COLLAPSE;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        if (!e.model().variant().isVariational() || e.epoch() < Thresholds.COLLAPSE_FIRST_EPOCH
                || e.epoch() <= e.model().variant().warmupEpochs()) {
            return null;
        }
        double[] kl = e.probe().klPerDimension();
        int active = 0;
        double total = 0;
        for (double k : kl) {
            active += k > Thresholds.ACTIVE_KL_NATS ? 1 : 0;
            total += k;
        }
        if (active >= Math.min(kl.length, Thresholds.COLLAPSE_MIN_ACTIVE)) {
            return null;
        }
        double beta = e.model().variant().beta();
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("active_dimensions", (double) active);
        numbers.put("dimensions", (double) kl.length);
        numbers.put("kl_per_sample", total);
        numbers.put("beta", beta);
        return e.diagnosis(DiagnosisKind.POSTERIOR_COLLAPSE, null, numbers,
                active + " of the " + kl.length + " latent dimensions are active (a KL divergence from the prior above "
                        + Told.number(Thresholds.ACTIVE_KL_NATS) + " nats over the probe samples); the whole code's KL"
                        + " is " + Told.number(total) + " nats a sample.",
                "The encoder gives nearly every input the prior itself, so the code says next to nothing about the"
                        + " input and the decoder learns an average reconstruction: the KL term has won over the"
                        + " reconstruction.",
                "Try a smaller beta (now " + Told.number(beta) + "; for example " + Told.number(beta / 4) + "), or a KL"
                        + " warm-up over 10 epochs, so that the code is learnt before the KL term weighs in full.");
    }
}
