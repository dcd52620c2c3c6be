package workbench.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.data.CsvTableLoader;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.data.DatasetRegistry;
import workbench.data.Normalization;
import workbench.io.ModelFileException;
import workbench.io.SplitsFile;

/**
 * The rows a run used, by source row number: numbered as the files number them, carried through the
 * validation carve and the normal-class filter, and taken back exactly; a file that does not fit
 * the data is refused in words.
 */
class RunSplitsTest {
    private static final DatasetRegistry REGISTRY = new DatasetRegistry();
    private static final Path FILE = Path.of("runs", "x", SplitsFile.FILE_NAME);

    private static PreparedData prepared(String dataset, List<String> normalClasses) throws IOException {
        return new DataPreparation(REGISTRY).prepare(new DatasetRef(dataset, Normalization.Kind.MIN_MAX, normalClasses),
                0.2, 7);
    }

    private static int[] sorted(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).sorted().toArray();
    }

    @Test
    void aTableSplitByTheRegistryNumbersItsDataRowsAndEachRowIsThatRowOfTheFile() throws IOException {
        PreparedData run = prepared("wine", null);
        SplitsFile.Rows rows = RunSplits.of(run);
        assertArrayEquals(IntStream.range(0, 178).toArray(), sorted(rows.train(), rows.validation(), rows.test()),
                "every row of wine.csv once");
        Dataset file = CsvTableLoader.auto().load(REGISTRY.datasetsDir().orElseThrow().resolve("tables/wine.csv"), "wine")
                .dataset();
        Dataset test = REGISTRY.load("wine").test();
        for (int i = 0; i < test.size(); i++) {
            int source = test.sourceRows()[i];
            assertEquals(file.labels()[source], test.labels()[i], "test row " + i);
            for (int c = 0; c < file.featureCount(); c++) {
                assertEquals(file.features().get(source, c), test.features().get(i, c), "test row " + i + ", column " + c);
            }
        }
    }

    @Test
    void idxTestFilesContinueTheTrainingFilesNumberingAndTheNormalClassesShowInTheRows() throws IOException {
        DataSplit digits = REGISTRY.load("digits-8x8");
        int n = digits.train().size();
        PreparedData run = prepared("digits-8x8", null);
        SplitsFile.Rows rows = RunSplits.of(run);
        assertArrayEquals(IntStream.range(0, n).toArray(), sorted(rows.train(), rows.validation()));
        assertArrayEquals(IntStream.range(n, n + digits.test().size()).toArray(), rows.test(), "t10k order, from n on");

        SplitsFile.Rows normal = RunSplits.of(prepared("digits-8x8", List.of("3")));
        int threes = (int) Arrays.stream(digits.train().labels()).filter(l -> l == 3).count();
        assertEquals(threes, normal.train().length + normal.validation().length);
        for (int source : sorted(normal.train(), normal.validation())) {
            assertEquals(3, digits.train().labels()[source], "row " + source);
        }
        assertArrayEquals(rows.test(), normal.test(), "the test split stays whole");
    }

    @Test
    void theRowsOfARunPrepareItsDataAgainExactly() throws IOException {
        for (List<String> normalClasses : Arrays.asList(null, List.of("class_1"))) {
            PreparedData run = prepared("wine", normalClasses);
            PreparedData again = DataPreparation.prepare(REGISTRY.load("wine"), RunSplits.of(run), FILE,
                    run.normalization(), normalClasses);
            for (Dataset[] parts : List.of(new Dataset[] {run.train(), again.train()},
                    new Dataset[] {run.validation(), again.validation()}, new Dataset[] {run.test(), again.test()})) {
                assertArrayEquals(parts[0].features().data, parts[1].features().data, parts[0].name());
                assertArrayEquals(parts[0].labels(), parts[1].labels(), parts[0].name());
                assertArrayEquals(parts[0].sourceRows(), parts[1].sourceRows(), parts[0].name());
            }
            assertEquals(run.normalClasses(), again.normalClasses());
        }
    }

    @Test
    void rowsThatDoNotFitTheDataAreRefusedNamingTheFileAndWhatToDo() throws IOException {
        DataSplit wine = REGISTRY.load("wine");
        SplitsFile.Rows good = RunSplits.of(prepared("wine", null));
        int[] test = good.test();
        assertMisfit(wine, new SplitsFile.Rows(good.train(), good.validation(), append(test, 178)),
                "its test rows include row 178, but wine has 178 rows (0 to 177)");
        assertMisfit(wine, new SplitsFile.Rows(good.train(), good.validation(), append(test, test[0])),
                "it names row " + test[0] + " twice");
        assertMisfit(wine, new SplitsFile.Rows(good.train(), append(good.validation(), test[0]),
                Arrays.copyOfRange(test, 1, test.length)), "it names row " + test[0] + " as a validation row, but in"
                + " wine it is a test row");
        assertMisfit(wine, new SplitsFile.Rows(Arrays.copyOf(good.train(), good.train().length - 1), good.validation(),
                test), "it names 141 training and validation rows and 36 test rows, but wine has 142 training rows and"
                + " 36 test rows");
    }

    @Test
    void aRowOfAClassTheModelDidNotTrainOnIsRefused() throws IOException {
        DataSplit wine = REGISTRY.load("wine");
        SplitsFile.Rows normal = RunSplits.of(prepared("wine", List.of("class_1")));
        int other = Arrays.stream(wine.train().sourceRows())
                .filter(r -> wine.train().labels()[indexOf(wine.train().sourceRows(), r)] == 0).findFirst().orElseThrow();
        int[] train = normal.train().clone();
        train[0] = other;
        assertMisfit(wine, new SplitsFile.Rows(train, normal.validation(), normal.test()), List.of("class_1"),
                "its training rows include row " + other + ", of class class_0, which the model did not train on");
    }

    private static int indexOf(int[] values, int value) {
        return IntStream.range(0, values.length).filter(i -> values[i] == value).findFirst().orElseThrow();
    }

    private static void assertMisfit(DataSplit split, SplitsFile.Rows rows, String why) {
        assertMisfit(split, rows, null, why);
    }

    private static void assertMisfit(DataSplit split, SplitsFile.Rows rows, List<String> normalClasses, String why) {
        FMatrixRMaj one = new FMatrixRMaj(1, split.train().featureCount());
        Normalization identity = Normalization.fit(one, Normalization.Kind.NONE);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> DataPreparation.prepare(split, rows, FILE, identity, normalClasses));
        assertTrue(e.getMessage().startsWith(FILE + " does not fit the dataset: " + why + "."), e.getMessage());
        assertTrue(e.getMessage().contains("train the run again"), e.getMessage());
    }

    private static int[] append(int[] rows, int row) {
        int[] out = Arrays.copyOf(rows, rows.length + 1);
        out[rows.length] = row;
        return out;
    }
}
