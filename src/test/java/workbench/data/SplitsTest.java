package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitsTest {
    /** 100 of class 0, 50 of class 1, 7 of class 2, 1 of class 3, 10 unlabelled; interleaved. */
    private static int[] labels() {
        int[] counts = {100, 50, 7, 1};
        int[] labels = new int[168];
        int i = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int k = 0; k < counts[c]; k++) {
                labels[i++] = c;
            }
        }
        while (i < labels.length) {
            labels[i++] = Dataset.NO_LABEL;
        }
        // interleave deterministically so that classes are not in blocks
        int[] mixed = new int[labels.length];
        for (int k = 0; k < labels.length; k++) {
            mixed[(k * 11) % labels.length] = labels[k];
        }
        return mixed;
    }

    private static int count(int[] rows, int[] labels, int label) {
        return (int) Arrays.stream(rows).filter(r -> labels[r] == label).count();
    }

    @Test
    void everyClassGivesItsShare() {
        int[] labels = labels();
        int[][] split = Splits.stratified(labels, 0.2, 42);
        assertEquals(20, count(split[1], labels, 0));
        assertEquals(10, count(split[1], labels, 1));
        assertEquals(1, count(split[1], labels, 2)); // round(1.4)
        assertEquals(0, count(split[1], labels, 3)); // a single sample stays in the rest
        assertEquals(2, count(split[1], labels, Dataset.NO_LABEL));
        assertEquals(labels.length, split[0].length + split[1].length);
        int[] all = IntStream.concat(Arrays.stream(split[0]), Arrays.stream(split[1])).sorted().toArray();
        assertArrayEquals(IntStream.range(0, labels.length).toArray(), all);
    }

    @Test
    void smallClassesGiveAtLeastOneAndKeepAtLeastOne() {
        int[] labels = {0, 0, 1, 1, 1};
        int[][] small = Splits.stratified(labels, 0.01, 1);
        assertEquals(1, count(small[1], labels, 0));
        assertEquals(1, count(small[1], labels, 1));
        int[][] large = Splits.stratified(labels, 0.99, 1);
        assertEquals(1, count(large[0], labels, 0));
        assertEquals(1, count(large[0], labels, 1));
        assertEquals(0, Splits.stratified(labels, 0, 1)[1].length);
        assertEquals(5, Splits.stratified(labels, 1, 1)[1].length);
        assertThrows(IllegalArgumentException.class, () -> Splits.stratified(labels, 1.5, 1));
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        int[] labels = labels();
        int[][] a = Splits.stratified(labels, 0.3, 7);
        int[][] b = Splits.stratified(labels, 0.3, 7);
        int[][] c = Splits.stratified(labels, 0.3, 8);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
        assertFalse(Arrays.equals(a[1], c[1]));
        // shuffled, not in index order
        assertFalse(Arrays.equals(a[1], Arrays.stream(a[1]).sorted().toArray()));
    }

    @Test
    void trainTestAndTrainValidationNameTheirParts() {
        Dataset blobs = Synthetic.blobs(100, 2, 4, 1, 3);
        DataSplit split = Splits.trainTest(blobs, 0.2, 5);
        assertEquals("blobs/train", split.train().name());
        assertEquals("blobs/test", split.test().name());
        assertEquals(80, split.train().size());
        assertEquals(20, split.test().size());
        Dataset[] parts = Splits.trainValidation(split.train(), 0.25, 5);
        assertEquals("blobs/train", parts[0].name());
        assertEquals("blobs/validation", parts[1].name());
        assertEquals(60, parts[0].size());
        assertEquals(20, parts[1].size());
        assertEquals(blobs.classNames(), parts[1].classNames());
    }
}
