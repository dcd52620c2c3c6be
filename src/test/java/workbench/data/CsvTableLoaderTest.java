package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.engine.Shape;

class CsvTableLoaderTest {
    @TempDir
    Path dir;

    private DataFileException failure(String text) throws IOException {
        Path file = TestData.write(dir.resolve("bad.csv"), text);
        return assertThrows(DataFileException.class, () -> CsvTableLoader.auto().load(file));
    }

    private static void assertMentions(DataFileException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void loadsFeaturesLabelsAndNames() throws IOException {
        Path file = TestData.write(dir.resolve("flowers.csv"),
                "a,b,class\n1,2,setosa\n3.5,-4e-1,virginica\n5,6,setosa\n\n\n");
        TableData table = CsvTableLoader.auto().load(file);
        Dataset d = table.dataset();
        assertEquals("flowers", d.name());
        assertEquals(List.of("a", "b"), table.featureNames());
        assertEquals(Shape.flat(2), d.sampleShape());
        assertArrayEquals(new float[] {1, 2, 3.5f, -0.4f, 5, 6}, d.features().data, 0f);
        assertEquals(List.of("setosa", "virginica"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 0}, d.labels());
    }

    @Test
    void handlesCrLfBomAndQuotedFieldsWithCommas() throws IOException {
        Path file = TestData.write(dir.resolve("q.csv"),
                "\uFEFF\"width, cm\",\"height\",kind\r\n\"1.5\",2,\"big, round\"\r\n 3 , \"4\" ,\"say \"\"hi\"\"\"\r\n");
        TableData table = CsvTableLoader.auto().load(file);
        assertEquals(List.of("width, cm", "height"), table.featureNames());
        assertArrayEquals(new float[] {1.5f, 2, 3, 4}, table.dataset().features().data, 0f);
        assertEquals(List.of("big, round", "say \"hi\""), table.dataset().classNames());
    }

    @Test
    void namedClassColumnMayBeAnywhere() throws IOException {
        Path file = TestData.write(dir.resolve("t.csv"), "x,Species,y\n1,b,2\n3,a,4\n");
        TableData table = CsvTableLoader.classColumn("species").load(file);
        assertEquals(List.of("x", "y"), table.featureNames());
        assertArrayEquals(new float[] {1, 2, 3, 4}, table.dataset().features().data, 0f);
        assertEquals(List.of("b", "a"), table.dataset().classNames());

        DataFileException e = assertThrows(DataFileException.class,
                () -> CsvTableLoader.classColumn("colour").load(file));
        assertMentions(e, "no column named 'colour'", "x, Species, y");
    }

    @Test
    void labelColumnIsFoundByNameAndIntegerClassesSortNumerically() throws IOException {
        Path file = TestData.write(dir.resolve("t.csv"), "label,x\n10,1\n2,2\n1,3\n2,4\n");
        Dataset d = CsvTableLoader.auto().load(file).dataset();
        assertEquals(List.of("1", "2", "10"), d.classNames());
        assertArrayEquals(new int[] {2, 1, 0, 1}, d.labels());
        assertEquals(1, d.featureCount());
    }

    @Test
    void numericLastColumnIsAFeatureAndNoClassColumnCanBeForced() throws IOException {
        Path file = TestData.write(dir.resolve("t.csv"), "x,y\n1,2\n3,4\n");
        Dataset d = CsvTableLoader.auto().load(file).dataset();
        assertFalse(d.hasLabels());
        assertEquals(2, d.featureCount());
        assertArrayEquals(new int[] {Dataset.NO_LABEL, Dataset.NO_LABEL}, d.labels());

        Path withClass = TestData.write(dir.resolve("c.csv"), "x,class\n1,2\n3,4\n");
        TableData all = CsvTableLoader.noClassColumn().load(withClass);
        assertEquals(List.of("x", "class"), all.featureNames());
        assertFalse(all.dataset().hasLabels());
    }

    @Test
    void raggedRowNamesItsLineAndCounts() throws IOException {
        // line 4 is the ragged one; the blank line 3 still counts as a line
        DataFileException e = failure("a,b,c,class\n1,2,3,x\n\n1,2,x\n");
        assertMentions(e, "bad.csv", "row 4 has 3 values but the header names 4 columns");
    }

    @Test
    void missingCellNamesRowAndColumn() throws IOException {
        DataFileException e = failure("sepal,petal_width_cm,class\n1,2,x\n3,,y\n");
        assertMentions(e, "row 3, column 'petal_width_cm'", "is empty");
    }

    @Test
    void nonNumericCellNamesRowColumnAndValue() throws IOException {
        DataFileException e = failure("sepal,petal_width_cm,class\n1,2,x\n3,4,y\n5,abc,z\n");
        assertMentions(e, "row 4, column 'petal_width_cm': 'abc' is not a number");
        assertFalse(e.getMessage().contains("NumberFormatException"));
    }

    @Test
    void nanAndInfinityAreRejected() throws IOException {
        assertMentions(failure("a,b,class\n1,NaN,x\n"), "row 2, column 'b'", "'NaN' is not a finite number");
        assertMentions(failure("a,b,class\n-Infinity,1,x\n"), "row 2, column 'a'", "not a finite number");
        assertMentions(failure("a,b,class\n1e39,1,x\n"), "row 2, column 'a'", "too large");
    }

    @Test
    void quotedLineBreakKeepsLaterRowNumbersTrue() throws IOException {
        DataFileException e = failure("a,class\n1,\"two\nlines\"\n2,x\nq,y\n");
        assertMentions(e, "row 5, column 'a': 'q'");
    }

    @Test
    void emptyHeaderOnlyAndUnclosedQuoteAreReported() throws IOException {
        assertMentions(failure(""), "is empty");
        assertMentions(failure("\n \n"), "is empty");
        assertMentions(failure("a,b,class\n"), "header row but no data rows");
        assertMentions(failure("a,class\n1,\"open\n"), "row 2", "never closed");
        assertMentions(failure("a,a,class\n1,2,x\n"), "both 'a'");
        assertMentions(failure("a,class\n1,\n"), "row 2, column 'class' is empty");
    }

    @Test
    void bundledIrisLoads() throws IOException {
        TableData iris = CsvTableLoader.auto().load(Path.of("datasets/tables/iris.csv"));
        assertEquals(150, iris.dataset().size());
        assertEquals(List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"),
                iris.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.dataset().classNames());
    }
}
