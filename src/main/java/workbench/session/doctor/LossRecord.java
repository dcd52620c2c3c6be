package workbench.session.doctor;

/**
 * The batch losses of a run, smoothed over the last {@link Thresholds#LOSS_WINDOW} batches: the
 * smoothed loss now and the lowest it has been. One small ring, so recording allocates nothing.
 */
final class LossRecord {
    private final double[] window = new double[Thresholds.LOSS_WINDOW];
    private int count;
    private double lowest = Double.POSITIVE_INFINITY;

    void add(double loss) {
        window[count % window.length] = loss;
        count++;
        if (count >= window.length) {
            lowest = Math.min(lowest, smoothed());
        }
    }

    /** The mean of the last batches' losses (fewer at a run's very start); NaN before any. */
    double smoothed() {
        int n = Math.min(count, window.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += window[i];
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The lowest smoothed loss over a whole window so far; infinite until a window is full. */
    double lowest() {
        return lowest;
    }
}
