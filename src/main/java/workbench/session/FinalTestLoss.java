package workbench.session;

import workbench.engine.TrainingListener;
import workbench.engine.TrainingResult;

/**
 * Measures a run's objective on its test split when training ends, for the run history. It runs on
 * the training thread inside the run, the one place the model is certain to be idle and no screen
 * is decoding with it; the cost is one forward pass over the test split, no PCA or kNN probe.
 */
public final class FinalTestLoss implements TrainingListener {
    private final TrainingRun run;
    private volatile double value = Double.NaN;

    public FinalTestLoss(TrainingRun run) {
        this.run = run;
    }

    @Override
    public void finished(TrainingResult result) {
        int epochs = result.history().size();
        if (epochs == 0 || run.data().test().size() == 0) {
            return;
        }
        try {
            value = run.model().evaluate(run.data().test().features(), epochs - 1).objective();
        } catch (RuntimeException e) {
            value = Double.NaN; // a missing number in a table is no reason to lose the run
        }
    }

    /** The test loss, or NaN when the run ended without an epoch or the data has no test rows. */
    public double value() {
        return value;
    }
}
