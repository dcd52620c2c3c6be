package workbench.session.doctor;

/**
 * The batch losses of a run, smoothed over the last {@link Thresholds#LOSS_WINDOW} batches: the
 * smoothed loss now, the lowest it has been, and how the newest batch compares with that low. One
 * small ring, so recording allocates nothing.
 */
final class LossRecord {
    private final double[] window = new double[Thresholds.LOSS_WINDOW];
    private int count;
    private double lowest = Double.POSITIVE_INFINITY;
    /** The lowest smoothed loss, counting the first batches' shorter windows too. */
    private double floor = Double.POSITIVE_INFINITY;
    private double last = Double.NaN;
    private double lastJump = Double.NaN;
    private double floorBeforeLast = Double.NaN;
    private int jumpsInARow;

    void add(double loss) {
        // the jump is measured against the low before this batch, which it must not lower itself
        floorBeforeLast = count == 0 ? Double.NaN : floor;
        lastJump = loss / floorBeforeLast;
        jumpsInARow = lastJump > Thresholds.EXPLODING_LOSS_FACTOR ? jumpsInARow + 1 : 0;
        last = loss;
        window[count % window.length] = loss;
        count++;
        floor = Math.min(floor, smoothed());
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

    /** The newest batch's loss. */
    double last() {
        return last;
    }

    /** The newest batch's loss over the lowest smoothed loss before it (first batches included); NaN at the first batch. */
    double lastJump() {
        return lastJump;
    }

    /** How many batches in a row, the newest last, were {@link Thresholds#EXPLODING_LOSS_FACTOR} times the low before them. */
    int jumpsInARow() {
        return jumpsInARow;
    }

    /** The low the newest batch was compared with. */
    double floorBeforeLast() {
        return floorBeforeLast;
    }
}
