package workbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded, stratified splits. Stratified so that a small class (breast-cancer's malignant cases, a
 * rare digit) appears in every part in its usual proportion; seeded so that a test set chosen once is
 * the same test set in every later run, which is what makes results comparable across runs.
 */
public final class Splits {
    private Splits() {
    }

    /**
     * Splits row indices into {rest, part}. Each class gives round(fraction x count) rows to the part,
     * at least 1 when it has 2 or more rows and fraction &gt; 0, and keeps at least 1 in the rest when
     * it has 2 or more rows and fraction &lt; 1. Unlabelled rows ({@link Dataset#NO_LABEL}) are split
     * the same way as one group, i.e. unstratified. Both arrays are shuffled by the seed.
     */
    public static int[][] stratified(int[] labels, double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be between 0 and 1, got " + fraction);
        }
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            groups.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        RandomGenerator rng = new Well19937c(seed);
        List<Integer> rest = new ArrayList<>();
        List<Integer> part = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            int[] rows = group.stream().mapToInt(Integer::intValue).toArray();
            shuffle(rows, rng);
            int take = partSize(rows.length, fraction);
            for (int i = 0; i < rows.length; i++) {
                (i < take ? part : rest).add(rows[i]);
            }
        }
        int[] restArray = rest.stream().mapToInt(Integer::intValue).toArray();
        int[] partArray = part.stream().mapToInt(Integer::intValue).toArray();
        shuffle(restArray, rng);
        shuffle(partArray, rng);
        return new int[][] {restArray, partArray};
    }

    static int partSize(int count, double fraction) {
        int take = (int) Math.round(fraction * count);
        if (count >= 2) {
            if (fraction > 0) {
                take = Math.max(1, take);
            }
            if (fraction < 1) {
                take = Math.min(count - 1, take);
            }
        }
        return take;
    }

    /**
     * A train/test split for a source that has no test split of its own (a CSV file, an image
     * folder, a synthetic set). The parts are named "name/train" and "name/test".
     */
    public static DataSplit trainTest(Dataset data, double testFraction, long seed) {
        int[][] split = stratified(data.labels(), testFraction, seed);
        return new DataSplit(data.subset(data.name() + "/train", split[0]),
                data.subset(data.name() + "/test", split[1]));
    }

    /**
     * Carves a validation part out of a training set: {training, validation}. A training set named
     * "x/train" gives "x/train" and "x/validation".
     */
    public static Dataset[] trainValidation(Dataset train, double validationFraction, long seed) {
        int[][] split = stratified(train.labels(), validationFraction, seed);
        String base = train.name().endsWith("/train")
                ? train.name().substring(0, train.name().length() - "/train".length()) : train.name();
        return new Dataset[] {train.subset(base + "/train", split[0]),
                train.subset(base + "/validation", split[1])};
    }

    /** Fisher-Yates, drawing from the given generator so that the order follows the seed. */
    static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
