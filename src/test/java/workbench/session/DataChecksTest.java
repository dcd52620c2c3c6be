package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.Normalization;
import workbench.engine.LossFunction;
import workbench.engine.Shape;

/**
 * Every split is checked where the data enters, not the training rows alone (issue 13, finding 3):
 * one wild value in a test row used to give a test BCE of -3.5e36 with exit 0, and in a
 * validation row was blamed on the learning rate.
 */
class DataChecksTest {

    /** Forty training rows in [0, 1] over 3 columns, and four test rows, one of them holding {@code wild} at column 2. */
    private static DataSplit split(float wild) {
        FMatrixRMaj train = new FMatrixRMaj(40, 3);
        for (int i = 0; i < train.data.length; i++) {
            train.data[i] = (i % 7) / 7f;
        }
        FMatrixRMaj test = new FMatrixRMaj(4, 3);
        test.set(2, 1, wild);
        int[] labels = new int[40];
        return new DataSplit(new Dataset("t/train", train, labels, List.of("a"), Shape.flat(3)),
                new Dataset("t/test", test, new int[4], List.of("a"), Shape.flat(3)));
    }

    @Test
    void aTestValueOutsideTheUnitRangeIsRefusedForCrossEntropyWithItsPlace() {
        PreparedData data = DataPreparation.prepare(split(1e37f), Normalization.Kind.NONE, 0, 1, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataChecks.requireFitFor(LossFunction.BCE, data));
        assertTrue(e.getMessage().contains("row 3, column 2 of the test split (1.0E37 after normalisation)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--normalization min-max"), "what to do: " + e.getMessage());
        DataChecks.requireFitFor(LossFunction.MSE, data); // squared error takes any finite value
        // and a model of the data for cross-entropy is refused before it is built
        Experiment bce = new Experiment(new DatasetRef("t", Normalization.Kind.NONE), new workbench.engine.ModelSpec(
                null, List.of(), 2, workbench.engine.ActivationFunction.LINEAR, true, List.of(),
                workbench.engine.ActivationFunction.SIGMOID, workbench.engine.VariantSpec.plain(), LossFunction.BCE,
                null, 1), workbench.engine.TrainingSpec.defaults(1, 1), 1);
        assertThrows(IllegalArgumentException.class, () -> ModelHost.Parts.fresh(bce, data));
    }

    @Test
    void aValidationValueIsCheckedToo() {
        DataSplit s = split(0.5f);
        FMatrixRMaj held = new FMatrixRMaj(2, 3);
        held.set(0, 1, 1.5f); // a held-out value a little past the training range passes: min-max makes those
        held.set(1, 2, 4f);
        Dataset validation = new Dataset("t/validation", held, new int[2], List.of("a"), Shape.flat(3));
        PreparedData data = new PreparedData("t", s.train(), validation, s.test(),
                Normalization.fit(s.train().features(), Normalization.Kind.NONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataChecks.requireFitFor(LossFunction.BCE, data));
        assertTrue(e.getMessage().contains("row 2, column 3 of the validation split (4.0 after normalisation)"),
                e.getMessage());
    }

    @Test
    void aValueTheNormalisationTakesOutOfTheFloatRangeIsRefusedWhereTheDataEnters() {
        // the training column spans 0 to 1/7 * 6; a test value of 3e38 scaled by 7/6 is past the float range
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataPreparation.prepare(split(3e38f), Normalization.Kind.MIN_MAX, 0, 1, null));
        assertTrue(e.getMessage().contains("row 3, column 2 of the test split (Infinity after normalisation)"),
                e.getMessage());
        assertEquals("t", DataPreparation.prepare(split(1f), Normalization.Kind.MIN_MAX, 0, 1, null).name());
    }
}
