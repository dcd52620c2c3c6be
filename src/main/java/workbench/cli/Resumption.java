package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.engine.TrainingSpec;
import workbench.io.ModelFile;
import workbench.session.DataPreparation;
import workbench.session.DatasetRef;
import workbench.session.Experiment;
import workbench.session.ModelHost;
import workbench.session.PreparedData;

/**
 * What {@code train --resume} trains: the saved model with its history and training state, on its
 * data prepared as they were (the same dataset, classes and validation split, the saved
 * normalisation), with the saved training settings and --epochs, --lr, --batch and --patience
 * applied. Everything else the options could say must agree with the file ({@link ResumeConflicts}).
 */
final class Resumption {
    private Resumption() {
    }

    /** A version 1 file did not record the normal classes, so for one of those the option says them. */
    static boolean takesNormalClassesFromOptions(ModelFile.Loaded loaded) {
        return loaded.formatVersion() == 1;
    }

    /** @param err where a resumption that cannot go on exactly (no optimizer state in the file) says so */
    static ModelHost.Parts parts(TrainCommand options, DatasetRegistry registry, PrintStream err) throws IOException {
        if (options.experimentFile != null) {
            throw new UsageException("--resume and --experiment cannot be used together: --resume trains a saved model"
                    + " on, --experiment trains a new one; leave one out");
        }
        ModelFile.Loaded loaded = ModelFile.load(options.resumeFile);
        TrainingSpec saved = loaded.metadata().training();
        if (saved == null || loaded.metadata().dataset() == null) {
            throw new UsageException(options.resumeFile + " does not say how it was trained or on what data, so it cannot"
                    + " be resumed; train a new model instead");
        }
        ResumeConflicts.refuse(options, loaded);
        List<String> normal = takesNormalClassesFromOptions(loaded) && options.normalClasses != null
                ? options.normalClassNames() : loaded.metadata().normalClasses();
        TrainingSpec training = training(options, saved);
        DatasetRef dataset = new DatasetRef(loaded.metadata().dataset(), loaded.normalization().kind(), normal);
        Experiment experiment = new Experiment(dataset, loaded.model().spec(), training, saved.seed());
        DataSplit split = registry.load(dataset.source());
        int features = loaded.model().spec().inputShape().size();
        if (split.train().featureCount() != features) {
            throw new UsageException(dataset.source() + " now has " + split.train().featureCount() + " values per sample"
                    + " but " + options.resumeFile + " takes " + features + ": it cannot be resumed on these data");
        }
        PreparedData data = DataPreparation.prepare(split, dataset.normalization(), training.validationFraction(),
                saved.seed(), loaded.normalization(), normal);
        if (!options.quiet && !loaded.trainingState().isEmpty()) {
            err.println("resuming " + options.resumeFile + " after epoch " + loaded.metadata().history().size()
                    + ", its optimizer at step " + loaded.trainingState().optimizerSteps());
        }
        if (loaded.trainingState().isEmpty()) {
            err.println("note: " + options.resumeFile + (loaded.formatVersion() == 1
                    ? " is format version 1, which kept no optimizer state"
                    : " keeps no optimizer state (a run that diverges leaves none)")
                    + ": the optimizer starts afresh after epoch " + loaded.metadata().history().size() + ".");
        }
        return new ModelHost.Parts(experiment, data, loaded.model(), loaded.metadata().history(),
                loaded.trainingState());
    }

    /** The saved settings with the few an option may change. */
    private static TrainingSpec training(TrainCommand options, TrainingSpec saved) {
        try {
            TrainingSpec t = options.epochs != null ? saved.withEpochs(options.epochs) : saved;
            if (options.lr != null) {
                t = t.withOptimizer(t.optimizer().withLearningRate(options.lr));
            }
            if (options.batch != null) {
                t = t.withBatchSize(options.batch);
            }
            if (options.patience != null) {
                t = t.withEarlyStopping(options.patience, t.minDelta(), t.restoreBest());
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
