package workbench.session;

import java.io.IOException;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.DatasetRegistry;
import workbench.data.Normalization;
import workbench.data.Splits;

/**
 * Loads a dataset and prepares it for a run: the validation rows are carved from the training
 * split (stratified, seeded), then the normalisation is fitted on what remains for training and
 * applied to all three parts, so no statistic of validation or test data leaks into training.
 */
public final class DataPreparation {
    private final DatasetRegistry registry;

    public DataPreparation(DatasetRegistry registry) {
        this.registry = registry;
    }

    public PreparedData prepare(DatasetRef ref, double validationFraction, long seed) throws IOException {
        DataSplit split = registry.load(ref.source());
        return prepare(split, ref.normalizationFor(split.train().sampleShape()), validationFraction, seed, null);
    }

    /**
     * @param fixed a normalisation to reuse (a saved model's), or null to fit one on the training rows
     */
    public static PreparedData prepare(DataSplit split, Normalization.Kind kind, double validationFraction, long seed,
                                       Normalization fixed) {
        Dataset train = split.train();
        Dataset validation;
        if (validationFraction > 0 && train.size() > 1) {
            Dataset[] parts = Splits.trainValidation(train, validationFraction, seed);
            train = parts[0];
            validation = parts[1];
        } else {
            validation = train.subset(train.name() + "/validation", new int[0]);
        }
        Normalization normalization = fixed != null ? fixed : Normalization.fit(train.features(), kind);
        String name = split.train().name().replaceFirst("/train$", "");
        return new PreparedData(name, normalization.apply(train), normalization.apply(validation),
                normalization.apply(split.test()), normalization);
    }
}
