package workbench.analysis;

/**
 * Reconstruction errors counted in equal-width bins over [lower, upper], normal and anomalous
 * samples apart so both distributions can be drawn together. The last bin is closed (it holds
 * {@code upper}), as numpy's histogram does.
 */
public record ErrorHistogram(double lower, double upper, int[] normalCounts, int[] anomalyCounts) {

    public ErrorHistogram {
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("need finite bounds with lower < upper, got " + lower + " and " + upper);
        }
        if (normalCounts.length == 0 || normalCounts.length != anomalyCounts.length) {
            throw new IllegalArgumentException("need the same number of bins (at least one) for both kinds, got "
                    + normalCounts.length + " and " + anomalyCounts.length);
        }
        normalCounts = normalCounts.clone();
        anomalyCounts = anomalyCounts.clone();
    }

    /**
     * Bins over [min, max] of the errors. When every error is the same, the range is widened a
     * little around it so that the one bar has a width.
     */
    public static ErrorHistogram of(double[] errors, boolean[] isAnomaly, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("need at least one bin, got " + bins);
        }
        if (errors.length == 0 || errors.length != isAnomaly.length) {
            throw new IllegalArgumentException("need one anomaly flag per error and at least one error, got "
                    + errors.length + " errors and " + isAnomaly.length + " flags");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double e : errors) {
            if (!Double.isFinite(e)) {
                throw new IllegalArgumentException("an error is " + e + "; a histogram needs finite errors");
            }
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        if (!(max > min)) {
            double half = Math.max(Math.abs(min) * 0.05, 1e-12);
            min -= half;
            max += half;
        }
        int[] normal = new int[bins];
        int[] anomalous = new int[bins];
        double width = (max - min) / bins;
        for (int i = 0; i < errors.length; i++) {
            int bin = Math.min(bins - 1, (int) ((errors[i] - min) / width));
            if (isAnomaly[i]) {
                anomalous[bin]++;
            } else {
                normal[bin]++;
            }
        }
        return new ErrorHistogram(min, max, normal, anomalous);
    }

    /** About the square root of the sample count, kept between 10 and 60 bars so either end stays readable. */
    public static int suggestedBins(int samples) {
        return Math.max(10, Math.min(60, (int) Math.ceil(Math.sqrt(samples))));
    }

    public int binCount() {
        return normalCounts.length;
    }

    public double binWidth() {
        return (upper - lower) / binCount();
    }

    public double binLower(int bin) {
        return lower + bin * binWidth();
    }

    public double binCentre(int bin) {
        return lower + (bin + 0.5) * binWidth();
    }

    @Override
    public int[] normalCounts() {
        return normalCounts.clone();
    }

    @Override
    public int[] anomalyCounts() {
        return anomalyCounts.clone();
    }

    public int normalCount(int bin) {
        return normalCounts[bin];
    }

    public int anomalyCount(int bin) {
        return anomalyCounts[bin];
    }
}
