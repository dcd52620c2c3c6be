package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbench.engine.Shape;

class DatasetRegistryTest {
    @TempDir
    Path temp;

    /** The project's datasets folder, and no system Fashion-MNIST. */
    private DatasetRegistry bundled() {
        return new DatasetRegistry(Path.of("datasets"), temp.resolve("no-fashion-here"));
    }

    private static void assertUnitRange(Dataset d) {
        for (float v : d.features().data) {
            assertTrue(v >= 0f && v <= 1f, d.name() + " holds " + v);
        }
    }

    @ParameterizedTest
    @CsvSource({"mnist-10k, 8000, 2000, 28, 0", "fashion-mnist-10k, 8000, 2000, 28, T-shirt/top",
            "digits-8x8, 1438, 359, 8, 0"})
    void bundledImageDatasetsLoad(String name, int train, int test, int side, String firstClass)
            throws IOException {
        DataSplit split = bundled().load(name);
        assertEquals(name + "/train", split.train().name());
        assertEquals(name + "/test", split.test().name());
        assertEquals(train, split.train().size());
        assertEquals(test, split.test().size());
        assertEquals(Shape.image(1, side, side), split.train().sampleShape());
        assertEquals(10, split.train().classNames().size());
        assertEquals(firstClass, split.train().classNames().get(0));
        assertUnitRange(split.train());
        assertUnitRange(split.test());
        float max = 0;
        for (float v : split.test().features().data) {
            max = Math.max(max, v);
        }
        assertEquals(1f, max, 0f);
    }

    @ParameterizedTest
    @CsvSource({"iris, 150, 30, 4, 3", "wine, 178, 36, 13, 3", "breast-cancer, 569, 113, 30, 2"})
    void bundledTablesGetAFixedTestSplit(String name, int total, int test, int features, int classes)
            throws IOException {
        DataSplit split = bundled().load(name);
        assertEquals(total, split.train().size() + split.test().size());
        assertEquals(test, split.test().size()); // 20 % of each class, rounded
        assertEquals(name + "/train", split.train().name());
        assertEquals(Shape.flat(features), split.train().sampleShape());
        assertEquals(classes, split.test().classNames().size());
        assertEquals(name + "/test", split.test().name());
        DataSplit again = bundled().load(name);
        assertArrayEquals(split.test().features().data, again.test().features().data, 0f);
        assertArrayEquals(split.test().labels(), again.test().labels());
    }

    @Test
    void breastCancerKeepsItsClassNames() throws IOException {
        assertEquals(List.of("malignant", "benign"), bundled().load("breast-cancer").train().classNames());
    }

    @Test
    void syntheticDatasetsAreSplitAndRepeatable() throws IOException {
        DataSplit roll = bundled().load("swiss-roll");
        assertEquals(1600, roll.train().size());
        assertEquals(400, roll.test().size());
        assertEquals(Shape.flat(3), roll.train().sampleShape());
        assertArrayEquals(roll.test().features().data, bundled().load("swiss-roll").test().features().data, 0f);
        assertEquals(Shape.flat(10), bundled().load("blobs").test().sampleShape());
        assertEquals(2, bundled().load("moons").test().classNames().size());
    }

    @Test
    void listingDescribesEverythingWithoutLoading() throws IOException {
        Map<String, DatasetInfo> infos = bundled().list().stream()
                .collect(Collectors.toMap(DatasetInfo::name, Function.identity()));
        assertEquals(List.of("mnist-10k", "fashion-mnist-10k", "digits-8x8", "iris", "wine", "breast-cancer",
                "swiss-roll", "blobs", "moons"), bundled().names());
        DatasetInfo mnist = infos.get("mnist-10k");
        assertEquals(10000, mnist.samples());
        assertEquals(Shape.image(1, 28, 28), mnist.shape());
        assertEquals(10, mnist.classCount());
        assertEquals(DatasetInfo.BUNDLED, mnist.source());
        assertTrue(mnist.description().contains("8,000 train / 2,000 test"), mnist.description());
        assertEquals(1797, infos.get("digits-8x8").samples());
        assertEquals(569, infos.get("breast-cancer").samples());
        assertEquals(Shape.flat(30), infos.get("breast-cancer").shape());
        assertEquals(DatasetInfo.SYNTHETIC, infos.get("moons").source());
        assertEquals(4, infos.get("swiss-roll").classCount());
        assertEquals(2000, infos.get("blobs").samples());
        assertFalse(infos.containsKey("fashion-mnist"));
    }

    @Test
    void everyListedDescriptionOpensWithWordsBeforeItsSizes() throws IOException {
        for (DatasetInfo info : bundled().list()) {
            String words = info.description().substring(0, info.description().indexOf(';'));
            assertTrue(words.length() > info.name().length(), info.name() + ": " + info.description());
        }
    }

    @Test
    void systemFashionMnistHasItsTenClassNamesEvenWhenFewerLabelsOccur() throws IOException {
        Path root = temp.resolve("fashion-mnist");
        TestData.idxFolder(root, 12, 6, "t10k", 3);
        DatasetRegistry present = new DatasetRegistry(Path.of("datasets"), root);
        DatasetInfo info = present.list().stream().filter(i -> i.name().equals("fashion-mnist")).findFirst()
                .orElseThrow();
        assertEquals(10, info.classCount());
        assertTrue(info.description().startsWith("Clothing in 10 classes, the full"), info.description());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        DataFileException e = assertThrows(DataFileException.class, () -> bundled().load("mnist-70k"));
        assertTrue(e.getMessage().contains("'mnist-70k'"), e.getMessage());
        assertTrue(e.getMessage().contains("mnist-10k, fashion-mnist-10k, digits-8x8, iris"), e.getMessage());
        assertTrue(e.getMessage().contains("moons"), e.getMessage());
    }

    @Test
    void systemFashionMnistIsOfferedOnlyWhenItsFolderExists() throws IOException {
        Path root = temp.resolve("fashion-mnist");
        DatasetRegistry absent = new DatasetRegistry(Path.of("datasets"), root);
        assertFalse(absent.names().contains("fashion-mnist"));
        DataFileException e = assertThrows(DataFileException.class, () -> absent.load("fashion-mnist"));
        assertTrue(e.getMessage().contains("not installed") && e.getMessage().contains(root.toString()),
                e.getMessage());

        TestData.idxFolder(root, 12, 6, "t10k", 10);
        DatasetRegistry present = new DatasetRegistry(Path.of("datasets"), root);
        DatasetInfo info = present.list().stream().filter(i -> i.name().equals("fashion-mnist")).findFirst()
                .orElseThrow();
        assertEquals(DatasetInfo.SYSTEM, info.source());
        assertEquals(18, info.samples());
        assertEquals(Shape.image(1, 3, 2), info.shape());
        assertEquals(10, info.classCount());
        DataSplit split = present.load("fashion-mnist");
        assertEquals(12, split.train().size());
        assertEquals(6, split.test().size());
        assertEquals("fashion-mnist/test", split.test().name());
        assertEquals("Ankle boot", split.train().classNames().get(9));
    }

    @Test
    void idxFolderPathLoadsWithOrWithoutClassesAndTestFiles() throws IOException {
        Path withTest = TestData.idxFolder(temp.resolve("mine"), 10, 4, "test", 3);
        DataSplit split = bundled().load(withTest.toString());
        assertEquals("mine/train", split.train().name());
        assertEquals(List.of("0", "1", "2"), split.train().classNames());
        assertEquals(4, split.test().size());
        assertArrayEquals(TestData.images(4, 3, 2, 7).data, split.test().features().data, 0f);

        TestData.write(withTest.resolve("classes.txt"), "cat\ndog\nbird\n\n");
        assertEquals(List.of("cat", "dog", "bird"), bundled().load(withTest.toString()).test().classNames());

        TestData.write(withTest.resolve("classes.txt"), "cat\ndog\n");
        DataFileException e = assertThrows(DataFileException.class, () -> bundled().load(withTest.toString()));
        assertTrue(e.getMessage().contains("label 2") && e.getMessage().contains("only 2 classes"), e.getMessage());

        Path trainOnly = TestData.idxFolder(temp.resolve("train-only"), 20, 0, "test", 2);
        DataSplit carved = bundled().load(trainOnly.toString());
        assertEquals(16, carved.train().size());
        assertEquals(4, carved.test().size());
    }

    @Test
    void imageAndLabelCountMismatchIsDetected() throws IOException {
        Path folder = TestData.idxFolder(temp.resolve("odd"), 10, 4, "t10k", 3);
        IdxWriter.writeLabels(folder.resolve("t10k-labels-idx1-ubyte"), new int[] {0, 1, 2}, false);
        DataFileException e = assertThrows(DataFileException.class, () -> bundled().load(folder.toString()));
        assertTrue(e.getMessage().contains("holds 4 images") && e.getMessage().contains("holds 3 labels"),
                e.getMessage());
        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte"), e.getMessage());
    }

    @Test
    void incompleteIdxFoldersAreExplained() throws IOException {
        Path folder = TestData.idxFolder(temp.resolve("half"), 10, 4, "test", 3);
        Files.delete(folder.resolve("test-labels-idx1-ubyte"));
        DataFileException e = assertThrows(DataFileException.class, () -> bundled().load(folder.toString()));
        assertTrue(e.getMessage().contains("no test labels file"), e.getMessage());

        Files.delete(folder.resolve("train-labels-idx1-ubyte.gz"));
        e = assertThrows(DataFileException.class, () -> bundled().load(folder.toString()));
        assertTrue(e.getMessage().contains("no training labels file"), e.getMessage());
    }

    @Test
    void csvFileAndImageFolderPathsLoad() throws IOException {
        StringBuilder csv = new StringBuilder("x,y,class\n");
        for (int i = 0; i < 10; i++) {
            csv.append(i).append(',').append(i * 2).append(',').append(i % 2 == 0 ? "even" : "odd").append('\n');
        }
        Path file = TestData.write(temp.resolve("numbers.csv"), csv.toString());
        DataSplit split = bundled().load(file.toString());
        assertEquals("numbers/train", split.train().name());
        assertEquals(8, split.train().size());
        assertEquals(2, split.test().size());

        Path images = temp.resolve("pictures");
        for (String cls : List.of("a", "b")) {
            for (int i = 0; i < 5; i++) {
                Path target = Files.createDirectories(images.resolve(cls)).resolve(i + ".png");
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2,
                        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                javax.imageio.ImageIO.write(image, "png", target.toFile());
            }
        }
        DataSplit pictures = bundled().load(images.toString());
        assertEquals("pictures/test", pictures.test().name());
        assertEquals(2, pictures.test().size());
        assertEquals(List.of("a", "b"), pictures.test().classNames());

        Path text = TestData.write(temp.resolve("notes.txt"), "hello");
        DataFileException e = assertThrows(DataFileException.class, () -> bundled().load(text.toString()));
        assertTrue(e.getMessage().contains("not a .csv"), e.getMessage());
    }

    @Test
    void datasetsFolderIsFoundFromPropertyOrWorkingDirectory() throws IOException {
        assertEquals(Path.of("").toAbsolutePath().resolve("datasets"),
                new DatasetRegistry().datasetsDir().orElseThrow());
        Path custom = Files.createDirectories(temp.resolve("elsewhere"));
        String before = System.getProperty(DatasetRegistry.DATASETS_PROPERTY);
        System.setProperty(DatasetRegistry.DATASETS_PROPERTY, custom.toString());
        try {
            DatasetRegistry registry = new DatasetRegistry(null, temp.resolve("none"));
            assertEquals(custom, registry.datasetsDir().orElseThrow());
            assertEquals(List.of("swiss-roll", "blobs", "moons"), registry.names());
            DataFileException e = assertThrows(DataFileException.class, () -> registry.load("mnist-10k"));
            assertTrue(e.getMessage().contains("mnist-10k is missing")
                    && e.getMessage().contains(custom.resolve("mnist-10k").toString()), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(DatasetRegistry.DATASETS_PROPERTY);
            } else {
                System.setProperty(DatasetRegistry.DATASETS_PROPERTY, before);
            }
        }
    }
}
