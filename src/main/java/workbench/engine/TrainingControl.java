package workbench.engine;

import java.util.Objects;

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
    private final BatchBoundary boundary;
    private boolean work;

    public TrainingControl() {
        this(BatchBoundary.NONE);
    }

    /** A control whose trainer serves {@code boundary} before every batch and while paused. */
    public TrainingControl(BatchBoundary boundary) {
        this.boundary = Objects.requireNonNull(boundary);
    }

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

    /** Asks a paused trainer to serve its boundary now (new work has arrived for its thread). */
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

    /**
     * Serves the boundary, then blocks while paused with nothing to step, serving it again whenever
     * woken; returns false once cancelled.
     */
    boolean awaitNextBatch() throws InterruptedException {
        boolean held = false;
        try {
            while (true) {
                synchronized (this) {
                    work = false; // cleared before serving: work that arrives while serving wakes us again
                }
                boundary.serve(); // outside the lock: a pause, resume or cancel must not wait for a query
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
                    if (held) {
                        while (!work && !cancelled && paused && !runToEpochEnd && batchesToStep == 0) {
                            wait();
                        }
                        continue;
                    }
                }
                held = true;
                boundary.held(true); // outside the lock, then everything is checked again before waiting
            }
        } finally {
            if (held) {
                boundary.held(false);
            }
        }
    }

    synchronized void epochEnded() {
        runToEpochEnd = false;
    }
}
