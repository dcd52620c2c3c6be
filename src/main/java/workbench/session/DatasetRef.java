package workbench.session;

import java.util.List;
import workbench.data.Normalization;
import workbench.engine.Shape;

/**
 * Which data an experiment uses and how it is prepared: a bundled name or a path, and the
 * normalisation fitted on the training split (null: none for images, whose pixels already lie in
 * [0, 1], and min-max for tables, whose columns come in any units).
 *
 * @param normalClasses the names of the classes to train and validate on, every other class being
 *                      an anomaly to find in the test split; null (or absent from the file, as in
 *                      files written before anomaly detection) trains on every class
 */
public record DatasetRef(String source, Normalization.Kind normalization, List<String> normalClasses) {

    public DatasetRef {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an experiment needs a dataset: a bundled name such as mnist-10k, or a path");
        }
        // an empty choice would train on nothing; the one meaning of "no choice" is null
        normalClasses = normalClasses == null || normalClasses.isEmpty() ? null : List.copyOf(normalClasses);
    }

    /** Every class trains. */
    public DatasetRef(String source, Normalization.Kind normalization) {
        this(source, normalization, null);
    }

    public DatasetRef withNormalClasses(List<String> names) {
        return new DatasetRef(source, normalization, names);
    }


    public Normalization.Kind normalizationFor(Shape sampleShape) {
        if (normalization != null) {
            return normalization;
        }
        return sampleShape.isImage() ? Normalization.Kind.NONE : Normalization.Kind.MIN_MAX;
    }
}
