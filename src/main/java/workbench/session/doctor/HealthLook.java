package workbench.session.doctor;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.UnitActivity;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.ConvSpec;
import workbench.engine.DenseSpec;
import workbench.engine.Parameter;
import workbench.engine.Shape;

/**
 * The Health view's record of an epoch's end, taken on the training thread from what the doctor
 * saw (the probe's look, the sampled gradients) and from the weights as they stand: copies only,
 * so the view never reads the live model.
 */
final class HealthLook {
    private HealthLook() {
    }

    static HealthRecord of(int epoch, List<ProbedLayer> layers, Probe probe, GradientRecord gradients,
                           Autoencoder live) {
        List<LayerHealth> out = new ArrayList<>();
        boolean measured = gradients.measured(epoch);
        for (int i = 0; i < layers.size(); i++) {
            ProbedLayer layer = layers.get(i);
            FMatrixRMaj weights = weightsOf(layer, live);
            double norm = weights == null ? Double.NaN : norm(weights);
            UnitActivity a = probe.activity(i);
            double dead = layer.activation() == ActivationFunction.RELU && a.units() > 0
                    ? DeadRelu.deadUnits(a) / (double) a.units() : Double.NaN;
            out.add(new LayerHealth(layer.name(), probe.histogram(i), measured ? gradients.epochEndHistogram(i) : null,
                    norm, measured ? gradients.epochRms(i) : Double.NaN, dead));
        }
        return new HealthRecord(epoch, out);
    }

    /**
     * The first weighted layer's weights as pictures, when they have a picture's shape: a dense
     * layer that takes the whole input image, or a convolution's kernels. Null otherwise (tables,
     * or a first layer that sees something else).
     */
    static LearnedFeatures features(int epoch, List<ProbedLayer> layers, Autoencoder live) {
        Shape input = live.spec().inputShape();
        ProbedLayer first = layers.stream().filter(ProbedLayer::weighted).findFirst().orElse(null);
        if (first == null || first.isHead() || input == null || !input.isImage()) {
            return null;
        }
        FMatrixRMaj w = weightsOf(first, live);
        if (w == null) {
            return null;
        }
        if (first.step().spec() instanceof DenseSpec && w.numRows == input.size()) {
            // weights are in x units: a unit's picture is its column
            int units = w.numCols;
            int count = Math.min(Thresholds.LEARNED_FEATURES, units);
            float[] pictures = new float[count * w.numRows];
            for (int f = 0; f < count; f++) {
                for (int i = 0; i < w.numRows; i++) {
                    pictures[f * w.numRows + i] = w.data[i * units + f];
                }
            }
            return new LearnedFeatures(epoch, first.name(), input, count, units, false, pictures);
        }
        if (first.step().spec() instanceof ConvSpec conv) {
            // PyTorch's layout: a filter per row, channel-major kernels
            int channels = first.step().input().channels();
            Shape kernel = Shape.image(channels, conv.kernel(), conv.kernel());
            int count = Math.min(Thresholds.LEARNED_FEATURES, w.numRows);
            float[] pictures = new float[count * kernel.size()];
            System.arraycopy(w.data, 0, pictures, 0, pictures.length);
            return new LearnedFeatures(epoch, first.name(), kernel, count, w.numRows, true, pictures);
        }
        return null;
    }

    /** The layer's weight matrix (not its bias), or null for a layer without one. */
    private static FMatrixRMaj weightsOf(ProbedLayer layer, Autoencoder live) {
        if (!layer.weighted()) {
            return null;
        }
        String prefix = layer.parameterPrefix() + ".";
        for (Parameter p : live.parameters()) {
            if (p.name().startsWith(prefix) && p.name().endsWith(".weight")) {
                return p.value();
            }
        }
        return null;
    }

    private static double norm(FMatrixRMaj m) {
        double sum = 0;
        for (int i = 0, n = m.getNumElements(); i < n; i++) {
            sum += (double) m.data[i] * m.data[i];
        }
        return Math.sqrt(sum);
    }
}
