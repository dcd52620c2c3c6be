package workbench.session;

import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;
import workbench.data.Dataset;
import workbench.engine.LossFunction;

/**
 * The checks every split of a run's data must pass where it enters, after normalisation: every
 * value finite, and for a cross-entropy loss every value in [0, 1]. The training rows alone are
 * not enough: the normalisation is fitted on them, so a wild value among the validation or test
 * rows passes it (one 1e37 in a test row gave a test BCE of -3.5e36 with exit 0, and in a
 * validation row was blamed on the learning rate).
 */
public final class DataChecks {
    private DataChecks() {
    }

    /** Where a value breaks a check, counted from 1 as a spreadsheet does. */
    record Place(String split, int row, int column, float value) {
        String words() {
            return String.format(Locale.ROOT, "row %d, column %d of the %s split (%s after normalisation)", row,
                    column, split, Float.toString(value));
        }
    }

    /** Refuses data with a value that is not a finite number after normalisation, naming where. */
    public static void requireFinite(PreparedData data) {
        Place p = first(List.of(data.train(), data.validation(), data.test()), data, v -> !Float.isFinite(v));
        if (p != null) {
            throw new IllegalArgumentException(data.name() + " has a value that is not a finite number at "
                    + p.words() + ": a value too large for the float range, or one the normalisation cannot"
                    + " scale. Fix or remove that row.");
        }
    }

    /**
     * How far outside [0, 1] a held-out value may lie for cross-entropy: a whole training range.
     * The normalisation is fitted on the training rows, so min-max leaves held-out values a little
     * outside [0, 1] as a matter of course (1.007 in a validation row of a 12-column blob set); a
     * value further out than the training rows' whole span is no such overshoot but a fault.
     */
    static final float HELD_OUT_MARGIN = 1;

    /**
     * Refuses data that {@code loss} cannot take: cross-entropy needs the training targets in
     * [0, 1], and the held-out ones within {@link #HELD_OUT_MARGIN} of it, or its loss goes far
     * below zero and means nothing.
     */
    public static void requireFitFor(LossFunction loss, PreparedData data) {
        if (loss != LossFunction.BCE) {
            return;
        }
        Place p = first(List.of(data.train()), data, v -> !(v >= 0 && v <= 1));
        if (p == null) {
            p = first(List.of(data.validation(), data.test()), data,
                    v -> !(v >= -HELD_OUT_MARGIN && v <= 1 + HELD_OUT_MARGIN));
        }
        if (p != null) {
            throw new IllegalArgumentException("BCE needs targets in [0, 1] but " + data.name() + " has "
                    + "a value outside it at " + p.words() + ": use min-max normalisation (--normalization"
                    + " min-max) or MSE (--loss mse), or fix that row.");
        }
    }

    private interface Test {
        boolean fails(float v);
    }

    private static Place first(List<Dataset> splits, PreparedData data, Test test) {
        for (Dataset split : splits) {
            FMatrixRMaj m = split.features();
            for (int i = 0, n = m.getNumElements(); i < n; i++) {
                if (test.fails(m.data[i])) {
                    return new Place(splitName(data, split), i / m.numCols + 1, i % m.numCols + 1, m.data[i]);
                }
            }
        }
        return null;
    }

    private static String splitName(PreparedData data, Dataset split) {
        return split == data.train() ? "training" : split == data.validation() ? "validation" : "test";
    }
}
