package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.analysis.UnitActivity;
import workbench.engine.ActivationFunction;

/**
 * The network has died: some layer gives every probe sample the same output, unit for unit, and no
 * gradient reaches that layer or any layer before it, so no step can change what it outputs. The
 * loss has stopped moving for good: what follows the layer can at best learn one reconstruction for
 * every input. This ends the run (a warning would only watch it stay dead).
 *
 * <p>The heads of a variational model are left out: a code that gives every sample the prior is
 * posterior collapse ({@link PosteriorCollapse}), which training can still undo.
 */
final class DeadNetwork implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.DEAD_NETWORK;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        if (!e.unitsJudgeable()) {
            return null;
        }
        if (!e.gradients().measured(e.epoch())) {
            return null;
        }
        List<ProbedLayer> layers = e.layers();
        // from the output back: the shut layer nearest the output explains the silence of all before it
        for (int i = layers.size() - 1; i >= 0; i--) {
            ProbedLayer layer = layers.get(i);
            if (!layer.isHead() && shut(layer, e.probe().activity(i)) && unreached(e, i)) {
                return diagnose(e, i);
            }
        }
        return null;
    }

    /**
     * The layer lets nothing through: every unit gives every sample the same value (to float
     * rounding), or every value sits at a bound of a sigmoid or tanh, where it is flat.
     */
    static boolean shut(ProbedLayer layer, UnitActivity a) {
        return constant(a) || atBounds(layer, a);
    }

    static boolean constant(UnitActivity a) {
        for (int u = 0; u < a.units(); u++) {
            double scale = 1 + Math.max(Math.abs(a.min(u)), Math.abs(a.max(u)));
            if (!(a.spread(u) <= Thresholds.CONSTANT_SPREAD * scale)) {
                return false;
            }
        }
        return a.units() > 0;
    }

    private static boolean atBounds(ProbedLayer layer, UnitActivity a) {
        if (layer.activation() != ActivationFunction.SIGMOID && layer.activation() != ActivationFunction.TANH) {
            return false;
        }
        for (int u = 0; u < a.units(); u++) {
            if (a.lowShare(u) + a.highShare(u) < 1) {
                return false;
            }
        }
        return a.units() > 0;
    }

    /** No gradient reached layer {@code last} or any weighted layer before it at the epoch's last batch. */
    private static boolean unreached(Evidence e, int last) {
        boolean weighted = false;
        for (int j = 0; j <= last; j++) {
            if (e.layers().get(j).weighted()) {
                weighted = true;
                if (!(e.gradients().lastRms(j) <= Thresholds.DEAD_GRADIENT_RMS)) {
                    return false;
                }
            }
        }
        return weighted;
    }

    private static Diagnosis diagnose(Evidence e, int i) {
        ProbedLayer layer = e.layers().get(i);
        UnitActivity a = e.probe().activity(i);
        boolean constant = constant(a);
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("units", (double) a.units());
        numbers.put("probe_samples", (double) a.samples());
        numbers.put("gradient_rms", e.gradients().lastRms(0));
        numbers.put("train_loss", e.current().train().objective());
        numbers.put("learning_rate", e.learningRate());
        String what;
        if (!constant) {
            what = "every value of " + layer.name() + " sits at a bound of its " + layer.activation().displayName()
                    + " (" + (layer.activation() == ActivationFunction.SIGMOID ? "0 or 1" : "-1 or 1") + ") for all "
                    + a.samples() + " probe samples, where it is flat";
        } else {
            String value = layer.activation() == ActivationFunction.RELU && a.max(0) <= 0 ? "0: no unit ever fires"
                    : Told.number(a.max(0)) + " in its first unit";
            what = "every unit of " + layer.name() + " gives the same value to all " + a.samples() + " probe samples ("
                    + value + ")";
        }
        String seen = what + ", and no gradient gets back through it: it and every layer before it get none, so the"
                + " loss (" + Told.number(e.current().train().objective()) + " this epoch) has stopped moving.";
        String why = constant ? "The network gives every input the same output: it no longer looks at the input,"
                + " and no step can change that layer or any before it, so it cannot learn its way back."
                : "No step can change that layer or any before it, so the network cannot learn its way out.";
        return e.diagnosis(DiagnosisKind.DEAD_NETWORK, layer.name(), numbers, seen, why, advice(e));
    }

    /** A rate far above the optimizer's usual one is the likely cause; else the start. */
    private static String advice(Evidence e) {
        double rate = e.learningRate();
        double usual = e.usualLearningRate();
        if (e.rateFarAboveUsual()) {
            return "The likely cause is the learning rate: " + Told.number(rate) + " is " + Told.number(rate / usual)
                    + " times " + e.optimizerName() + "'s usual " + Told.number(usual) + ", so the first steps"
                    + " threw the weights where the layer never recovers. " + e.lowerRateAdvice();
        }
        return "The likely cause is the start: the initial weights (or the data's scale) put the layer where it is"
                + " stuck. Try an initialiser suited to the activation (he-uniform before ReLU), LeakyReLU,"
                + " which always passes some gradient, normalised inputs, or a learning rate of "
                + Told.number(e.lowerLearningRate()) + ".";
    }
}
