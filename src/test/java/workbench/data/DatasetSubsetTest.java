package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.engine.Shape;

/** {@link Dataset#subset} copies whole rows in the order asked, and labels are checked against the names. */
class DatasetSubsetTest {

    /** Row r holds (10 r, 10 r + 1, 10 r + 2); its label is r % 2. */
    private static Dataset rows(int n) {
        FMatrixRMaj x = new FMatrixRMaj(n, 3);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 3; c++) {
                x.set(r, c, 10 * r + c);
            }
        }
        return new Dataset("d", x, TestData.labels(n, 2), List.of("even", "odd"), Shape.flat(3));
    }

    @Test
    void subsetHoldsTheChosenRowsInTheChosenOrder() {
        Dataset sub = rows(5).subset("s", new int[] {3, 0, 3});
        assertEquals("s", sub.name());
        assertArrayEquals(new float[] {30, 31, 32, 0, 1, 2, 30, 31, 32}, sub.features().data);
        assertArrayEquals(new int[] {1, 0, 1}, sub.labels());
        assertEquals(List.of("even", "odd"), sub.classNames());
        assertEquals(Shape.flat(3), sub.sampleShape());
    }

    @Test
    void eachRowKeepsItsSourceRowNumberThroughSubsetsAndNewFeatures() {
        Dataset test = rows(5).numberedFrom(100);
        assertArrayEquals(new int[] {100, 101, 102, 103, 104}, test.sourceRows());
        Dataset sub = test.subset("s", new int[] {4, 1, 2}).subset("t", new int[] {2, 0});
        assertArrayEquals(new int[] {102, 104}, sub.sourceRows());
        assertArrayEquals(new int[] {102, 104}, sub.withFeatures(new FMatrixRMaj(2, 3)).sourceRows());
        assertArrayEquals(new int[] {0, 1, 2}, rows(3).sourceRows(), "a loaded dataset counts from 0");
    }

    @Test
    void labelsMustIndexTheClassNames() {
        FMatrixRMaj x = new FMatrixRMaj(2, 1);
        List<String> names = List.of("a", "b");
        assertDoesNotThrow(() -> new Dataset("ok", x, new int[] {1, Dataset.NO_LABEL}, names, Shape.flat(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", x, new int[] {0, 2}, names, Shape.flat(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset("d", x, new int[] {0, -2}, names, Shape.flat(1)));
    }
}
