package workbench.analysis;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * How well classes separate in a code space, measured by k-nearest-neighbour classification: an
 * autoencoder never sees labels, so a high probe accuracy means it organised the codes by class on
 * its own. Euclidean distance, majority vote; a tied vote goes to the tied class whose member is
 * nearest, so the answer never depends on class numbering.
 *
 * <p>Samples labelled below 0 (no label) are left out: unlabelled training rows cast no vote and
 * unlabelled test rows are not scored.
 */
public final class KnnProbe {

    public static final int DEFAULT_K = 5;

    /**
     * The k to ask of {@code trainLabels}: {@link #DEFAULT_K}, or all the labelled rows where there
     * are fewer (a run on a handful of rows must still be measured); 0 when none is labelled.
     */
    public static int neighboursFor(int[] trainLabels) {
        return Math.min(DEFAULT_K, labelledOnly(trainLabels).length);
    }
    /** Test rows per distance block: 256 x 8000 doubles is 16 MB, small enough to stay cheap. */
    private static final int BLOCK_ROWS = 256;

    private KnnProbe() {
    }

    public static double accuracy(FMatrixRMaj trainCodes, int[] trainLabels, FMatrixRMaj testCodes,
            int[] testLabels) {
        return accuracy(trainCodes, trainLabels, testCodes, testLabels, DEFAULT_K);
    }

    /** Share of labelled test rows whose k-NN prediction matches their label, in [0, 1]. */
    public static double accuracy(FMatrixRMaj trainCodes, int[] trainLabels, FMatrixRMaj testCodes,
            int[] testLabels, int k) {
        if (testLabels.length != testCodes.numRows) {
            throw new IllegalArgumentException(testCodes.numRows + " test rows but " + testLabels.length
                    + " test labels; pass one label per row");
        }
        int[] predicted = predict(trainCodes, trainLabels, testCodes, k);
        int scored = 0;
        int correct = 0;
        for (int i = 0; i < testLabels.length; i++) {
            if (testLabels[i] >= 0) {
                scored++;
                if (predicted[i] == testLabels[i]) {
                    correct++;
                }
            }
        }
        if (scored == 0) {
            throw new IllegalArgumentException("no test row has a label, so there is nothing to score;"
                    + " the k-NN probe needs a labelled test set");
        }
        return (double) correct / scored;
    }

    /** The predicted class of every test row. */
    public static int[] predict(FMatrixRMaj trainCodes, int[] trainLabels, FMatrixRMaj testCodes, int k) {
        if (trainLabels.length != trainCodes.numRows) {
            throw new IllegalArgumentException(trainCodes.numRows + " training rows but " + trainLabels.length
                    + " training labels; pass one label per row");
        }
        if (trainCodes.numCols != testCodes.numCols) {
            throw new IllegalArgumentException("training codes have " + trainCodes.numCols
                    + " dimensions but test codes have " + testCodes.numCols + "; encode both with the same model");
        }
        DMatrixRMaj train = labelledRows(trainCodes, trainLabels);
        int[] labels = labelledOnly(trainLabels);
        if (k < 1 || k > labels.length) {
            throw new IllegalArgumentException("k = " + k + " neighbours asked for, but there are "
                    + labels.length + " labelled training rows; choose k from 1 to " + labels.length);
        }
        int classes = 0;
        for (int label : labels) {
            classes = Math.max(classes, label + 1);
        }
        double[] trainNorms = squaredNorms(train);
        int n = train.numRows;
        int[] predicted = new int[testCodes.numRows];
        Neighbours neighbours = new Neighbours(k);
        int[] votes = new int[classes];
        DMatrixRMaj block = new DMatrixRMaj(1, 1);
        DMatrixRMaj dots = new DMatrixRMaj(1, 1);
        for (int start = 0; start < testCodes.numRows; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, testCodes.numRows - start);
            block.reshape(rows, testCodes.numCols);
            for (int i = 0; i < rows * testCodes.numCols; i++) {
                block.data[i] = testCodes.data[start * testCodes.numCols + i];
            }
            dots.reshape(rows, n);
            CommonOps_DDRM.multTransB(block, train, dots);
            double[] blockNorms = squaredNorms(block);
            for (int r = 0; r < rows; r++) {
                neighbours.clear();
                int offset = r * n;
                for (int j = 0; j < n; j++) {
                    // |a - b|^2 = |a|^2 + |b|^2 - 2ab; |a|^2 is the same for every j, so it could be
                    // dropped, but keeping it makes the values real squared distances (handy when debugging).
                    neighbours.offer(blockNorms[r] + trainNorms[j] - 2 * dots.data[offset + j], j);
                }
                predicted[start + r] = vote(neighbours, labels, votes);
            }
        }
        return predicted;
    }

    private static int vote(Neighbours neighbours, int[] labels, int[] votes) {
        Arrays.fill(votes, 0);
        int best = 0;
        for (int i = 0; i < neighbours.size; i++) {
            best = Math.max(best, ++votes[labels[neighbours.index[i]]]);
        }
        // Neighbours are sorted nearest first: the first one whose class has the top count wins.
        for (int i = 0; i < neighbours.size; i++) {
            int label = labels[neighbours.index[i]];
            if (votes[label] == best) {
                return label;
            }
        }
        throw new IllegalStateException("no neighbours");
    }

    private static DMatrixRMaj labelledRows(FMatrixRMaj codes, int[] labels) {
        int count = 0;
        for (int label : labels) {
            if (label >= 0) {
                count++;
            }
        }
        DMatrixRMaj out = new DMatrixRMaj(count, codes.numCols);
        int row = 0;
        for (int i = 0; i < codes.numRows; i++) {
            if (labels[i] >= 0) {
                for (int j = 0; j < codes.numCols; j++) {
                    out.unsafe_set(row, j, codes.unsafe_get(i, j));
                }
                row++;
            }
        }
        return out;
    }

    private static int[] labelledOnly(int[] labels) {
        return Arrays.stream(labels).filter(label -> label >= 0).toArray();
    }

    private static double[] squaredNorms(DMatrixRMaj m) {
        double[] out = new double[m.numRows];
        for (int i = 0; i < m.numRows; i++) {
            double sum = 0;
            for (int j = 0; j < m.numCols; j++) {
                double v = m.unsafe_get(i, j);
                sum += v * v;
            }
            out[i] = sum;
        }
        return out;
    }

    /**
     * The k smallest distances seen so far, kept sorted by insertion: k is small, and after the first
     * few rows almost every candidate is rejected by one comparison with the current worst. Equal
     * distances keep the earlier training row first, so results are deterministic.
     */
    private static final class Neighbours {
        final double[] distance;
        final int[] index;
        int size;

        Neighbours(int k) {
            distance = new double[k];
            index = new int[k];
        }

        void clear() {
            size = 0;
        }

        void offer(double d, int i) {
            int k = distance.length;
            if (size == k && !(d < distance[k - 1])) {
                return;
            }
            int pos = size < k ? size++ : k - 1;
            while (pos > 0 && distance[pos - 1] > d) {
                distance[pos] = distance[pos - 1];
                index[pos] = index[pos - 1];
                pos--;
            }
            distance[pos] = d;
            index[pos] = i;
        }
    }
}
