package workbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ejml.data.FMatrixRMaj;

/** Tiny files written by the tests themselves, so that no fixture has to be kept in the repository. */
final class TestData {
    private TestData() {
    }

    /** {@code count} images of height x width whose pixels are distinct multiples of 1/255. */
    static FMatrixRMaj images(int count, int height, int width, int salt) {
        FMatrixRMaj m = new FMatrixRMaj(count, height * width);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = ((i * 37 + salt) % 256) / 255f;
        }
        return m;
    }

    static int[] labels(int count, int classes) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
        }
        return labels;
    }

    /**
     * An MNIST-style folder: train-* files and, when testCount &gt; 0, test files named with
     * {@code testPrefix} ("test" or "t10k").
     */
    static Path idxFolder(Path dir, int trainCount, int testCount, String testPrefix, int classes)
            throws IOException {
        Files.createDirectories(dir);
        IdxWriter.writeImages(dir.resolve("train-images-idx3-ubyte.gz"), images(trainCount, 3, 2, 1), 3, 2, true);
        IdxWriter.writeLabels(dir.resolve("train-labels-idx1-ubyte.gz"), labels(trainCount, classes), true);
        if (testCount > 0) {
            IdxWriter.writeImages(dir.resolve(testPrefix + "-images-idx3-ubyte"), images(testCount, 3, 2, 7), 3, 2,
                    false);
            IdxWriter.writeLabels(dir.resolve(testPrefix + "-labels-idx1-ubyte"), labels(testCount, classes), false);
        }
        return dir;
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
