package workbench.engine;

/**
 * The handle another thread uses to steer a running trainer: pause, resume, single steps, cancel,
 * and a new learning rate. The trainer consults it between batches, so every request takes effect
 * at the next batch boundary and never in the middle of one.
 */
public final class TrainingControl {
    private boolean paused;
    private boolean cancelled;
    private int batchesToStep;
    private boolean runToEpochEnd;
    private double requestedLearningRate = Double.NaN;
    private Runnable whilePaused = () -> { };
    private boolean work;

    public synchronized void pause() {
        paused = true;
        runToEpochEnd = false;
        batchesToStep = 0;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** While paused: run exactly one more batch, then stay paused. */
    public synchronized void stepBatch() {
        paused = true;
        batchesToStep++;
        notifyAll();
    }

    /** While paused: run to the end of the current epoch, then stay paused. */
    public synchronized void stepEpoch() {
        paused = true;
        runToEpochEnd = true;
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    /**
     * Work the paused trainer's thread does when {@link #wake()} is called, such as decoding for a
     * screen: the model belongs to that thread, which is idle while paused.
     */
    public synchronized void setWhilePaused(Runnable task) {
        whilePaused = task;
    }

    /** Asks a paused trainer to run its while-paused work now. */
    public synchronized void wake() {
        work = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Any positive rate; applied before the next batch. */
    public synchronized void requestLearningRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + rate);
        }
        requestedLearningRate = rate;
    }

    /** Takes a pending rate request, or NaN when there is none. */
    synchronized double takeRequestedLearningRate() {
        double rate = requestedLearningRate;
        requestedLearningRate = Double.NaN;
        return rate;
    }

    /** Blocks while paused with nothing to step; returns false once cancelled. */
    boolean awaitNextBatch() throws InterruptedException {
        while (true) {
            Runnable task;
            synchronized (this) {
                if (cancelled) {
                    return false;
                }
                if (!paused || runToEpochEnd) {
                    return true;
                }
                if (batchesToStep > 0) {
                    batchesToStep--;
                    return true;
                }
                if (!work) {
                    wait();
                    continue;
                }
                work = false;
                task = whilePaused;
            }
            // outside the lock: a screen's pause, resume or cancel must not wait for a decode
            task.run();
        }
    }

    synchronized void epochEnded() {
        runToEpochEnd = false;
    }
}
