package workbench.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datasets the workbench offers by name (bundled, system-installed, synthetic) and the one entry
 * point that turns a name or a path into a train/test split. Listing reads only IDX headers and small
 * tables, so a dataset chooser can open instantly.
 *
 * <p>Sources without a test split of their own get one from {@link Splits#trainTest} with
 * {@link #TEST_FRACTION} and the fixed {@link #SPLIT_SEED}: the test rows are then the same in every
 * run and on every machine, so test errors of different runs can be compared.
 */
public final class DatasetRegistry {
    /** System property naming the datasets folder. */
    public static final String DATASETS_PROPERTY = "workbench.datasets";
    /** Where the Debian package dataset-fashion-mnist installs the full Fashion-MNIST. */
    public static final Path DEFAULT_FASHION_MNIST_ROOT = Path.of("/usr/share/datasets/fashion-mnist");
    public static final double TEST_FRACTION = 0.2;
    public static final long SPLIT_SEED = 20261123L;
    /** Seed of the synthetic datasets offered by name. */
    public static final long SYNTHETIC_SEED = 20261123L;

    private static final List<String> IDX_NAMES = List.of("mnist-10k", "fashion-mnist-10k", "digits-8x8");
    private static final List<String> TABLE_NAMES = List.of("iris", "wine", "breast-cancer");
    private static final String FASHION = "fashion-mnist";
    private static final List<String> SYNTHETIC_NAMES = List.of("swiss-roll", "blobs", "moons");
    private static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private final Path datasetsDir;
    private final Path fashionMnistRoot;

    /** Finds the datasets folder as described at {@link #locateDatasetsDir()}; system Fashion-MNIST at its Debian place. */
    public DatasetRegistry() {
        this(null, DEFAULT_FASHION_MNIST_ROOT);
    }

    public DatasetRegistry(Path datasetsDir) {
        this(datasetsDir, DEFAULT_FASHION_MNIST_ROOT);
    }

    /**
     * @param datasetsDir      the bundled datasets folder, or null to locate it
     * @param fashionMnistRoot where the full Fashion-MNIST may be installed; offered only if it exists
     */
    public DatasetRegistry(Path datasetsDir, Path fashionMnistRoot) {
        this.datasetsDir = datasetsDir != null ? datasetsDir : locateDatasetsDir().orElse(null);
        this.fashionMnistRoot = fashionMnistRoot;
    }

    /**
     * The datasets folder: the system property {@value #DATASETS_PROPERTY} if set; else the first
     * {@code datasets} folder (one holding digits-8x8, the smallest bundled set) in the working
     * directory or one of its parents (so the app finds the
     * project's when started from a subfolder, as IDEs and Maven do), or beside the program or one
     * of its parents (a jar or app image started from anywhere); else the datasets the program
     * carries inside it ({@link BundledDatasets}).
     */
    public static Optional<Path> locateDatasetsDir() {
        String property = System.getProperty(DATASETS_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property.strip()));
        }
        Optional<Path> near = datasetsFolderAbove(Path.of("").toAbsolutePath());
        if (near.isEmpty()) {
            near = programFolder().flatMap(DatasetRegistry::datasetsFolderAbove);
        }
        return near.isPresent() ? near : BundledDatasets.locate();
    }

    private static Optional<Path> datasetsFolderAbove(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("datasets");
            if (Files.isDirectory(candidate.resolve("digits-8x8"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The folder the program's classes or jar are in. */
    private static Optional<Path> programFolder() {
        CodeSource source = DatasetRegistry.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Path.of(source.getLocation().toURI()).getParent());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a file on disk (a custom class loader): look no further
        }
    }

    /** The bundled datasets folder in use, if one was given or found. */
    public Optional<Path> datasetsDir() {
        return Optional.ofNullable(datasetsDir);
    }

    /** Names that {@link #load} accepts right now (whose files are present), in listing order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : IDX_NAMES) {
            if (datasetsDir != null && Files.isDirectory(datasetsDir.resolve(name))) {
                names.add(name);
            }
        }
        if (fashionInstalled()) {
            names.add(FASHION);
        }
        for (String name : TABLE_NAMES) {
            if (datasetsDir != null && Files.isRegularFile(tableFile(name))) {
                names.add(name);
            }
        }
        names.addAll(SYNTHETIC_NAMES);
        return names;
    }

    /** What is available, without loading any pixels. */
    public List<DatasetInfo> list() throws DataFileException {
        List<DatasetInfo> infos = new ArrayList<>();
        for (String name : names()) {
            infos.add(info(name));
        }
        return infos;
    }

    private DatasetInfo info(String name) throws DataFileException {
        if (IDX_NAMES.contains(name) || name.equals(FASHION)) {
            boolean system = name.equals(FASHION);
            Path folder = system ? fashionMnistRoot : datasetsDir.resolve(name);
            IdxFolder.Summary s = IdxFolder.summary(folder);
            List<String> classes = IdxFolder.classNames(folder, system ? FASHION_CLASSES : null);
            int classCount = classes != null ? classes.size() : IdxFolder.load(folder, name, null)
                    .train().classNames().size();
            String description = String.format(Locale.ROOT, "%s; %dx%d grey, %,d train / %,d test",
                    blurb(name), s.height(), s.width(), s.trainSamples(), s.testSamples());
            return new DatasetInfo(name, description, s.samples(), s.shape(), classCount,
                    system ? DatasetInfo.SYSTEM : DatasetInfo.BUNDLED);
        }
        Dataset all = TABLE_NAMES.contains(name)
                ? CsvTableLoader.auto().load(tableFile(name), name).dataset()
                : synthetic(name);
        String description = String.format(Locale.ROOT, "%s; %d features, %d classes", blurb(name),
                all.featureCount(), all.classNames().size());
        return new DatasetInfo(name, description, all.size(), all.sampleShape(), all.classNames().size(),
                TABLE_NAMES.contains(name) ? DatasetInfo.BUNDLED : DatasetInfo.SYNTHETIC);
    }

    private static String blurb(String name) {
        switch (name) {
            case "mnist-10k": return "Handwritten digits 0-9, a 10,000-image MNIST subset";
            case "fashion-mnist-10k": return "Clothing in 10 classes, a 10,000-image Fashion-MNIST subset";
            case "digits-8x8": return "Small handwritten digits 0-9 (UCI optical digits)";
            case FASHION: return "Clothing in 10 classes, the full 70,000-image Fashion-MNIST";
            case "iris": return "Iris flowers: 4 measurements of 3 species";
            case "wine": return "Wines: 13 chemical measurements of 3 cultivars";
            case "breast-cancer": return "Breast tumour cell nuclei, malignant or benign";
            case "swiss-roll": return "A rolled-up sheet in 3-D, labelled by position along the roll";
            case "blobs": return "5 Gaussian clusters in 10 dimensions";
            case "moons": return "Two interleaving half circles in 2-D";
            default: return name;
        }
    }

    /** How the user's CSV files were read, by the name or path they were loaded with, when not as plain CSV. */
    private final Map<String, String> readingNotes = new ConcurrentHashMap<>();

    /**
     * How the CSV file last loaded as {@code nameOrPath} was read, when it was not plain
     * comma-separated with a header ("eu.csv read as semicolon-separated with decimal commas ..."),
     * for the caller to tell the user; empty otherwise.
     */
    public Optional<String> readingNote(String nameOrPath) {
        return Optional.ofNullable(readingNotes.get(nameOrPath));
    }

    /**
     * Loads a dataset by name, or a path: a folder of IDX files, a {@code .csv} file, or a folder of
     * class subfolders holding images. Parts are named "name/train" and "name/test".
     */
    public DataSplit load(String nameOrPath) throws DataFileException {
        String name = nameOrPath.strip();
        if (IDX_NAMES.contains(name)) {
            Path folder = bundled(name, name);
            return IdxFolder.load(folder, name, null);
        }
        if (name.equals(FASHION)) {
            if (!fashionInstalled()) {
                throw new DataFileException("fashion-mnist (the full 70,000 images) is not installed: expected "
                        + "its IDX files in " + fashionMnistRoot + " (Debian package dataset-fashion-mnist). "
                        + "Install it, or use the bundled fashion-mnist-10k.");
            }
            return IdxFolder.load(fashionMnistRoot, name, FASHION_CLASSES);
        }
        if (TABLE_NAMES.contains(name)) {
            bundled(name, "tables/" + name + ".csv");
            Dataset all = CsvTableLoader.auto().load(tableFile(name), name).dataset();
            return Splits.trainTest(all, TEST_FRACTION, SPLIT_SEED);
        }
        if (SYNTHETIC_NAMES.contains(name)) {
            return Splits.trainTest(synthetic(name), TEST_FRACTION, SPLIT_SEED);
        }
        return loadPath(nameOrPath);
    }

    private DataSplit loadPath(String text) throws DataFileException {
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw unknown(text);
        }
        if (Files.isRegularFile(path)) {
            if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new DataFileException(path + " is a file but not a .csv table. Give a .csv file, a folder "
                        + "of IDX files (train-images-idx3-ubyte.gz, ...), or a folder with one subfolder of "
                        + "images per class.");
            }
            TableData table = CsvTableLoader.auto().load(path);
            if (table.readAs() != null) {
                readingNotes.put(text, path.getFileName() + " " + table.readAs());
            } else {
                readingNotes.remove(text);
            }
            return Splits.trainTest(table.dataset(), TEST_FRACTION, SPLIT_SEED);
        }
        if (Files.isDirectory(path)) {
            String name = IdxFolder.folderName(path);
            if (IdxFolder.looksLikeIdxFolder(path)) {
                return IdxFolder.load(path, name, null);
            }
            Dataset images = ImageFolderLoader.load(path);
            return Splits.trainTest(images, TEST_FRACTION, SPLIT_SEED);
        }
        throw unknown(text);
    }

    private DataFileException unknown(String text) {
        return new DataFileException("'" + text + "' is neither a known dataset nor an existing file or folder. "
                + "Known datasets: " + String.join(", ", names()) + ". Or give the path of a folder of IDX "
                + "files, a .csv file, or a folder with one subfolder of images per class.");
    }

    /** The bundled file or folder for {@code name}, or an error saying where it was looked for. */
    private Path bundled(String name, String relative) throws DataFileException {
        if (datasetsDir == null) {
            throw new DataFileException(name + " is a bundled dataset but the datasets folder was not found. "
                    + "Start the workbench from the project folder, or name the folder with -D"
                    + DATASETS_PROPERTY + "=/path/to/datasets.");
        }
        Path path = datasetsDir.resolve(relative);
        if (!Files.exists(path)) {
            throw new DataFileException(name + " is missing: expected " + path + ". Restore it from the "
                    + "project's datasets folder, or point -D" + DATASETS_PROPERTY + " at a complete copy.");
        }
        return path;
    }

    private Path tableFile(String name) {
        return datasetsDir.resolve("tables").resolve(name + ".csv");
    }

    private boolean fashionInstalled() {
        return fashionMnistRoot != null && Files.isDirectory(fashionMnistRoot)
                && IdxFolder.looksLikeIdxFolder(fashionMnistRoot);
    }

    private static Dataset synthetic(String name) {
        switch (name) {
            case "swiss-roll": return Synthetic.swissRoll(2000, 0.05, SYNTHETIC_SEED);
            case "blobs": return Synthetic.blobs(2000, 10, 5, 1.0, SYNTHETIC_SEED);
            case "moons": return Synthetic.moons(2000, 0.1, SYNTHETIC_SEED);
            default: throw new IllegalArgumentException(name);
        }
    }
}
