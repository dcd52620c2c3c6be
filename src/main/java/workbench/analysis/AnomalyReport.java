package workbench.analysis;

import java.util.List;
import java.util.Objects;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * Everything an anomaly screen shows, computed off the screen's thread and never changed after:
 * the scores, the class names, how a sample is drawn, and the worst-rebuilt samples with their
 * reconstructions (copied out, since a model's outputs live in buffers it reuses).
 *
 * @param errorLabel           what the errors are, for the axis ("BCE per value")
 * @param worst                test indices of the worst samples, worst first
 * @param worstOriginals       those samples as they are, one row each (may be empty for tables)
 * @param worstReconstructions their reconstructions, same rows (empty when the originals are)
 */
public record AnomalyReport(AnomalyScores scores, List<String> classNames, Shape sampleShape, String errorLabel,
                            int[] worst, float[][] worstOriginals, float[][] worstReconstructions) {

    /** How many worst samples a report carries unless told otherwise. */
    public static final int DEFAULT_WORST = 12;

    public AnomalyReport {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(sampleShape, "sampleShape");
        classNames = List.copyOf(classNames);
        errorLabel = errorLabel == null ? "" : errorLabel;
        worst = worst.clone();
        for (int i : worst) {
            if (i < 0 || i >= scores.size()) {
                throw new IllegalArgumentException("worst sample " + i + " is outside the " + scores.size()
                        + " scored samples");
            }
        }
        if (worstOriginals.length != worstReconstructions.length
                || (worstOriginals.length != 0 && worstOriginals.length != worst.length)) {
            throw new IllegalArgumentException(worst.length + " worst samples, " + worstOriginals.length
                    + " originals and " + worstReconstructions.length
                    + " reconstructions; pass one of each per worst sample, or none for a table");
        }
        worstOriginals = copyRows(worstOriginals, sampleShape, "original");
        worstReconstructions = copyRows(worstReconstructions, sampleShape, "reconstruction");
    }

    /**
     * A report from the whole test split and its reconstructions (rows in the same order as the
     * scores): picks the {@code worstCount} worst samples and copies their rows.
     */
    public static AnomalyReport of(AnomalyScores scores, List<String> classNames, Shape sampleShape,
                                   String errorLabel, FMatrixRMaj originals, FMatrixRMaj reconstructions,
                                   int worstCount) {
        if (originals.numRows != scores.size() || reconstructions.numRows != scores.size()) {
            throw new IllegalArgumentException(scores.size() + " scores but " + originals.numRows + " originals and "
                    + reconstructions.numRows + " reconstructions; pass the rows that were scored");
        }
        int[] worst = scores.worst(worstCount);
        float[][] o = new float[worst.length][];
        float[][] r = new float[worst.length][];
        for (int k = 0; k < worst.length; k++) {
            o[k] = row(originals, worst[k]);
            r[k] = row(reconstructions, worst[k]);
        }
        return new AnomalyReport(scores, classNames, sampleShape, errorLabel, worst, o, r);
    }

    private static float[] row(FMatrixRMaj m, int row) {
        float[] out = new float[m.numCols];
        System.arraycopy(m.data, row * m.numCols, out, 0, m.numCols);
        return out;
    }

    private static float[][] copyRows(float[][] rows, Shape shape, String what) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != shape.size()) {
                throw new IllegalArgumentException(what + " " + i + " has " + rows[i].length
                        + " values but a " + shape + " sample holds " + shape.size());
            }
            out[i] = rows[i].clone();
        }
        return out;
    }

    /** The name of class {@code label}, or "class N" past the names. */
    public String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : "class " + label;
    }

    public boolean hasImages() {
        return sampleShape.isImage() && worstOriginals.length > 0;
    }

    @Override
    public int[] worst() {
        return worst.clone();
    }

    @Override
    public float[][] worstOriginals() {
        return copyRows(worstOriginals, sampleShape, "original");
    }

    @Override
    public float[][] worstReconstructions() {
        return copyRows(worstReconstructions, sampleShape, "reconstruction");
    }
}
