package workbench.session;

import workbench.engine.ModelSpec;
import workbench.engine.TrainingSpec;

/**
 * Everything needed to repeat a run: the data, the model, the training and one seed. The seed
 * overrides the model's and the training's own, so that changing it in one place changes the run.
 *
 * @param view how the window shows it, or null: files from before presenter mode, presets and the
 *             command line have none, and the run does not depend on it
 */
public record Experiment(DatasetRef dataset, ModelSpec model, TrainingSpec training, long seed,
                         ViewSettings view) {

    public Experiment {
        if (dataset == null || model == null || training == null) {
            throw new IllegalArgumentException("an experiment needs a dataset, a model and a training spec");
        }
    }

    public Experiment(DatasetRef dataset, ModelSpec model, TrainingSpec training, long seed) {
        this(dataset, model, training, seed, null);
    }

    public Experiment withView(ViewSettings settings) {
        return new Experiment(dataset, model, training, seed, settings);
    }

    /** The model spec with the experiment's seed. */
    public ModelSpec seededModel() {
        return model.withSeed(seed);
    }

    /** The training spec with the experiment's seed. */
    public TrainingSpec seededTraining() {
        return new TrainingSpec(training.optimizer(), training.schedule(), training.batchSize(), training.epochs(),
                training.validationFraction(), seed, training.patience(), training.minDelta(), training.restoreBest(),
                training.snapshotMillis());
    }
}
