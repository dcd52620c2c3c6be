package workbench.session;

/**
 * Where a run is, for a status bar: epoch and batch (from 1), the epochs asked for, speed and the
 * time left. Published after every batch; a screen shows the newest.
 */
public record Progress(int epoch, int batch, int batchesPerEpoch, int totalEpochs, double samplesPerSecond,
                       double etaSeconds, double learningRate) {

    /** Share of the run done, in [0, 1]. */
    public double fraction() {
        if (totalEpochs <= 0 || batchesPerEpoch <= 0) {
            return 0;
        }
        return Math.min(1, ((epoch - 1) + batch / (double) batchesPerEpoch) / totalEpochs);
    }
}
