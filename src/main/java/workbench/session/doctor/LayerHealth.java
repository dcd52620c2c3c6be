package workbench.session.doctor;

import workbench.analysis.Histogram;

/**
 * One layer at one epoch's end, as the Health view draws it: how its outputs spread on the probe's
 * rows, how its gradients spread at the epoch's last batch, the size of its weights and gradients,
 * and the share of its units that never fired.
 *
 * @param layer       as the designer names it ("encoder layer 2 (Dense(64, ReLU))")
 * @param activations its outputs over the probe's rows
 * @param gradients   its parameters' gradients at the epoch's last batch; null for a layer without parameters
 * @param weightNorm  the Euclidean norm of its weights (not its biases); NaN without weights
 * @param gradientRms the root mean square gradient per parameter, averaged over the epoch's sampled batches; NaN without parameters
 * @param deadShare   for a ReLU layer, the share of units that gave 0 for every probe row; NaN for other activations
 */
public record LayerHealth(String layer, Histogram activations, Histogram gradients, double weightNorm,
                          double gradientRms, double deadShare) {
}
