package workbench.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * NumPy {@code .npy} files, so codes, reconstructions and datasets move between the workbench and
 * Python without a converter. Writes what {@code numpy.save} writes for a C-order float32 array
 * (format 1.0, byte for byte); reads formats 1.0 to 3.0, C or Fortran order, and the common numeric
 * dtypes, converting them to float32.
 *
 * <p>The stream methods neither close nor read past the array, so they work on zip entries (as in
 * an {@code .npz}) and on streams holding more after the array.
 */
public final class Npy {

    /** Data is moved in chunks of this many bytes, so a bogus header cannot make us allocate it all up front. */
    private static final int CHUNK_BYTES = 1 << 16;
    /** numpy itself refuses headers above 10000 bytes by default; allow more, but not absurdly more. */
    private static final int MAX_HEADER_BYTES = 1 << 20;
    /** Values allocated before any data has arrived; the array grows from there. */
    private static final int FIRST_ALLOCATION = 1 << 20;

    private Npy() {
    }

    public static void write(OutputStream out, NpyArray array) throws IOException {
        out.write(NpyHeader.formatVersion1(array.shape()));
        float[] data = array.data();
        writeChunks(out, data.length, Float.BYTES, (buf, start, n) -> buf.asFloatBuffer().put(data, start, n));
    }

    /** Puts {@code n} values, from value {@code start} on, into {@code buf}. */
    @FunctionalInterface
    private interface ChunkWriter {
        void put(ByteBuffer buf, int start, int n);
    }

    /** Writes {@code count} values of {@code itemSize} bytes, little-endian, a chunk at a time. */
    private static void writeChunks(OutputStream out, int count, int itemSize, ChunkWriter writer) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int perChunk = CHUNK_BYTES / itemSize;
        for (int start = 0; start < count; start += perChunk) {
            int n = Math.min(perChunk, count - start);
            buf.clear();
            writer.put(buf, start, n);
            out.write(buf.array(), 0, n * itemSize);
        }
    }

    /** Writes the matrix as a 2-D array (rows, columns). */
    public static void write(OutputStream out, FMatrixRMaj matrix) throws IOException {
        write(out, NpyArray.of(matrix));
    }

    /** Writes the file atomically: a reader sees the old file or the whole new one, never half. */
    public static void write(Path file, NpyArray array) throws IOException {
        AtomicFiles.write(file, out -> write(out, array));
    }

    public static void write(Path file, FMatrixRMaj matrix) throws IOException {
        write(file, NpyArray.of(matrix));
    }

    public static byte[] toBytes(NpyArray array) {
        return inMemory(128 + array.size() * Float.BYTES, out -> write(out, array));
    }

    private static byte[] inMemory(int size, AtomicFiles.IOConsumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            writer.accept(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    public static NpyArray read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static NpyArray read(byte[] bytes) throws IOException {
        return read(new ByteArrayInputStream(bytes), "the .npy data");
    }

    public static NpyArray read(InputStream in) throws IOException {
        return read(in, "the .npy stream");
    }

    /** As {@link #read(InputStream)}, naming {@code source} (a file or zip entry) in error messages. */
    public static NpyArray read(InputStream in, String source) throws IOException {
        Layout layout = readLayout(in, source);
        int[] shape = layout.header().shape();
        float[] data = readData(in, layout.dtype(), layout.count(), shape, source);
        if (layout.header().fortranOrder() && shape.length > 1) {
            data = fortranToC(data, shape);
        }
        return new NpyArray(shape, data);
    }

    /**
     * Writes a 1-D int32 array ({@code '<i4'}), as {@code numpy.save} writes an {@code np.int32}
     * vector: row numbers, which float32 holds exactly only up to 2^24.
     */
    public static void writeInt32(OutputStream out, int[] values) throws IOException {
        out.write(NpyHeader.formatVersion1(NpyDtype.INT32_LE.descr(), new int[] {values.length}));
        writeChunks(out, values.length, Integer.BYTES, (buf, start, n) -> buf.asIntBuffer().put(values, start, n));
    }

    /** The bytes of {@link #writeInt32}, for a zip entry. */
    public static byte[] int32Bytes(int[] values) {
        return inMemory(128 + values.length * Integer.BYTES, out -> writeInt32(out, values));
    }

    /**
     * A 1-D array of whole numbers, read exactly (not through float32): any signed or unsigned integer
     * dtype, each value within int's range. A float array is refused, not rounded, since row numbers
     * saved as floats by mistake would otherwise pass.
     */
    public static int[] readIntVector(InputStream in, String source) throws IOException {
        Layout layout = readLayout(in, source);
        NpyDtype dtype = layout.dtype();
        int[] shape = layout.header().shape();
        if (dtype.kind() != 'i' && dtype.kind() != 'u') {
            throw new IOException(source + " holds '" + dtype.descr() + "' values; expected whole numbers of an"
                    + " integer type such as '<i4'. Save the array with a.astype(np.int32)");
        }
        if (shape.length != 1) {
            throw new IOException(source + " has shape " + NpyArray.shapeString(shape) + "; expected a 1-D array"
                    + " (one value after another). Save it with a.ravel()");
        }
        int count = layout.count();
        int[][] values = {new int[Math.min(count, FIRST_ALLOCATION)]};
        readChunks(in, dtype, count, shape, source, (buf, first, n) -> {
            if (first + n > values[0].length) {
                values[0] = Arrays.copyOf(values[0], grownLength(count, first + n, values[0].length));
            }
            for (int i = first; i < first + n; i++) {
                long v = dtype.decodeWhole(buf);
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw new IOException(source + ": value " + i + " is " + Long.toUnsignedString(v)
                            + ", beyond a 32-bit int; expected row numbers or labels");
                }
                values[0][i] = (int) v;
            }
        });
        return values[0];
    }

    /** What the header says: how the values are laid out, their type, and how many there are. */
    private record Layout(NpyHeader header, NpyDtype dtype, int count) {
    }

    /** Reads the preamble and the header, leaving the stream at the first data byte. */
    private static Layout readLayout(InputStream in, String source) throws IOException {
        byte[] preamble = in.readNBytes(8);
        checkMagic(preamble, source);
        int major = preamble[6] & 0xFF;
        int minor = preamble[7] & 0xFF;
        int lengthBytes = switch (major) {
            case 1 -> 2;
            case 2, 3 -> 4;
            default -> throw new IOException(source + ": .npy format version " + major + "." + minor
                    + " is not supported; expected 1.0, 2.0 or 3.0. Save it again with numpy.save");
        };
        byte[] lengthField = in.readNBytes(lengthBytes);
        if (lengthField.length < lengthBytes) {
            throw truncated(source, "the header length");
        }
        long headerLength = ByteBuffer.wrap(lengthBytes == 2 ? Arrays.copyOf(lengthField, 4) : lengthField)
                .order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        if (headerLength > MAX_HEADER_BYTES) {
            throw new IOException(source + ": the .npy header claims to be " + headerLength
                    + " bytes long, more than the " + MAX_HEADER_BYTES + " allowed; the file is damaged");
        }
        byte[] headerBytes = in.readNBytes((int) headerLength);
        if (headerBytes.length < headerLength) {
            throw truncated(source, "the header (" + headerLength + " bytes, " + headerBytes.length + " present)");
        }
        String headerText = new String(headerBytes,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header;
        NpyDtype dtype;
        try {
            header = NpyHeader.parse(headerText);
            dtype = NpyDtype.parse(header.descr());
        } catch (IOException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        int[] shape = header.shape();
        long count = 1;
        for (int dim : shape) {
            count *= dim;
            if (count > Integer.MAX_VALUE - 8) {
                throw new IOException(source + ": the array of shape " + NpyArray.shapeString(shape)
                        + " has more than 2^31 values, too many to hold; split it into smaller files");
            }
        }
        return new Layout(header, dtype, (int) count);
    }

    private static void checkMagic(byte[] preamble, String source) throws IOException {
        boolean ok = preamble.length == 8;
        for (int i = 0; ok && i < NpyHeader.MAGIC.length; i++) {
            ok = preamble[i] == NpyHeader.MAGIC[i];
        }
        if (ok) {
            return;
        }
        if (preamble.length == 0) {
            throw new IOException(source + " is empty (0 bytes); expected a NumPy .npy file written by"
                    + " numpy.save");
        }
        if (preamble.length >= 2 && preamble[0] == 'P' && preamble[1] == 'K') {
            throw new IOException(source + " is a zip archive (perhaps an .npz), not a single .npy array;"
                    + " open the archive and read the .npy entry inside it");
        }
        if (preamble.length < 8 && startsWithMagic(preamble)) {
            throw truncated(source, "the 8-byte preamble (" + preamble.length + " bytes present)");
        }
        throw new IOException(source + " is not a NumPy .npy file: it does not start with the bytes"
                + " \\x93NUMPY (it starts with " + describe(preamble) + "). Expected a file written by"
                + " numpy.save");
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < bytes.length && i < NpyHeader.MAGIC.length; i++) {
            if (bytes[i] != NpyHeader.MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 6); i++) {
            sb.append(String.format("%02x ", bytes[i] & 0xFF));
        }
        return "bytes " + sb.toString().strip();
    }

    private static IOException truncated(String source, String what) {
        return new IOException(source + ": truncated .npy file, it ends inside " + what
                + ". The file was probably cut off while being written or copied; save or copy it again");
    }

    private static float[] readData(InputStream in, NpyDtype dtype, int count, int[] shape, String source)
            throws IOException {
        float[][] data = {new float[Math.min(count, FIRST_ALLOCATION)]};
        readChunks(in, dtype, count, shape, source, (buf, first, n) -> {
            if (first + n > data[0].length) {
                data[0] = Arrays.copyOf(data[0], grownLength(count, first + n, data[0].length));
            }
            dtype.decode(buf, data[0], first, n);
        });
        return data[0];
    }

    /** Takes {@code n} values, from value {@code first} on, out of {@code buf}. */
    @FunctionalInterface
    private interface ChunkReader {
        void take(ByteBuffer buf, int first, int n) throws IOException;
    }

    /**
     * Hands the data to {@code reader} a chunk at a time, so the caller can grow its array as data
     * arrives: a bogus header cannot make us allocate the count it claims up front.
     */
    private static void readChunks(InputStream in, NpyDtype dtype, int count, int[] shape, String source,
                                   ChunkReader reader) throws IOException {
        int itemSize = dtype.itemSize();
        int perChunk = CHUNK_BYTES / itemSize;
        byte[] chunk = new byte[CHUNK_BYTES];
        int done = 0;
        while (done < count) {
            int want = Math.min(perChunk, count - done);
            int got = in.readNBytes(chunk, 0, want * itemSize);
            if (got < want * itemSize) {
                long expected = (long) count * itemSize;
                long present = (long) done * itemSize + got;
                throw new IOException(source + ": truncated .npy file: the header declares shape "
                        + NpyArray.shapeString(shape) + " of '" + dtype.descr() + "', i.e. " + expected
                        + " data bytes, but only " + present + " follow. The file was probably cut off"
                        + " while being written or copied; save or copy it again");
            }
            reader.take(ByteBuffer.wrap(chunk, 0, want * itemSize).order(dtype.order()), done, want);
            done += want;
        }
    }

    /** Doubling, but never past the declared count nor short of what is needed. */
    private static int grownLength(int count, int needed, int current) {
        return (int) Math.min(count, Math.max(needed, 2L * current));
    }

    /** Reorders column-major (first index fastest) values into row-major (last index fastest). */
    static float[] fortranToC(float[] f, int[] shape) {
        int n = shape.length;
        int[] fStride = new int[n];
        int stride = 1;
        for (int k = 0; k < n; k++) {
            fStride[k] = stride;
            stride *= shape[k];
        }
        float[] c = new float[f.length];
        int[] index = new int[n];
        int offset = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = f[offset];
            for (int k = n - 1; k >= 0; k--) {
                index[k]++;
                offset += fStride[k];
                if (index[k] < shape[k]) {
                    break;
                }
                offset -= fStride[k] * shape[k];
                index[k] = 0;
            }
        }
        return c;
    }
}
