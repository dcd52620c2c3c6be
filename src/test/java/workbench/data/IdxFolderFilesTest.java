package workbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link IdxFolder} finds and pairs the files of a folder, and what it says when they do not fit. */
class IdxFolderFilesTest {
    @TempDir
    Path temp;

    @Test
    void aFolderNamedLikeAnIdxFileIsNotTakenForOne() throws IOException {
        Path dir = TestData.idxFolder(temp.resolve("d"), 6, 0, "test", 2);
        Files.createDirectories(dir.resolve("test-images-idx3-ubyte"));
        IdxFolder.Contents contents = IdxFolder.find(dir);
        assertFalse(contents.hasTest());
    }

    @Test
    void aMissingFolderIsNotAnIdxFolder() {
        assertFalse(IdxFolder.looksLikeIdxFolder(temp.resolve("nowhere")));
    }

    @Test
    void aTestLabelsFileWithoutTestImagesNamesTheMissingRole() throws IOException {
        Path dir = TestData.idxFolder(temp.resolve("d"), 6, 4, "test", 2);
        Files.delete(dir.resolve("test-images-idx3-ubyte"));
        DataFileException e = assertThrows(DataFileException.class, () -> IdxFolder.find(dir));
        assertTrue(e.getMessage().contains("has test-labels-idx1-ubyte but no test images file"), e.getMessage());
    }

    @Test
    void twoFilesForOneRoleNameTheRole() throws IOException {
        Path dir = TestData.idxFolder(temp.resolve("d"), 6, 4, "test", 2);
        Files.copy(dir.resolve("test-labels-idx1-ubyte"), dir.resolve("t10k-labels-idx1-ubyte"));
        DataFileException e = assertThrows(DataFileException.class, () -> IdxFolder.find(dir));
        assertTrue(e.getMessage().contains("look like the test labels"), e.getMessage());
    }

    @Test
    void imagesAndLabelsOfDifferentCountsAreRejected() throws IOException {
        Path dir = TestData.idxFolder(temp.resolve("d"), 6, 0, "test", 2);
        IdxWriter.writeLabels(dir.resolve("train-labels-idx1-ubyte.gz"), TestData.labels(5, 2), true);
        DataFileException e = assertThrows(DataFileException.class, () -> IdxFolder.load(dir, "d", null));
        assertTrue(e.getMessage().contains("holds 6 images but"), e.getMessage());
        assertTrue(e.getMessage().contains("holds 5 labels"), e.getMessage());
    }

    @Test
    void aTestLabelBeyondTheClassNamesNamesTheTestLabelsFile() throws IOException {
        Path dir = TestData.idxFolder(temp.resolve("d"), 6, 4, "test", 2);
        IdxWriter.writeLabels(dir.resolve("test-labels-idx1-ubyte"), new int[] {0, 1, 2, 1}, false);
        Files.writeString(dir.resolve(IdxFolder.CLASSES_FILE), "zero\none\n");
        DataFileException e = assertThrows(DataFileException.class, () -> IdxFolder.load(dir, "d", null));
        assertTrue(e.getMessage().contains("test-labels-idx1-ubyte holds label 2"), e.getMessage());
        assertTrue(e.getMessage().contains("names only 2 classes (labels 0 to 1)"), e.getMessage());
    }

    @Test
    void withoutClassNamesTheLabelNumbersUpToTheLargestNameTheClasses() throws IOException {
        Path dir = TestData.idxFolder(temp.resolve("d"), 6, 4, "test", 3);
        DataSplit split = IdxFolder.load(dir, "d", null);
        assertEquals(List.of("0", "1", "2"), split.train().classNames());
    }

    @Test
    void aBlankClassNameLineIsReportedByNumber() throws IOException {
        Path dir = TestData.idxFolder(temp.resolve("d"), 6, 0, "test", 2);
        Files.writeString(dir.resolve(IdxFolder.CLASSES_FILE), "zero\n \none\n\n");
        DataFileException e = assertThrows(DataFileException.class, () -> IdxFolder.classNames(dir, null));
        assertTrue(e.getMessage().contains("line 2 is blank"), e.getMessage());
    }
}
