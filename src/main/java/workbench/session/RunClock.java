package workbench.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * A run's speed and time left, from what its epochs took, with start-up and pauses left out.
 *
 * <p>Once an epoch is complete the estimate is the measured epoch time: the trainer's own time for
 * the epoch (its batches and validation, never a pause) plus the snapshots taken for the screen in
 * it, averaged over the last few epochs so that it follows a machine that gets busier. Within the
 * run's first epoch it is the mean time between batch ends so far, leaving out the gap before the
 * first batch (preparing data, building the model, the JIT's first pass), gaps that began paused
 * (single steps) and gaps far longer than the rest (a pause and resume between two batches). A
 * rate measured from the start of the run instead would count start-up as training and read far
 * too long at first, and one of batch times alone leaves out validation and snapshots, which on a
 * small model are most of an epoch.
 *
 * <p>Used on the training thread only.
 */
public final class RunClock {
    /** Completed epochs averaged for the estimate. */
    static final int EPOCHS_AVERAGED = 3;
    /** A gap this many times the mean so far is a pause, not speed. */
    static final double PAUSE_FACTOR = 5;

    private final LongSupplier nanos;
    private final Deque<Double> epochSeconds = new ArrayDeque<>();
    /** The last batch's end; -1 before the first batch, or when the gap after it is not to be counted. */
    private long lastBatchEnd = -1;
    private double countedSeconds;
    private int countedGaps;
    /** Snapshot time since the last batch end (taken out of the gap) and since the last epoch end (added to it). */
    private double overheadSinceBatch;
    private double overheadSinceEpoch;

    /** @param nanos the clock, as {@link System#nanoTime()} */
    public RunClock(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * A batch ended.
     *
     * @param pausedNext whether the run is paused now, so that the next gap includes a wait
     */
    public void batchEnded(boolean pausedNext) {
        long now = nanos.getAsLong();
        if (lastBatchEnd >= 0) {
            double gap = (now - lastBatchEnd) / 1e9 - overheadSinceBatch;
            if (countedGaps < 2 || gap < PAUSE_FACTOR * countedSeconds / countedGaps) {
                countedSeconds += gap;
                countedGaps++;
            }
        }
        overheadSinceBatch = 0;
        lastBatchEnd = pausedNext ? -1 : now;
    }

    /** Work for the screen between batches (a snapshot) that started at {@code startNanos} and ends now. */
    public void overhead(long startNanos) {
        double seconds = (nanos.getAsLong() - startNanos) / 1e9;
        overheadSinceBatch += seconds;
        overheadSinceEpoch += seconds;
    }

    /** The clock, for timing {@link #overhead}. */
    public long now() {
        return nanos.getAsLong();
    }

    /** An epoch ended; {@code trainerSeconds} is its time as the trainer measured it (batches and validation). */
    public void epochEnded(double trainerSeconds) {
        epochSeconds.addLast(trainerSeconds + overheadSinceEpoch);
        if (epochSeconds.size() > EPOCHS_AVERAGED) {
            epochSeconds.removeFirst();
        }
        overheadSinceEpoch = 0;
    }

    /** Seconds an epoch takes, or NaN before anything was measured. */
    public double secondsPerEpoch(int batchesPerEpoch) {
        if (!epochSeconds.isEmpty()) {
            return epochSeconds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }
        return countedGaps == 0 ? Double.NaN : countedSeconds / countedGaps * batchesPerEpoch;
    }

    /** Seconds left after batch {@code batch} of epoch {@code epoch} (both from 1) of {@code totalEpochs}; NaN when unknown. */
    public double secondsLeft(int epoch, int batch, int batchesPerEpoch, int totalEpochs) {
        double epochsLeft = (totalEpochs - epoch) + (batchesPerEpoch - batch) / (double) batchesPerEpoch;
        return secondsPerEpoch(batchesPerEpoch) * epochsLeft;
    }

    /** Training samples per second, all of an epoch's work counted; NaN when unknown. */
    public double samplesPerSecond(int samplesPerEpoch, int batchesPerEpoch) {
        return samplesPerEpoch / secondsPerEpoch(batchesPerEpoch);
    }
}
