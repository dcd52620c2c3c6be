package workbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** splits.npz: three int32 vectors numpy reads as they are, and a file that is not one refused in words. */
class SplitsFileTest {
    @TempDir
    Path dir;

    @Test
    void theRowsComeBackExactlyAsInt32VectorsNamedByPart() throws IOException {
        // 2^24 + 1 is the first whole number float32 cannot hold: read through floats it would come back 2^24
        int big = (1 << 24) + 1;
        SplitsFile.Rows rows = new SplitsFile.Rows(new int[] {5, 0, big}, new int[] {3}, new int[0]);
        Path file = dir.resolve(SplitsFile.FILE_NAME);
        SplitsFile.write(file, rows);
        SplitsFile.Rows back = SplitsFile.read(file);
        assertArrayEquals(rows.train(), back.train());
        assertArrayEquals(rows.validation(), back.validation());
        assertArrayEquals(rows.test(), back.test());
        try (ZipEntries entries = ZipEntries.open(file, "splits file")) {
            String header = new String(entries.get("train.npy"), 10, 60, StandardCharsets.ISO_8859_1);
            assertTrue(header.startsWith("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }"), header);
            assertTrue(entries.get("validation.npy") != null && entries.get("test.npy") != null);
        }
    }

    @Test
    void integerVectorsOfOtherWidthsReadExactlyAndFloatsAreRefused() throws IOException {
        assertArrayEquals(new int[] {7, -2}, Npy.readIntVector(npy("<i8", new byte[] {7, 0, 0, 0, 0, 0, 0, 0,
                -2, -1, -1, -1, -1, -1, -1, -1}, "(2,)"), "x.npy"));
        assertArrayEquals(new int[] {200}, Npy.readIntVector(npy("|u1", new byte[] {(byte) 200}, "(1,)"), "x.npy"));
        IOException floats = assertThrows(IOException.class,
                () -> Npy.readIntVector(new ByteArrayInputStream(Npy.toBytes(NpyArray.vector(new float[] {1}))), "x.npy"));
        assertTrue(floats.getMessage().contains("x.npy holds '<f4' values; expected whole numbers"), floats.getMessage());
        IOException wide = assertThrows(IOException.class, () -> Npy.readIntVector(npy("<i8",
                new byte[] {0, 0, 0, 0, 1, 0, 0, 0}, "(1,)"), "x.npy"));
        assertTrue(wide.getMessage().contains("beyond a 32-bit int"), wide.getMessage());
        IOException matrix = assertThrows(IOException.class, () -> Npy.readIntVector(npy("|u1", new byte[] {1, 2},
                "(1, 2)"), "x.npy"));
        assertTrue(matrix.getMessage().contains("expected a 1-D array"), matrix.getMessage());
    }

    @Test
    void aFileThatIsNotARunsSplitIsRefusedNamingItAndWhatToDo() throws IOException {
        Path notZip = dir.resolve("text").resolve(SplitsFile.FILE_NAME);
        Files.createDirectories(notZip.getParent());
        Files.writeString(notZip, "not a zip");
        assertRefused(notZip, "it is empty or not a zip archive");

        Path floats = dir.resolve(SplitsFile.FILE_NAME);
        AtomicFiles.write(floats, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            ZipEntries.put(zip, "train.npy", Npy.toBytes(NpyArray.vector(new float[] {1, 2})));
            ZipEntries.put(zip, "validation.npy", Npy.int32Bytes(new int[0]));
            ZipEntries.put(zip, "test.npy", Npy.int32Bytes(new int[] {0}));
            zip.finish();
        });
        assertRefused(floats, "train.npy holds '<f4' values");
    }

    private static void assertRefused(Path file, String why) {
        IOException e = assertThrows(IOException.class, () -> SplitsFile.read(file));
        assertTrue(e.getMessage().startsWith(file + " cannot be read as a run's split: "), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().contains("Train the run again"), e.getMessage());
    }

    /** A hand-made .npy of the dtype {@code descr}: the bytes numpy.save writes for it. */
    private static InputStream npy(String descr, byte[] data, String shape) {
        byte[] header = ("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + header.length + data.length];
        System.arraycopy(NpyHeader.MAGIC, 0, out, 0, NpyHeader.MAGIC.length);
        out[6] = 1;
        out[8] = (byte) header.length;
        System.arraycopy(header, 0, out, 10, header.length);
        System.arraycopy(data, 0, out, 10 + header.length, data.length);
        return new ByteArrayInputStream(out);
    }
}
