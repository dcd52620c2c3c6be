package workbench.session;

import java.util.List;
import workbench.engine.EpochStats;
import workbench.engine.LossFunction;
import workbench.engine.TrainingResult;
import workbench.engine.VariantSpec;

/**
 * One run of the session as the run history keeps it: enough to compare it with others and to set
 * it up again, but never the model or the data, so fifty of them cost next to nothing.
 *
 * @param number        #1, #2, ... in the order runs were first recorded; 0 before the history numbers it
 * @param summary       the network, such as {@code 64-32-16-[2]-16-32-64}
 * @param dataset       the data's name
 * @param experiment    what repeats the run: dataset, model, training and seed (of its last training)
 * @param lossUnit      what its losses measure, as the loss chart says it; runs compare only in one unit
 * @param epochs        every epoch the model was trained, earlier trainings of a continued model included
 * @param testLoss      the training objective on the test split after the last epoch; NaN when not measured
 * @param continuations how many times Train continued the model after its first training
 */
public record RunRecord(int number, String summary, String dataset, Experiment experiment, String lossUnit,
                        List<EpochStats> epochs, double testLoss, Status status, int continuations) {

    /** How the run's last training ended. */
    public enum Status {
        FINISHED("finished"),
        STOPPED_EARLY("stopped early"),
        STOPPED("stopped"),
        DIVERGED("diverged"),
        /** The network died: no gradient reached a layer whose output no longer depended on the input. */
        DEAD("dead network"),
        /** An internal error ended it. */
        FAILED("failed");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public static Status of(TrainingResult.Status status) {
            return switch (status) {
                case COMPLETED -> FINISHED;
                case STOPPED_EARLY -> STOPPED_EARLY;
                case CANCELLED -> STOPPED;
                case DIVERGED -> DIVERGED;
                case DEAD -> DEAD;
            };
        }
    }

    public RunRecord {
        epochs = List.copyOf(epochs);
        if (experiment == null || status == null) {
            throw new IllegalArgumentException("a run record needs its experiment and status");
        }
    }

    /** A finished run's record, not yet numbered. */
    public static RunRecord of(ModelHost run, List<EpochStats> epochs, Status status, double testLoss) {
        return new RunRecord(0, run.spec().summary(), run.data().name(), run.experiment(),
                RunExporter.lossUnit(run), epochs, testLoss, status, 0);
    }

    RunRecord numbered(int n, int continued) {
        return new RunRecord(n, summary, dataset, experiment, lossUnit, epochs, testLoss, status, continued);
    }

    /** For a legend: {@code #3 64-32-16-[2]-16-32-64}. */
    public String label() {
        return "#" + number + " " + summary;
    }

    /** The model and the data, as a list of runs names them. */
    public String name() {
        return summary + " on " + dataset;
    }

    public VariantSpec.Kind variant() {
        return experiment.model().variant().kind();
    }

    public LossFunction loss() {
        return experiment.model().loss();
    }

    public int epochCount() {
        return epochs.size();
    }

    public double finalTrainLoss() {
        return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).train().objective();
    }

    /** NaN when the run had no validation split. */
    public double finalValidationLoss() {
        if (epochs.isEmpty()) {
            return Double.NaN;
        }
        EpochStats last = epochs.get(epochs.size() - 1);
        return last.validation() == null ? Double.NaN : last.validation().objective();
    }

    /**
     * Seconds spent training and validating, summed over the epochs: pauses and single steps are
     * left out, since they measure the user rather than the model.
     */
    public double trainSeconds() {
        double s = 0;
        for (EpochStats e : epochs) {
            s += e.seconds();
        }
        return s;
    }

    /** True when {@code longer} is this run's history and more: the same model trained on. */
    boolean continuedBy(List<EpochStats> longer) {
        if (epochs.isEmpty() || longer.size() < epochs.size()) {
            return false;
        }
        // identity, not equality: two models never share epoch objects, a continued model keeps its own
        for (int i = 0; i < epochs.size(); i++) {
            if (longer.get(i) != epochs.get(i)) {
                return false;
            }
        }
        return true;
    }
}
