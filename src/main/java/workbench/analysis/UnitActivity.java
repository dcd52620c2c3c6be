package workbench.analysis;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * How each unit of one layer behaved over a batch of samples: its least, greatest and mean value,
 * and the share of its values at or beyond two marks (a sigmoid's or tanh's bounds, say). A unit
 * is a value of a flat output, or a whole channel of feature maps: a filter that never fires
 * anywhere is dead, while one quiet pixel of a map is just the background.
 *
 * <p>Measured into arrays kept from one call to the next, so looking at a layer every epoch
 * allocates nothing once the first look has sized them.
 */
public final class UnitActivity {
    private double[] min = new double[0];
    private double[] max = new double[0];
    private double[] mean = new double[0];
    private double[] lowShare = new double[0];
    private double[] highShare = new double[0];
    private int units;
    private int samples;

    /**
     * @param values   one sample per row, laid out as {@code shape} (channel-major)
     * @param lowMark  values at or below it count towards {@link #lowShare}
     * @param highMark values at or above it count towards {@link #highShare}
     */
    public void measure(FMatrixRMaj values, Shape shape, double lowMark, double highMark) {
        int cols = values.numCols;
        if (cols != shape.size()) {
            throw new IllegalArgumentException(cols + " values per sample do not make the shape " + shape);
        }
        units = shape.isImage() ? shape.channels() : cols;
        int positions = cols / units; // one for a flat output, height x width for maps
        size(units);
        samples = values.numRows;
        float[] v = values.data;
        for (int r = 0; r < samples; r++) {
            for (int u = 0; u < units; u++) {
                int start = r * cols + u * positions;
                for (int p = start; p < start + positions; p++) {
                    float x = v[p];
                    min[u] = Math.min(min[u], x);
                    max[u] = Math.max(max[u], x);
                    mean[u] += x;
                    lowShare[u] += x <= lowMark ? 1 : 0;
                    highShare[u] += x >= highMark ? 1 : 0;
                }
            }
        }
        double count = (double) samples * positions;
        for (int u = 0; u < units; u++) {
            mean[u] /= count;
            lowShare[u] /= count;
            highShare[u] /= count;
        }
    }

    private void size(int n) {
        if (min.length < n) {
            min = new double[n];
            max = new double[n];
            mean = new double[n];
            lowShare = new double[n];
            highShare = new double[n];
        }
        Arrays.fill(min, 0, n, Double.POSITIVE_INFINITY);
        Arrays.fill(max, 0, n, Double.NEGATIVE_INFINITY);
        Arrays.fill(mean, 0, n, 0);
        Arrays.fill(lowShare, 0, n, 0);
        Arrays.fill(highShare, 0, n, 0);
    }

    /** Units of the last measured layer: its width, or its channels. */
    public int units() {
        return units;
    }

    /** Samples of the last measurement. */
    public int samples() {
        return samples;
    }

    public double min(int unit) {
        return min[unit];
    }

    public double max(int unit) {
        return max[unit];
    }

    public double mean(int unit) {
        return mean[unit];
    }

    /** The share of the unit's values at or below the low mark. */
    public double lowShare(int unit) {
        return lowShare[unit];
    }

    /** The share of the unit's values at or above the high mark. */
    public double highShare(int unit) {
        return highShare[unit];
    }

    /** How far the unit's values spread over the samples: 0 for a unit that gives every sample the same. */
    public double spread(int unit) {
        return max[unit] - min[unit];
    }

    /** The mean of every unit's mean. */
    public double meanOfMeans() {
        double sum = 0;
        for (int u = 0; u < units; u++) {
            sum += mean[u];
        }
        return units == 0 ? Double.NaN : sum / units;
    }
}
