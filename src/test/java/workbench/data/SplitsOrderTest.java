package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * {@link Splits} draws its parts at random and hands them back shuffled: neither the lowest row
 * numbers of each class nor rows grouped by class.
 */
class SplitsOrderTest {

    @Test
    void thePartIsDrawnAtRandomNotTheFirstRowsOfEachClass() {
        int[] labels = new int[100];
        int[][] split = Splits.stratified(labels, 0.2, 7);
        int[] part = split[1].clone();
        Arrays.sort(part);
        assertEquals(20, part.length);
        assertFalse(Arrays.equals(IntStream.range(0, 20).toArray(), part), "the part is rows 0 to 19");
        int[] all = IntStream.concat(Arrays.stream(split[0]), Arrays.stream(split[1])).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 100).toArray(), all, "every row in exactly one part");
    }

    @Test
    void bothPartsAreShuffledAcrossClasses() {
        int[] labels = TestData.labels(60, 3);
        int[][] split = Splits.stratified(labels, 0.5, 3);
        for (int[] rows : split) {
            boolean grouped = true;
            for (int i = 1; i < rows.length; i++) {
                grouped &= labels[rows[i - 1]] <= labels[rows[i]];
            }
            assertFalse(grouped, "rows come class by class: " + Arrays.toString(rows));
        }
    }

    @Test
    void fisherYatesKeepsEveryElementOnce() {
        int[] a = IntStream.range(0, 50).toArray();
        Splits.shuffle(a, new Well19937c(1));
        assertFalse(Arrays.equals(IntStream.range(0, 50).toArray(), a));
        assertArrayEquals(IntStream.range(0, 50).toArray(), Arrays.stream(a).sorted().toArray());
    }
}
