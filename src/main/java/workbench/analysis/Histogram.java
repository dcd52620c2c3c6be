package workbench.analysis;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * How values spread between their least and greatest: counts in equal bins. One epoch's look at a
 * layer's activations or gradients; the Health view lays an epoch's histograms side by side.
 * Values that are not finite are left out (a diverging run's last look must still draw).
 *
 * @param min    the least finite value (the first bin's lower edge)
 * @param max    the greatest (the last bin's upper edge); equal to min when every value is the same
 * @param counts values per bin, the last bin taking max itself
 */
public record Histogram(double min, double max, int[] counts) {

    public Histogram {
        counts = counts.clone();
    }

    /** The first {@code length} values of {@code values} in {@code bins} bins. */
    public static Histogram of(float[] values, int length, int bins) {
        return of(List.of(values), new int[] {length}, bins);
    }

    /** Every value of every matrix (a layer's weights and biases, say) in {@code bins} bins. */
    public static Histogram of(List<FMatrixRMaj> matrices, int bins) {
        List<float[]> arrays = matrices.stream().map(m -> m.data).toList();
        return of(arrays, matrices.stream().mapToInt(FMatrixRMaj::getNumElements).toArray(), bins);
    }

    private static Histogram of(List<float[]> arrays, int[] lengths, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < arrays.size(); a++) {
            float[] values = arrays.get(a);
            for (int i = 0; i < lengths[a]; i++) {
                float v = values[i];
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        int[] counts = new int[bins];
        if (lo > hi) {
            return new Histogram(0, 0, counts);
        }
        double width = (hi - lo) / bins;
        for (int a = 0; a < arrays.size(); a++) {
            float[] values = arrays.get(a);
            for (int i = 0; i < lengths[a]; i++) {
                float v = values[i];
                if (Float.isFinite(v)) {
                    int bin = width == 0 ? 0 : (int) ((v - lo) / width);
                    counts[Math.min(bins - 1, bin)]++;
                }
            }
        }
        return new Histogram(lo, hi, counts);
    }

    /** The values counted. */
    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** Values per bin (a copy). */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** The count in bin {@code i}, without a copy. */
    public int count(int i) {
        return counts[i];
    }

    public int bins() {
        return counts.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.min == min && h.max == max && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(min) * 31 + Double.hashCode(max) * 17 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + min + ".." + max + ", " + Arrays.toString(counts) + "]";
    }
}
