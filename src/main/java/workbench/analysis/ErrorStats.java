package workbench.analysis;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.ejml.data.FMatrixRMaj;

/**
 * Summary of per-sample reconstruction errors. The mean alone hides what matters for anomaly
 * detection and for judging a model: a long tail of badly rebuilt samples shows in the upper
 * percentiles. Percentiles use numpy's default (linear, R-7) definition so the numbers match what a
 * user computes in Python from the exported errors.
 *
 * @param std sample standard deviation (divided by n - 1); 0 for a single sample
 */
public record ErrorStats(int count, double mean, double std, double min, double median, double p90,
        double p95, double p99, double max) {

    /** Mean squared error of each row of the reconstruction against the same row of the original. */
    public static double[] perSampleMse(FMatrixRMaj original, FMatrixRMaj reconstruction) {
        if (original.numRows != reconstruction.numRows || original.numCols != reconstruction.numCols) {
            throw new IllegalArgumentException("original is " + original.numRows + " x " + original.numCols
                    + " but the reconstruction is " + reconstruction.numRows + " x " + reconstruction.numCols
                    + "; they must have the same shape");
        }
        int d = original.numCols;
        double[] out = new double[original.numRows];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double diff = original.data[i * d + j] - reconstruction.data[i * d + j];
                sum += diff * diff;
            }
            out[i] = d == 0 ? 0 : sum / d;
        }
        return out;
    }

    public static ErrorStats of(double[] errors) {
        if (errors.length == 0) {
            throw new IllegalArgumentException("no errors to summarise; evaluate at least one sample");
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(errors);
        stats.setPercentileImpl(new Percentile()
                .withEstimationType(Percentile.EstimationType.R_7));
        double std = errors.length > 1 ? stats.getStandardDeviation() : 0.0;
        return new ErrorStats(errors.length, stats.getMean(), std, stats.getMin(),
                stats.getPercentile(50), stats.getPercentile(90), stats.getPercentile(95),
                stats.getPercentile(99), stats.getMax());
    }

    /** Indices of the n largest errors, largest first: the samples worth looking at. */
    public static int[] worst(double[] errors, int n) {
        return IntStream.range(0, errors.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> errors[i]).reversed()
                        .thenComparingInt(i -> i))
                .limit(Math.max(0, n))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "n=%d mean=%.6g std=%.6g min=%.6g median=%.6g p90=%.6g p95=%.6g p99=%.6g max=%.6g",
                count, mean, std, min, median, p90, p95, p99, max);
    }
}
