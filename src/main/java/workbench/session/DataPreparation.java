package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import workbench.analysis.NormalClasses;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.DatasetRegistry;
import workbench.data.Normalization;
import workbench.data.Splits;
import workbench.io.ModelFileException;
import workbench.io.SplitsFile;

/**
 * Loads a dataset and prepares it for a run: the validation rows are carved from the training
 * split (stratified, seeded), then the normalisation is fitted on what remains for training and
 * applied to all three parts, so no statistic of validation or test data leaks into training.
 *
 * <p>When the experiment names normal classes, training and validation keep only those (and the
 * normalisation is fitted on them alone, as a detector deployed on normal data would be), while the
 * test split stays whole: its other classes are the anomalies the model is then scored on.
 */
public final class DataPreparation {
    private final DatasetRegistry registry;

    public DataPreparation(DatasetRegistry registry) {
        this.registry = registry;
    }

    public PreparedData prepare(DatasetRef ref, double validationFraction, long seed) throws IOException {
        DataSplit split = registry.load(ref.source());
        return prepare(split, ref.normalizationFor(split.train().sampleShape()), validationFraction, seed, null,
                ref.normalClasses());
    }

    /** Every class trains. */
    public static PreparedData prepare(DataSplit split, Normalization.Kind kind, double validationFraction, long seed,
                                       Normalization fixed) {
        return prepare(split, kind, validationFraction, seed, fixed, null);
    }

    /**
     * @param fixed         a normalisation to reuse (a saved model's), or null to fit one on the training rows
     * @param normalClasses names of the classes to train on, or null for all
     * @throws IllegalArgumentException when a name is not a class of the data, the data has no
     *                                  classes, or the names leave no class to be an anomaly
     */
    public static PreparedData prepare(DataSplit split, Normalization.Kind kind, double validationFraction, long seed,
                                       Normalization fixed, List<String> normalClasses) {
        Dataset train = split.train();
        String name = train.name().replaceFirst("/train$", "");
        NormalClasses normal = normalClasses == null ? null : resolve(name, train.classNames(), normalClasses);
        if (normal != null) {
            // filtered before the validation carve, so validation holds normal samples only
            train = train.subset(train.name(), normal.rows(train.labels()));
            if (train.size() == 0) {
                throw new IllegalArgumentException("the training split of " + name + " holds no sample of "
                        + String.join(", ", normalClasses) + "; choose classes it has samples of");
            }
        }
        Dataset validation;
        if (validationFraction > 0 && train.size() > 1) {
            Dataset[] parts = Splits.trainValidation(train, validationFraction, seed);
            train = parts[0];
            validation = parts[1];
        } else {
            validation = train.subset(train.name() + "/validation", new int[0]);
        }
        Normalization normalization = fixed != null ? fixed : Normalization.fit(train.features(), kind);
        return normalised(name, train, validation, split.test(), normalization, normal);
    }

    /**
     * The rows a run used, as its splits.npz names them ({@link RunSplits}), normalised with the
     * run's saved normalisation: nothing filtered, carved or fitted again, so a saved model is
     * measured on exactly the rows its run measured it on.
     *
     * @param normalClasses the classes the run trained on (its model file says), or null for all
     * @throws ModelFileException when the rows do not fit the data; the message names the file
     */
    public static PreparedData prepare(DataSplit split, SplitsFile.Rows rows, Path splitsFile, Normalization fixed,
                                       List<String> normalClasses) throws ModelFileException {
        String name = split.train().name().replaceFirst("/train$", "");
        NormalClasses normal = normalClasses == null ? null : resolve(name, split.train().classNames(), normalClasses);
        Dataset[] parts = RunSplits.select(split, rows, normal, splitsFile);
        return normalised(name, parts[0], parts[1], parts[2], fixed, normal);
    }

    private static PreparedData normalised(String name, Dataset train, Dataset validation, Dataset test,
                                           Normalization normalization, NormalClasses normal) {
        PreparedData prepared = new PreparedData(name, normalization.apply(train), normalization.apply(validation),
                normalization.apply(test), normalization, normal);
        DataChecks.requireFinite(prepared);
        return prepared;
    }

    /** The classes named, by index; the errors name the real classes, so a typo is fixed at once. */
    static NormalClasses resolve(String dataset, List<String> classNames, List<String> names) {
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException(dataset + " has no class labels, so no class can be chosen as normal"
                    + " (the rest would be the anomalies); anomaly detection needs a labelled dataset");
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String n : names) {
            int index = classNames.indexOf(n);
            if (index < 0) {
                unknown.add("'" + n + "'");
            } else {
                chosen.add(index);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(dataset + " has no class named " + String.join(", ", unknown)
                    + "; its classes are " + String.join(", ", classNames));
        }
        if (chosen.size() == classNames.size()) {
            throw new IllegalArgumentException("the normal classes " + String.join(", ", names) + " are every class of "
                    + dataset + ": leave at least one out, to be the anomalies");
        }
        return NormalClasses.of(chosen);
    }
}
