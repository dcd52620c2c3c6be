package workbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workbench.engine.Shape;

/**
 * A folder of MNIST-style IDX files: training images and labels, optionally test images and labels
 * ({@code test-*} or the original MNIST's {@code t10k-*}), and optionally {@code classes.txt} with one
 * class name per line. Files are recognised by name (any prefix, gzip or not), so a folder downloaded
 * from the usual MNIST mirrors, Kaggle or EMNIST loads as it is.
 */
public final class IdxFolder {
    /** The optional file naming the classes, one per line, in label order. */
    public static final String CLASSES_FILE = "classes.txt";

    private static final Pattern NAME = Pattern.compile(
            "(?:.*[-_.])?(train|test|t10k)[-_.](images|labels)(?:[-_.].*)?", Pattern.CASE_INSENSITIVE);

    /** The IDX files found in a folder; the test pair is null when the folder has none. */
    public record Contents(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {
        public boolean hasTest() {
            return testImages != null;
        }
    }

    /** Sizes read from the headers alone. */
    public record Summary(int trainSamples, int testSamples, int height, int width) {
        public int samples() {
            return trainSamples + testSamples;
        }

        public Shape shape() {
            return Shape.image(1, height, width);
        }
    }

    private IdxFolder() {
    }

    /** True when {@code folder} holds at least a file named like training images. */
    public static boolean looksLikeIdxFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                return m.matches() && m.group(1).equalsIgnoreCase("train") && m.group(2).equalsIgnoreCase("images");
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** Finds the IDX files in {@code folder}; training images and labels are required. */
    public static Contents find(Path folder) throws DataFileException {
        Path[] found = new Path[4];
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (NoSuchFileException e) {
            throw new DataFileException(folder + " does not exist. Check the path.", e);
        } catch (IOException e) {
            throw new DataFileException(folder + " could not be listed: " + e.getMessage(), e);
        }
        for (Path file : files) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            int slot = (m.group(1).equalsIgnoreCase("train") ? 0 : 2)
                    + (m.group(2).equalsIgnoreCase("images") ? 0 : 1);
            if (found[slot] != null) {
                throw new DataFileException(folder + " holds two files that look like the " + role(slot) + ": "
                        + found[slot].getFileName() + " and " + file.getFileName() + ". Remove or rename one "
                        + "(for example keep only the .gz file).");
            }
            found[slot] = file;
        }
        for (int slot : new int[] {0, 1}) {
            if (found[slot] == null) {
                throw new DataFileException(folder + " has no " + role(slot) + " file. An IDX folder needs "
                        + "train-images-idx3-ubyte and train-labels-idx1-ubyte (optionally .gz), and may add "
                        + "test-* or t10k-* files for a test split and classes.txt for class names.");
            }
        }
        if ((found[2] == null) != (found[3] == null)) {
            int missing = found[2] == null ? 2 : 3;
            throw new DataFileException(folder + " has " + found[5 - missing].getFileName() + " but no "
                    + role(missing) + " file to go with it. Add the missing file, or remove both test files.");
        }
        return new Contents(found[0], found[1], found[2], found[3]);
    }

    private static String role(int slot) {
        return (slot < 2 ? "training" : "test") + (slot % 2 == 0 ? " images" : " labels");
    }

    /** Sizes from the image headers, without reading pixels. */
    public static Summary summary(Path folder) throws DataFileException {
        Contents files = find(folder);
        int[] train = IdxReader.readDimensions(files.trainImages());
        int[] test = files.hasTest() ? IdxReader.readDimensions(files.testImages()) : new int[] {0};
        if (train.length != 3) {
            throw new DataFileException(files.trainImages() + " has " + train.length + " dimension(s) but an "
                    + "image file has 3 (count, rows, columns).");
        }
        return new Summary(train[0], test[0], train[1], train[2]);
    }

    /**
     * The class names from classes.txt, else {@code fallback} when not null; null when neither (then
     * the labels' numbers serve as names).
     */
    public static List<String> classNames(Path folder, List<String> fallback) throws DataFileException {
        Path file = folder.resolve(CLASSES_FILE);
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file));
        } catch (IOException e) {
            throw new DataFileException(file + " could not be read as UTF-8 text: " + e.getMessage(), e);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            if (name.isEmpty()) {
                throw new DataFileException(file + ": line " + (i + 1) + " is blank. Write one class name per "
                        + "line, in label order (line 1 names label 0).");
            }
            names.add(name.startsWith("\uFEFF") ? name.substring(1) : name);
        }
        if (names.isEmpty()) {
            throw new DataFileException(file + " is empty. Write one class name per line, in label order, or "
                    + "delete the file to name classes by their label numbers.");
        }
        return names;
    }

    /**
     * Loads the folder as "name/train" and "name/test". Without test files, the test part is carved
     * from the training files with the registry's fixed fraction and seed.
     *
     * @param fallbackClassNames names used when the folder has no classes.txt; null for "0", "1", ...
     */
    public static DataSplit load(Path folder, String name, List<String> fallbackClassNames)
            throws DataFileException {
        Contents files = find(folder);
        IdxImages trainImages = IdxReader.readImages(files.trainImages());
        int[] trainLabels = IdxReader.readLabels(files.trainLabels());
        checkCounts(files.trainImages(), trainImages, files.trainLabels(), trainLabels);
        IdxImages testImages = null;
        int[] testLabels = new int[0];
        if (files.hasTest()) {
            testImages = IdxReader.readImages(files.testImages());
            testLabels = IdxReader.readLabels(files.testLabels());
            checkCounts(files.testImages(), testImages, files.testLabels(), testLabels);
            if (testImages.height() != trainImages.height() || testImages.width() != trainImages.width()) {
                throw new DataFileException(files.testImages() + " holds " + testImages.height() + "x"
                        + testImages.width() + " images but " + files.trainImages() + " holds "
                        + trainImages.height() + "x" + trainImages.width() + ". Both splits need the same "
                        + "image size.");
            }
        }
        List<String> classes = classNames(folder, fallbackClassNames);
        int maxLabel = Math.max(max(trainLabels), max(testLabels));
        if (classes == null) {
            classes = new ArrayList<>();
            for (int i = 0; i <= maxLabel; i++) {
                classes.add(Integer.toString(i));
            }
        } else if (maxLabel >= classes.size()) {
            Path labels = max(trainLabels) == maxLabel ? files.trainLabels() : files.testLabels();
            throw new DataFileException(labels + " holds label " + maxLabel + " but " + folder.resolve(CLASSES_FILE)
                    + " names only " + classes.size() + " classes (labels 0 to " + (classes.size() - 1)
                    + "). Add the missing class names, one per line.");
        }
        Shape shape = Shape.image(1, trainImages.height(), trainImages.width());
        Dataset train = new Dataset(name + "/train", trainImages.pixels(), trainLabels, classes, shape);
        if (testImages == null) {
            Dataset all = new Dataset(name, trainImages.pixels(), trainLabels, classes, shape);
            return Splits.trainTest(all, DatasetRegistry.TEST_FRACTION, DatasetRegistry.SPLIT_SEED);
        }
        // the test files' rows continue the training files' numbering: one index space for the run's splits
        return new DataSplit(train, new Dataset(name + "/test", testImages.pixels(), testLabels, classes, shape)
                .numberedFrom(train.size()));
    }

    private static void checkCounts(Path imagesFile, IdxImages images, Path labelsFile, int[] labels)
            throws DataFileException {
        if (images.count() != labels.length) {
            throw new DataFileException(imagesFile + " holds " + images.count() + " images but " + labelsFile
                    + " holds " + labels.length + " labels. Each image needs exactly one label: the two "
                    + "files do not belong together, or one of them is incomplete.");
        }
    }

    private static int max(int[] values) {
        int max = -1;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The name a folder the user gave is known by ("my-digits" for /data/my-digits/). */
    static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
