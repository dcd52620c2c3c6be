package workbench.session;

import workbench.data.Normalization;

/**
 * Which data an experiment uses and how it is prepared: a bundled name or a path, and the
 * normalisation fitted on the training split (null: none for images, whose pixels already lie in
 * [0, 1], and min-max for tables, whose columns come in any units).
 */
public record DatasetRef(String source, Normalization.Kind normalization) {

    public DatasetRef {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an experiment needs a dataset: a bundled name such as mnist-10k, or a path");
        }
    }

    public Normalization.Kind normalizationFor(workbench.engine.Shape sampleShape) {
        if (normalization != null) {
            return normalization;
        }
        return sampleShape.isImage() ? Normalization.Kind.NONE : Normalization.Kind.MIN_MAX;
    }
}
