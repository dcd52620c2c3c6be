package workbench.session.doctor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Histogram;
import workbench.engine.Parameter;

/**
 * The gradients as the optimizer is about to use them, measured at a few batches an epoch (see
 * {@link Thresholds#GRADIENT_SAMPLES_PER_EPOCH}): each layer's root mean square gradient per
 * parameter, and the global norm over every parameter. Arrays are sized once, so measuring
 * allocates nothing.
 */
final class GradientRecord {
    private final List<ProbedLayer> layers;
    /** For each parameter (by position), the layer it belongs to; -1 until the parameters are first seen. */
    private int[] layerOf;
    private final double[] squares;
    private final long[] counts;
    private final double[] rmsSum;
    private final double[] lastRms;
    /** Each layer's gradients at the last batch of the newest epoch measured; null for a layer without parameters. */
    private final Histogram[] epochEndHistograms;
    private final double[] epochNorms = new double[Thresholds.GRADIENT_SAMPLES_PER_EPOCH + 2];
    private final double[] sorted = new double[epochNorms.length];
    private int samplesThisEpoch;
    private int epoch = -1;
    private double firstNorm = Double.NaN;

    GradientRecord(List<ProbedLayer> layers) {
        this.layers = layers;
        squares = new double[layers.size()];
        counts = new long[layers.size()];
        rmsSum = new double[layers.size()];
        lastRms = new double[layers.size()];
        epochEndHistograms = new Histogram[layers.size()];
    }

    /** Whether batch {@code batch} of an epoch is one of those measured: the first, the last and evenly between. */
    static boolean sampled(int batch, int batchesPerEpoch) {
        int stride = Math.max(1, batchesPerEpoch / Thresholds.GRADIENT_SAMPLES_PER_EPOCH);
        return batch == batchesPerEpoch || (batch - 1) % stride == 0;
    }

    /** Measures the gradients of batch {@code batch}, if it is one of the sampled. */
    void offer(int epochNumber, int batch, int batchesPerEpoch, List<Parameter> parameters) {
        if (!sampled(batch, batchesPerEpoch)) {
            return;
        }
        if (epochNumber != epoch) {
            epoch = epochNumber;
            samplesThisEpoch = 0;
            Arrays.fill(rmsSum, 0);
        }
        if (layerOf == null) {
            layerOf = assign(parameters);
        }
        Arrays.fill(squares, 0);
        double total = 0;
        for (int p = 0; p < parameters.size(); p++) {
            float[] g = parameters.get(p).gradient().data;
            double sum = 0;
            for (int j = 0, n = parameters.get(p).size(); j < n; j++) {
                sum += (double) g[j] * g[j];
            }
            total += sum;
            if (layerOf[p] >= 0) {
                squares[layerOf[p]] += sum;
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            lastRms[i] = counts[i] == 0 ? Double.NaN : Math.sqrt(squares[i] / counts[i]);
            rmsSum[i] += lastRms[i];
        }
        double norm = Math.sqrt(total);
        if (Double.isNaN(firstNorm)) {
            firstNorm = norm;
        }
        if (samplesThisEpoch < epochNorms.length) {
            epochNorms[samplesThisEpoch++] = norm;
        }
        if (batch == batchesPerEpoch) {
            // once an epoch, for the Health view: the allocation is the histograms' own
            for (int i = 0; i < layers.size(); i++) {
                List<FMatrixRMaj> own = new ArrayList<>();
                for (int p = 0; p < parameters.size(); p++) {
                    if (layerOf[p] == i) {
                        own.add(parameters.get(p).gradient());
                    }
                }
                epochEndHistograms[i] = own.isEmpty() ? null : Histogram.of(own, Thresholds.HEALTH_BINS);
            }
        }
    }

    /** Layer {@code i}'s gradients at the last batch of the newest epoch; null without parameters or before one ended. */
    Histogram epochEndHistogram(int i) {
        return epochEndHistograms[i];
    }

    private int[] assign(List<Parameter> parameters) {
        int[] of = new int[parameters.size()];
        for (int p = 0; p < parameters.size(); p++) {
            of[p] = -1;
            String name = parameters.get(p).name();
            for (int i = 0; i < layers.size(); i++) {
                if (name.startsWith(layers.get(i).parameterPrefix() + ".")) {
                    of[p] = i;
                    counts[i] += parameters.get(p).size();
                }
            }
        }
        return of;
    }

    /** Whether any batch of epoch {@code epochNumber} was measured. */
    boolean measured(int epochNumber) {
        return epoch == epochNumber && samplesThisEpoch > 0;
    }

    /** Layer {@code i}'s root mean square gradient per parameter, averaged over the epoch's samples; NaN without parameters. */
    double epochRms(int i) {
        return rmsSum[i] / samplesThisEpoch;
    }

    /** Layer {@code i}'s root mean square gradient per parameter at the last measured batch. */
    double lastRms(int i) {
        return lastRms[i];
    }

    /** The median over this epoch's samples of the global gradient norm. */
    double epochMedianNorm() {
        System.arraycopy(epochNorms, 0, sorted, 0, samplesThisEpoch);
        Arrays.sort(sorted, 0, samplesThisEpoch);
        return sorted[samplesThisEpoch / 2];
    }

    /** The global gradient norm at the run's first measured batch. */
    double firstNorm() {
        return firstNorm;
    }
}
