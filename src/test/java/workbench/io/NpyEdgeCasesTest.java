package workbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * .npy files past the sizes the fixtures have: more data than one 64 KiB chunk or the first
 * 2^20-value buffer, unsigned 64-bit values, and the messages for files that are not .npy at all.
 */
class NpyEdgeCasesTest {
    /** 2^20 + 3 values: the reader's first buffer is 2^20, so it must grow, over 65 chunks. */
    private static final int LARGE = (1 << 20) + 3;

    private static float[] large() {
        float[] v = new float[LARGE];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 0.5f;
        }
        return v;
    }

    @Test
    void anArrayOfManyChunksRoundTripsValueForValue() throws IOException {
        float[] v = large();
        byte[] bytes = Npy.toBytes(NpyArray.vector(v));
        assertEquals(128 + 4L * LARGE, bytes.length, "a 128-byte header, then 4 bytes a value");
        NpyArray back = Npy.read(bytes);
        assertArrayEquals(new int[] {LARGE}, back.shape());
        assertArrayEquals(v, back.data());
    }

    @Test
    void truncationInALaterChunkCountsTheBytesOfEveryChunk() {
        byte[] whole = Npy.toBytes(NpyArray.vector(large()));
        IOException e = assertThrows(IOException.class, () -> Npy.read(Arrays.copyOf(whole, whole.length - 5)));
        long expected = 4L * LARGE;
        assertTrue(e.getMessage().contains(expected + " data bytes, but only " + (expected - 5) + " follow"),
                e.getMessage());
    }

    @Test
    void unsignedSixtyFourBitValuesAboveTheSignedRangeStayPositive() throws IOException {
        ByteBuffer data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        data.putLong(5);
        data.putLong(-1L); // 2^64 - 1
        data.putLong(Long.MIN_VALUE + 1); // 2^63 + 1
        byte[] file = handMade("{'descr': '<u8', 'fortran_order': False, 'shape': (3,), }", data.array());
        float[] v = Npy.read(file).data();
        assertEquals(5f, v[0]);
        assertEquals(0x1p64f, v[1]);
        assertEquals(0x1p63f, v[2]);
    }

    @Test
    void aFileThatIsNotNpySaysWhatItStartsWith() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0};
        IOException e = assertThrows(IOException.class, () -> Npy.read(png));
        assertTrue(e.getMessage().contains("starts with bytes 89 50 4e 47 0d 0a)"), e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(new byte[] {'P', 'K'}));
        assertTrue(e.getMessage().contains("zip"), "two bytes are enough to know a zip: " + e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(new byte[] {(byte) 0x93, 'N', 'U', 'M'}));
        assertTrue(e.getMessage().contains("8-byte preamble (4 bytes present)"), e.getMessage());
        e = assertThrows(IOException.class, () -> Npy.read(new byte[] {(byte) 0x93, 'N', 'O'}));
        assertTrue(e.getMessage().contains("not a NumPy .npy file"), "a wrong third byte: " + e.getMessage());
    }

    @Test
    void spacesAroundEveryTokenAndPythonTwoLongSuffixesAreRead() throws IOException {
        byte[] spaced = handMade("{ 'descr' : '<f4' , 'fortran_order' : False , 'shape' : ( 2 , 3 ) , }",
                new byte[24]);
        assertArrayEquals(new int[] {2, 3}, Npy.read(spaced).shape());
        byte[] python2 = handMade("{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 3l), }", new byte[24]);
        assertArrayEquals(new int[] {2, 3}, Npy.read(python2).shape());
    }

    @Test
    void anUnknownVersionIsNamedInFull() {
        byte[] file = handMade("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", new byte[4]);
        file[6] = 4;
        file[7] = 1;
        IOException e = assertThrows(IOException.class, () -> Npy.read(file));
        assertTrue(e.getMessage().contains("version 4.1 is not supported"), e.getMessage());
    }

    private static byte[] handMade(String header, byte[] data) {
        byte[] text = (header + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + text.length + data.length];
        System.arraycopy(NpyHeader.MAGIC, 0, out, 0, 6);
        out[6] = 1;
        out[8] = (byte) text.length;
        System.arraycopy(text, 0, out, 10, text.length);
        System.arraycopy(data, 0, out, 10 + text.length, data.length);
        return out;
    }
}
