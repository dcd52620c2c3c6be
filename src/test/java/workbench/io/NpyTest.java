package workbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixtures in src/test/resources/npy/ are written by numpy (tools/fixtures/make_npy_fixtures.py);
 * the expected values below follow the formulas in that script.
 */
class NpyTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = NpyTest.class.getResourceAsStream("/npy/" + name)) {
            if (in == null) {
                throw new IOException("missing test fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    private static float[] values(int n, java.util.function.IntToDoubleFunction f) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) f.applyAsDouble(i);
        }
        return out;
    }

    @Test
    void roundTripsEveryShape() throws IOException {
        int[][] shapes = {{}, {5}, {3, 4}, {2, 3, 4}, {0, 3}};
        for (int[] shape : shapes) {
            int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            NpyArray array = new NpyArray(shape, values(n, i -> i * 0.25 - 1));
            byte[] bytes = Npy.toBytes(array);
            int headerEnd = headerEnd(bytes);
            assertEquals(0, headerEnd % 64, "data must start on a 64-byte boundary for " + array);
            assertEquals('\n', bytes[headerEnd - 1]);
            assertEquals(headerEnd + 4 * n, bytes.length);
            NpyArray back = Npy.read(bytes);
            assertArrayEquals(shape, back.shape());
            assertEquals(array, back);
        }
    }

    private static int headerEnd(byte[] bytes) {
        return 10 + ((bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8);
    }

    @Test
    void writesExactlyWhatNumpySaveWrites() throws IOException {
        NpyArray array = new NpyArray(new int[] {3, 4}, values(12, i -> i / 7.0));
        assertArrayEquals(fixture("f4_c_3x4.npy"), Npy.toBytes(array));
    }

    @Test
    void readsFloat32COrder() throws IOException {
        NpyArray a = Npy.read(fixture("f4_c_3x4.npy"));
        assertArrayEquals(new int[] {3, 4}, a.shape());
        assertArrayEquals(values(12, i -> i / 7.0), a.data());
        FMatrixRMaj m = a.toMatrix();
        assertEquals(3, m.numRows);
        assertEquals((float) (6 / 7.0), m.get(1, 2));
    }

    @Test
    void readsFloat64AsFloat() throws IOException {
        NpyArray a = Npy.read(fixture("f8_2x3.npy"));
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(values(6, i -> i / 3.0 - 0.5), a.data());
    }

    @Test
    void reordersFortranOrderIntoCOrder() throws IOException {
        NpyArray a = Npy.read(fixture("f4_fortran_3x2.npy"));
        assertArrayEquals(new int[] {3, 2}, a.shape());
        assertArrayEquals(values(6, i -> i * 1.5), a.data());
        NpyArray b = Npy.read(fixture("f4_fortran_2x3x4.npy"));
        assertArrayEquals(new int[] {2, 3, 4}, b.shape());
        assertArrayEquals(values(24, i -> i), b.data());
    }

    @Test
    void readsBigEndian() throws IOException {
        NpyArray a = Npy.read(fixture("f4_big_endian_4.npy"));
        assertArrayEquals(new float[] {1f, -2.5f, 3.25f, 1e-3f}, a.toVector());
    }

    @Test
    void readsVersion2And3Headers() throws IOException {
        NpyArray v2 = Npy.read(fixture("f4_v2_2x2.npy"));
        assertEquals(2, fixture("f4_v2_2x2.npy")[6]);
        assertArrayEquals(new int[] {2, 2}, v2.shape());
        assertArrayEquals(new float[] {1, 2, 3, 4}, v2.data());
        NpyArray v3 = Npy.read(fixture("f4_v3_3.npy"));
        assertEquals(3, fixture("f4_v3_3.npy")[6]);
        assertArrayEquals(new float[] {0.5f, 1.5f, 2.5f}, v3.toVector());
    }

    @Test
    void readsIntegerTypes() throws IOException {
        assertArrayEquals(new int[] {0, 1, 127, 128, 255}, Npy.read(fixture("u1_5.npy")).toIntVector());
        assertArrayEquals(new int[] {-7, 0, 123456}, Npy.read(fixture("i4_3.npy")).toIntVector());
        assertArrayEquals(new int[] {-1, 2, 16777216}, Npy.read(fixture("i8_3.npy")).toIntVector());
    }

    @Test
    void truncatedDataIsReportedWithSizes() throws IOException {
        byte[] whole = fixture("f4_c_3x4.npy");
        IOException e = assertThrows(IOException.class,
                () -> Npy.read(Arrays.copyOf(whole, whole.length - 5)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("(3, 4)"), e.getMessage());
        assertTrue(e.getMessage().contains("48 data bytes, but only 43"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsReported() throws IOException {
        byte[] whole = fixture("f4_c_3x4.npy");
        IOException e = assertThrows(IOException.class, () -> Npy.read(Arrays.copyOf(whole, 40)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(Arrays.copyOf(whole, 4)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void badMagicSaysWhatTheFileIsNot() {
        IOException e = assertThrows(IOException.class,
                () -> Npy.read("hello, world".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("not a NumPy .npy file"), e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(new byte[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0}));
        assertTrue(e.getMessage().contains("zip"), e.getMessage());
    }

    @Test
    void unsupportedDtypeAndStructuredArraysAreRefused() {
        IOException e = assertThrows(IOException.class,
                () -> Npy.read(handMade("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }", 8)));
        assertTrue(e.getMessage().contains("unsupported .npy element type '<c8'"), e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(
                handMade("{'descr': [('a', '<f4'), ('b', '<i4')], 'fortran_order': False, 'shape': (1,), }", 8)));
        assertTrue(e.getMessage().contains("structured"), e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(handMade("{'descr': '<f4', 'shape': (1,", 4)));
        assertTrue(e.getMessage().contains("header could not be read"), e.getMessage());
    }

    @Test
    void headerKeyOrderAndSpacingDoNotMatter() throws IOException {
        byte[] bytes = handMade("{\"shape\":(2,),\"fortran_order\":False,\"descr\":\"<f4\"}", 8);
        assertArrayEquals(new int[] {2}, Npy.read(bytes).shape());
    }

    /** A version 1.0 file with the given header text followed by {@code dataBytes} zero bytes. */
    private static byte[] handMade(String header, int dataBytes) {
        byte[] text = (header + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + text.length + dataBytes];
        System.arraycopy(NpyHeader.MAGIC, 0, out, 0, 6);
        out[6] = 1;
        out[8] = (byte) text.length;
        out[9] = (byte) (text.length >> 8);
        System.arraycopy(text, 0, out, 10, text.length);
        return out;
    }

    @Test
    void streamReadingStopsAtTheEndOfTheArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyArray first = NpyArray.vector(new float[] {1, 2, 3});
        FMatrixRMaj second = new FMatrixRMaj(2, 2, true, 5, 6, 7, 8);
        Npy.write(out, first);
        Npy.write(out, second);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertEquals(first, Npy.read(in));
        FMatrixRMaj back = Npy.read(in).toMatrix();
        assertArrayEquals(second.data, back.data);
        assertEquals(-1, in.read());
    }

    @Test
    void filesAreWrittenAndNamedInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/codes.npy");
        NpyArray array = new NpyArray(new int[] {2, 3}, values(6, i -> i));
        Npy.write(file, array);
        assertEquals(array, Npy.read(file));
        java.nio.file.Files.write(file, new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> Npy.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void arrayHelpers() {
        NpyArray images = new NpyArray(new int[] {2, 1, 2, 2}, values(8, i -> i));
        FMatrixRMaj rows = images.toRowMatrix();
        assertEquals(2, rows.numRows);
        assertEquals(4, rows.numCols);
        assertEquals(7f, rows.get(1, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, images::toMatrix);
        assertTrue(e.getMessage().contains("toRowMatrix"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NpyArray(new int[] {2, 2}, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> NpyArray.vector(new float[] {0.5f}).toIntVector());
        assertEquals("(5,)", new NpyArray(new int[] {5}, new float[5]).shapeString());
        assertEquals("()", NpyArray.scalar(1f).shapeString());
    }
}
