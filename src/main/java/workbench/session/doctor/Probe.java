package workbench.session.doctor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Histogram;
import workbench.analysis.LatentKl;
import workbench.analysis.UnitActivity;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.NetworkPlan;

/**
 * The doctor's look inside the network at an epoch's end: a fixed set of training rows passed
 * through it once, outside training, and how every layer's units behaved on them. The same rows
 * every time, so one epoch's look compares with the next; no random number is drawn, so training
 * goes on exactly as it would have without the look.
 */
final class Probe {
    private final FMatrixRMaj rows;
    private final List<ProbedLayer> layers;
    private final Map<NetworkPlan.Step, Integer> positions = new HashMap<>();
    private final UnitActivity[] activity;
    private final Histogram[] histograms;
    private final double[] klPerDimension;
    private int headsAt = -1;

    /** @param trainRows the training split, of which {@value Thresholds#PROBE_ROWS} rows (at most) are kept */
    Probe(List<ProbedLayer> layers, FMatrixRMaj trainRows, int codeSize) {
        this.layers = layers;
        this.rows = evenlySpaced(trainRows, Thresholds.PROBE_ROWS);
        activity = new UnitActivity[layers.size()];
        histograms = new Histogram[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            activity[i] = new UnitActivity();
            ProbedLayer layer = layers.get(i);
            if (layer.isHead() && headsAt < 0) {
                headsAt = i;
            } else if (!layer.isHead()) {
                positions.put(layer.step(), i);
            }
        }
        klPerDimension = new double[codeSize];
    }

    /** At most {@code max} rows spread over the whole matrix, so a split sorted by class keeps every class. */
    private static FMatrixRMaj evenlySpaced(FMatrixRMaj m, int max) {
        int count = Math.min(max, m.numRows);
        FMatrixRMaj out = new FMatrixRMaj(count, m.numCols);
        for (int i = 0; i < count; i++) {
            int row = (int) ((long) i * m.numRows / count);
            System.arraycopy(m.data, row * m.numCols, out.data, i * m.numCols, m.numCols);
        }
        return out;
    }

    /** Looks at the model as it stands; what was seen stays until the next look. */
    void look(Autoencoder model) {
        model.trace(rows, new Autoencoder.StepOutputs() {
            @Override
            public void output(NetworkPlan.Step step, FMatrixRMaj values) {
                int i = positions.get(step);
                measure(i, values);
            }

            @Override
            public void heads(FMatrixRMaj mean, FMatrixRMaj logVar) {
                measure(headsAt, mean);
                measure(headsAt + 1, logVar);
                LatentKl.perDimension(mean, logVar, klPerDimension);
            }
        });
    }

    private void measure(int i, FMatrixRMaj values) {
        ActivationFunction f = layers.get(i).activation();
        double margin = Thresholds.SATURATION_MARGIN;
        // the marks are the saturated zones of a bounded function; an unbounded one has none
        double low = switch (f) {
            case SIGMOID -> margin;
            case TANH -> -1 + 2 * margin;
            default -> Double.NEGATIVE_INFINITY;
        };
        double high = switch (f) {
            case SIGMOID -> 1 - margin;
            case TANH -> 1 - 2 * margin;
            default -> Double.POSITIVE_INFINITY;
        };
        activity[i].measure(values, layers.get(i).output(), low, high);
        histograms[i] = Histogram.of(values.data, values.getNumElements(), Thresholds.HEALTH_BINS);
    }

    /** How layer {@code i}'s outputs spread at the last look. */
    Histogram histogram(int i) {
        return histograms[i];
    }

    /** How the units of layer {@code i} (in {@link ProbedLayer#of} order) behaved at the last look. */
    UnitActivity activity(int i) {
        return activity[i];
    }

    /** A variational code's KL per dimension at the last look, in nats; empty for other models. */
    double[] klPerDimension() {
        return headsAt < 0 ? new double[0] : klPerDimension;
    }

    /** Rows the probe passes through the network. */
    int rows() {
        return rows.numRows;
    }
}
