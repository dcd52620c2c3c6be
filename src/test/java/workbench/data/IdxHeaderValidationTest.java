package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link IdxReader}'s header checks on hand-made headers: sizes are big-endian 32-bit numbers (so a
 * count above 255 or 65535 must come out whole), and each way a header can lie is reported in words.
 */
class IdxHeaderValidationTest {
    @TempDir
    Path dir;

    /** An unsigned-byte IDX file: magic 00 00 08 dims, then each size as 4 big-endian bytes, then payload. */
    private Path idx(String name, int[] sizes, byte[] payload) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, 0, 0x08, (byte) sizes.length});
        for (int s : sizes) {
            out.write(new byte[] {(byte) (s >>> 24), (byte) (s >>> 16), (byte) (s >>> 8), (byte) s});
        }
        out.write(payload);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static String message(DataFileException e) {
        return e.getMessage();
    }

    @Test
    void imagesWhosePixelCountOverflowsAreRefusedInWords() throws IOException {
        // issue 13, finding 5: 0 images of 65536x65536 read as "0 units", or "Cols are negative" from EJML
        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxReader.readImages(idx("wide", new int[] {0, 65_536, 65_536}, new byte[0])));
        assertTrue(message(e).contains("images of 65536x65536 pixels, more than"), message(e));
    }

    @Test
    void aHeaderAnnouncingMoreThanTheHeapIsRefusedBeforeAllocating() throws IOException {
        // a few bytes on disk announcing 2,000,000 images of 32x32: 2 GB of bytes and 8 GB of floats
        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxReader.readImages(idx("bomb", new int[] {2_000_000, 32, 32}, new byte[16])));
        assertTrue(message(e).contains("would take about 9,765 MB to load"), message(e));
        assertTrue(message(e).contains("-Xmx"), "what to do: " + message(e));
    }

    @Test
    void labelCountAbove65535IsReadFromAllFourBytes() throws IOException {
        byte[] payload = new byte[65_536 + 300];
        payload[payload.length - 1] = 7;
        int[] labels = IdxReader.readLabels(idx("l", new int[] {payload.length}, payload));
        assertEquals(65_836, labels.length);
        assertEquals(7, labels[65_835]);
    }

    @Test
    void announcedSizesAreQuotedWholeWhenThePayloadIsMissing() throws IOException {
        // 0x01020304 needs every byte in its place: 16909060
        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxReader.readLabels(idx("l", new int[] {0x01020304}, new byte[0])));
        assertTrue(message(e).contains("announces 16909060 labels"), message(e));
        assertTrue(message(e).contains("only 0 bytes follow"), message(e));
    }

    @Test
    void theLargestLoadableCountIsAcceptedAndOneMoreIsNot() throws IOException {
        int largest = Integer.MAX_VALUE - 16;
        DataFileException truncated = assertThrows(DataFileException.class,
                () -> IdxReader.readLabels(idx("a", new int[] {largest}, new byte[3])));
        assertTrue(message(truncated).contains("is truncated"), message(truncated));
        DataFileException tooMany = assertThrows(DataFileException.class,
                () -> IdxReader.readLabels(idx("b", new int[] {largest + 1}, new byte[0])));
        assertTrue(message(tooMany).contains("too many to load"), message(tooMany));
        // the product of the sizes counts, not any one of them
        DataFileException product = assertThrows(DataFileException.class,
                () -> IdxReader.readImages(idx("c", new int[] {65_536, 256, 256}, new byte[0])));
        assertTrue(message(product).contains("too many to load"), message(product));
    }

    @Test
    void aSizeWithTheTopBitSetIsImpossible() throws IOException {
        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxReader.readImages(idx("i", new int[] {2, 0x80000000, 1}, new byte[0])));
        assertTrue(message(e).contains("dimension 2 has an impossible size (2147483648)"), message(e));
    }

    @Test
    void emptyFilesAndOnePixelImagesAreValid() throws IOException {
        assertEquals(0, IdxReader.readLabels(idx("l", new int[] {0}, new byte[0])).length);
        IdxImages one = IdxReader.readImages(idx("i", new int[] {2, 1, 1}, new byte[] {0, (byte) 255}));
        assertEquals(1, one.height());
        assertEquals(1, one.width());
        assertArrayEquals(new float[] {0, 1}, one.pixels().data);
    }

    @Test
    void headerEndingInsideTheSizesSaysHowManyBytesWereMissing() throws IOException {
        Path file = Files.write(dir.resolve("short"), new byte[] {0, 0, 0x08, 0x03, 0, 0, 0, 9, 0, 0});
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readImages(file));
        assertTrue(message(e).contains("3 dimension sizes need 12 bytes but only 6 follow"), message(e));
    }

    @Test
    void zeroDimensionsAreReported() throws IOException {
        Path file = Files.write(dir.resolve("zero"), new byte[] {0, 0, 0x08, 0x00});
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readDimensions(file));
        assertTrue(message(e).contains("announces 0 dimensions"), message(e));
    }

    @Test
    void swappedFilesAreNamedForWhatTheyAre() throws IOException {
        Path labels = idx("l", new int[] {1}, new byte[] {3});
        Path images = idx("i", new int[] {1, 1, 1}, new byte[] {3});
        DataFileException asImages = assertThrows(DataFileException.class, () -> IdxReader.readImages(labels));
        assertTrue(message(asImages).contains("has 1 dimension(s) but an image file has 3"), message(asImages));
        assertTrue(message(asImages).contains("Is it the labels file of the pair?"), message(asImages));
        DataFileException asLabels = assertThrows(DataFileException.class, () -> IdxReader.readLabels(images));
        assertTrue(message(asLabels).contains("has 3 dimension(s) but a label file has 1"), message(asLabels));
        assertTrue(message(asLabels).contains("Is it the images file of the pair?"), message(asLabels));
    }

    @Test
    void wrongMagicIsQuotedAsSpacedHexBytes() throws IOException {
        Path file = Files.write(dir.resolve("m"), new byte[] {0x12, 0x34, 0x08, 0x01, 0, 0, 0, 0});
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(file));
        assertTrue(message(e).contains("this one starts with 12 34 08 01."), message(e));
    }

    @ParameterizedTest
    @CsvSource({"9, signed bytes", "11, 16-bit integers", "12, 32-bit integers", "13, 32-bit floats",
            "14, 64-bit floats", "15, not a valid IDX type"})
    void unsupportedValueTypesAreNamed(int type, String name) throws IOException {
        Path file = Files.write(dir.resolve("t"), new byte[] {0, 0, (byte) type, 0x01, 0, 0, 0, 0});
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.readLabels(file));
        assertTrue(message(e).contains("(" + name + ")"), message(e));
    }

    @Test
    void writerAcceptsOnePixelImagesAndRoundTripsIdxImages() throws IOException {
        FMatrixRMaj pixels = new FMatrixRMaj(new float[][] {{0.2f}, {1f}});
        IdxImages images = new IdxImages(pixels, 1, 1);
        Path file = dir.resolve("one.gz");
        IdxWriter.writeImages(file, images, true);
        IdxImages back = IdxReader.readImages(file);
        assertEquals(1, back.height());
        assertArrayEquals(new float[] {Math.round(0.2f * 255) / 255f, 1f}, back.pixels().data);
    }

    @Test
    void imageShapeThatDoesNotMatchTheColumnsIsRejectedWithBothNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IdxImages(new FMatrixRMaj(1, 6), 2, 4));
        assertTrue(e.getMessage().contains("images of 2x4 need 8 columns, the matrix has 6"), e.getMessage());
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
                () -> IdxWriter.writeImages(dir.resolve("x"), new FMatrixRMaj(1, 6), 2, 4, false));
        assertTrue(w.getMessage().contains("images of 2x4 need 8 columns, the matrix has 6"), w.getMessage());
    }
}
