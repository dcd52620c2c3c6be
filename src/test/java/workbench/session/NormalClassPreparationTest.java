package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.Normalization;
import workbench.engine.Shape;

/** Training on chosen classes: train and validation keep only them, the test split stays whole. */
class NormalClassPreparationTest {
    private static final List<String> CLASSES = List.of("cat", "dog", "fox");

    /** Class c's rows sit around 10 c, so statistics fitted on the wrong rows show at once. */
    private static Dataset data(String name, int rows, List<String> classes) {
        FMatrixRMaj x = new FMatrixRMaj(rows, 2);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = classes.isEmpty() ? Dataset.NO_LABEL : i % 3;
            x.set(i, 0, 10 * (i % 3) + (i % 7) * 0.1f);
            x.set(i, 1, -5 * (i % 3) + (i % 5) * 0.2f);
        }
        return new Dataset(name, x, labels, classes, Shape.flat(2));
    }

    private static DataSplit split(List<String> classes) {
        return new DataSplit(data("pets/train", 300, classes), data("pets/test", 90, classes));
    }

    private static PreparedData prepare(List<String> normal) {
        return DataPreparation.prepare(split(CLASSES), Normalization.Kind.Z_SCORE, 0.2, 5, null, normal);
    }

    @Test
    void trainAndValidationHoldOnlyTheNormalClassesAndTheTestSplitStaysWhole() {
        PreparedData p = prepare(List.of("dog", "cat"));
        for (Dataset part : List.of(p.train(), p.validation())) {
            for (int label : part.labels()) {
                assertTrue(label == 0 || label == 1, part.name() + " holds class " + label);
            }
        }
        assertEquals(200, p.train().size() + p.validation().size(), "every cat and dog, and nothing else");
        assertEquals(40, p.validation().size());
        assertEquals(90, p.test().size());
        assertEquals(30, java.util.Arrays.stream(p.test().labels()).filter(l -> l == 2).count(), "the foxes");
        assertEquals(CLASSES, p.classNames());
        assertEquals(List.of(0, 1), List.copyOf(p.normalClasses().classes()));
    }

    @Test
    void theNormalisationIsFittedOnTheNormalTrainingRowsAlone() {
        PreparedData p = prepare(List.of("cat"));
        FMatrixRMaj train = p.train().features();
        double mean = 0;
        for (int i = 0; i < train.numRows; i++) {
            mean += train.get(i, 0);
        }
        assertEquals(0, mean / train.numRows, 1e-4, "z-scored on the cats: their mean is zero");
        // a fox lies 20 units from the cats, whose spread is a fraction of a unit: far outside
        for (int i = 0; i < p.test().size(); i++) {
            if (p.test().labels()[i] == 2) {
                assertTrue(p.test().features().get(i, 0) > 20, "fox " + i + ": " + p.test().features().get(i, 0));
            }
        }
    }

    @Test
    void withoutAChoiceEveryClassTrains() {
        PreparedData p = prepare(null);
        assertNull(p.normalClasses());
        assertEquals(300, p.train().size() + p.validation().size());
    }

    @Test
    void anUnknownNameIsRefusedWithTheRealNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> prepare(List.of("cat", "wolf")));
        assertTrue(e.getMessage().contains("no class named 'wolf'"), e.getMessage());
        assertTrue(e.getMessage().contains("cat, dog, fox"), e.getMessage());
    }

    @Test
    void aDatasetWithoutLabelsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataPreparation.prepare(
                split(List.of()), Normalization.Kind.NONE, 0, 1, null, List.of("cat")));
        assertTrue(e.getMessage().contains("pets has no class labels"), e.getMessage());
    }

    @Test
    void choosingEveryClassLeavesNoAnomalyAndIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> prepare(List.of("fox", "dog", "cat")));
        assertTrue(e.getMessage().contains("leave at least one out"), e.getMessage());
    }
}
