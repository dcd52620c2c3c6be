package workbench.session.doctor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer learns far more slowly than those after it: its root mean square gradient per weight,
 * averaged over the epoch's samples, is below {@link Thresholds#VANISHING_RATIO} times the largest
 * of the weighted layers after it (towards the output). The layer with the smallest ratio is named.
 * A gradient of exactly zero is a dead layer's, not a vanishing one's, and is left to those diagnoses.
 */
final class VanishingGradients implements Detector {

    @Override
    public DiagnosisKind kind() {
        return DiagnosisKind.VANISHING_GRADIENTS;
    }

    @Override
    public Diagnosis examine(Evidence e) {
        if (!e.gradients().measured(e.epoch())) {
            return null;
        }
        List<ProbedLayer> layers = e.layers();
        int worst = -1;
        int worstAbove = -1;
        double worstRatio = Thresholds.VANISHING_RATIO;
        double largestAfter = 0;
        int largestAt = -1;
        // from the output back, keeping the largest gradient seen after each layer
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (!layers.get(i).weighted()) {
                continue;
            }
            double rms = e.gradients().epochRms(i);
            if (rms > 0 && largestAfter > 0 && rms / largestAfter < worstRatio) {
                worst = i;
                worstAbove = largestAt;
                worstRatio = rms / largestAfter;
            }
            if (rms > largestAfter) {
                largestAfter = rms;
                largestAt = i;
            }
        }
        if (worst < 0) {
            return null;
        }
        double rms = e.gradients().epochRms(worst);
        double above = e.gradients().epochRms(worstAbove);
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("gradient_rms", rms);
        numbers.put("later_gradient_rms", above);
        numbers.put("ratio", rms / above);
        return e.diagnosis(DiagnosisKind.VANISHING_GRADIENTS, layers.get(worst).name(), numbers,
                "the gradient reaching " + layers.get(worst).name() + " is " + Told.number(rms) + " per weight, 1/"
                        + Told.number(above / rms) + " of the " + Told.number(above) + " of "
                        + layers.get(worstAbove).name() + ".",
                "The layers near the input learn thousands of times more slowly than those near the output: on the"
                        + " way back every sigmoid or tanh multiplies the gradient by its slope (at most 0.25 for a"
                        + " sigmoid), and over many layers that shrinks it to almost nothing.",
                "Try ReLU or LeakyReLU in the hidden layers, fewer layers, or initial weights suited to the activation"
                        + " (he-uniform before ReLU, glorot-uniform before sigmoid and tanh).");
    }
}
