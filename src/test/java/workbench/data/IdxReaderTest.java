package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void imagesAndLabelsRoundTrip(boolean gzip) throws IOException {
        FMatrixRMaj pixels = TestData.images(5, 3, 4, 0);
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.writeImages(images, pixels, 3, 4, gzip);
        IdxWriter.writeLabels(labels, new int[] {0, 9, 255, 3, 1}, gzip);

        IdxImages read = IdxReader.readImages(images);
        assertEquals(5, read.count());
        assertEquals(3, read.height());
        assertEquals(4, read.width());
        assertArrayEquals(pixels.data, read.pixels().data, 0f);
        assertArrayEquals(new int[] {0, 9, 255, 3, 1}, IdxReader.readLabels(labels));
        assertArrayEquals(new int[] {5, 3, 4}, IdxReader.readDimensions(images));
        byte[] head = Files.readAllBytes(images);
        assertEquals(gzip, (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b);
    }

    @Test
    void compressionIsRecognisedByContentNotName() throws IOException {
        Path gzipWithoutSuffix = dir.resolve("train-images-idx3-ubyte");
        Path rawWithSuffix = dir.resolve("other-images-idx3-ubyte.gz");
        IdxWriter.writeImages(gzipWithoutSuffix, TestData.images(2, 2, 2, 3), 2, 2, true);
        IdxWriter.writeImages(rawWithSuffix, TestData.images(2, 2, 2, 3), 2, 2, false);
        assertArrayEquals(IdxReader.readImages(gzipWithoutSuffix).pixels().data,
                IdxReader.readImages(rawWithSuffix).pixels().data, 0f);
    }

    @Test
    void pixelValuesAreScaledToUnitRange() throws IOException {
        Path file = dir.resolve("x");
        Files.write(file, new byte[] {0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 3, 0, (byte) 128, (byte) 255});
        float[] values = IdxReader.readImages(file).pixels().data;
        assertArrayEquals(new float[] {0f, 128 / 255f, 1f}, values, 0f);
    }

    @Test
    void truncatedFileReportsExpectedAndActualBytes() throws IOException {
        Path file = dir.resolve("train-images-idx3-ubyte");
        IdxWriter.writeImages(file, TestData.images(4, 5, 5, 0), 5, 5, false);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 30));
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("100 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("only 70 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void truncatedGzipIsReported() throws IOException {
        Path file = dir.resolve("labels.gz");
        int[] labels = new int[5000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (i * 7919) % 256;
        }
        IdxWriter.writeLabels(file, labels, true);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains("gzip") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void wrongMagicIsRejected() throws IOException {
        Path file = dir.resolve("picture.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("not an IDX file"), e.getMessage());
        assertTrue(e.getMessage().contains("89 50 4E 47"), e.getMessage());
    }

    @Test
    void wrongValueTypeIsRejected() throws IOException {
        Path file = dir.resolve("floats");
        Files.write(file, new byte[] {0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0});
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains("0x0D") && e.getMessage().contains("32-bit floats"), e.getMessage());
    }

    @Test
    void labelsFileReadAsImagesIsRejected() throws IOException {
        Path file = dir.resolve("labels");
        IdxWriter.writeLabels(file, new int[] {1, 2}, false);
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("1 dimension(s)") && e.getMessage().contains("labels file"),
                e.getMessage());
    }

    @Test
    void trailingBytesAreRejected() throws IOException {
        Path file = dir.resolve("labels");
        IdxWriter.writeLabels(file, new int[] {1, 2, 3}, false);
        Files.write(file, new byte[] {9, 9, 9, 9}, java.nio.file.StandardOpenOption.APPEND);
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains("4 bytes after"), e.getMessage());
        assertTrue(e.getMessage().contains("exactly 3 bytes"), e.getMessage());
    }

    @Test
    void corruptGzipIsReported() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(new byte[] {0, 0, 8, 1, 0, 0, 0, 4, 1, 2, 3, 4});
        }
        byte[] data = bytes.toByteArray();
        for (int i = 10; i < data.length - 8; i++) {
            data[i] = (byte) 0xFF; // scramble the deflate stream, keep the gzip header
        }
        Path file = dir.resolve("labels.gz");
        Files.write(file, data);
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains("gzip file but its compressed data is corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void missingAndTooShortFilesAreReported() throws IOException {
        Path missing = dir.resolve("nothing-here");
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(missing));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());

        Path shortFile = dir.resolve("short");
        Files.write(shortFile, new byte[] {0, 0});
        e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(shortFile));
        assertTrue(e.getMessage().contains("too short"), e.getMessage());
    }

    @Test
    void writerRejectsLabelsThatDoNotFitInAByte() {
        assertThrows(IllegalArgumentException.class,
                () -> IdxWriter.writeLabels(dir.resolve("l"), new int[] {256}, false));
    }
}
