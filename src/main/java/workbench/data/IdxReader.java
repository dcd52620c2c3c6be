package workbench.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads IDX files (the MNIST format: a 4-byte magic number, big-endian dimension sizes, then
 * unsigned bytes), gzip-compressed or not. Compression is recognised by the gzip magic bytes rather
 * than the file name, because downloads are often decompressed by a browser without being renamed.
 * Every size is checked against the header so that a truncated or padded download is reported with
 * byte counts instead of silently producing shifted images.
 */
public final class IdxReader {
    /** Type byte of unsigned 8-bit values, the only type the workbench's datasets use. */
    static final int TYPE_UNSIGNED_BYTE = 0x08;

    private static final int BUFFER = 1 << 16;
    private static final long MAX_VALUES = Integer.MAX_VALUE - 16;

    private IdxReader() {
    }

    /** Images of an IDX file with 3 dimensions (count, rows, columns), scaled from 0..255 to [0, 1]. */
    public static IdxImages readImages(Path file) throws DataFileException {
        return read(file, 3, (in, dims) -> {
            int count = dims[0];
            int height = dims[1];
            int width = dims[2];
            if (height < 1 || width < 1) {
                throw new DataFileException(file + ": its header announces images of " + height + "x"
                        + width + " pixels; an image file needs at least 1x1. The file is damaged or is "
                        + "not an image file.");
            }
            if ((long) height * width > MAX_VALUES) {
                // the product overflows an int: it was "Cols are negative" from EJML, or "0 units"
                throw new DataFileException(file + ": its header announces images of " + height + "x" + width
                        + " pixels, more than " + MAX_VALUES + " values an image. The file is damaged or is not an"
                        + " image file.");
            }
            long values = (long) count * height * width;
            // the file's bytes and their floats, held at once while converting: checked before either is made
            HeapBudget.require(values * 5, file + " (" + count + " images of " + height + "x" + width + ")");
            byte[] bytes = readPayload(file, in, values, count + " images of " + height + "x" + width + " pixels");
            FMatrixRMaj pixels = new FMatrixRMaj(count, height * width);
            float[] data = pixels.data;
            for (int i = 0; i < bytes.length; i++) {
                data[i] = (bytes[i] & 0xFF) / 255f;
            }
            return new IdxImages(pixels, height, width);
        });
    }

    /** Labels of an IDX file with 1 dimension, each 0..255. */
    public static int[] readLabels(Path file) throws DataFileException {
        return read(file, 1, (in, dims) -> {
            byte[] bytes = readPayload(file, in, dims[0], dims[0] + " labels");
            int[] labels = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                labels[i] = bytes[i] & 0xFF;
            }
            return labels;
        });
    }

    /**
     * The dimension sizes from the header alone, for listing a dataset without decompressing its
     * pixels: {count, rows, columns} for images, {count} for labels.
     */
    public static int[] readDimensions(Path file) throws DataFileException {
        return read(file, -1, (in, dims) -> dims);
    }

    private interface Body<T> {
        T read(InputStream in, int[] dims) throws IOException;
    }

    /** Opens the file, checks the header (expecting {@code dimensions}, or any when negative), reads the body. */
    private static <T> T read(Path file, int dimensions, Body<T> body) throws DataFileException {
        boolean gzip = false;
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
            gzip = isGzip(buffered);
            InputStream in = gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
            int[] dims = readHeader(file, in, dimensions);
            return body.read(in, dims);
        } catch (DataFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + " does not exist. Check the path, or copy the file there.", e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(file + " cannot be read: permission denied. Check the file's "
                    + "permissions.", e);
        } catch (ZipException e) {
            throw new DataFileException(file + " starts like a gzip file but its compressed data is "
                    + "corrupt (" + e.getMessage() + "). Download or copy the file again, or give the "
                    + "uncompressed IDX file instead.", e);
        } catch (EOFException e) {
            throw new DataFileException(file + (gzip
                    ? " is a gzip file whose compressed data ends early: the file is truncated. "
                    : " ends early. ") + "Download or copy the file again.", e);
        } catch (IOException e) {
            throw new DataFileException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    private static int[] readHeader(Path file, InputStream in, int expectedDims) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (magic.length < 4) {
            throw new DataFileException(file + " is too short to be an IDX file: it has " + magic.length
                    + " bytes, but an IDX file starts with a 4-byte magic number (00 00 08 0n). "
                    + "Download or copy the file again.");
        }
        if (magic[0] != 0 || magic[1] != 0) {
            throw new DataFileException(file + " is not an IDX file: an IDX file starts with the bytes "
                    + "00 00 08 0n but this one starts with " + hex(magic) + ". Give the MNIST-style "
                    + "'*-idx3-ubyte' or '*-idx1-ubyte' file (gzip-compressed or not).");
        }
        int type = magic[2] & 0xFF;
        if (type != TYPE_UNSIGNED_BYTE) {
            throw new DataFileException(file + " holds IDX values of type 0x" + String.format("%02X", type)
                    + " (" + typeName(type) + "); only unsigned bytes (type 0x08, as in MNIST) are "
                    + "supported. Convert the values to 0..255 bytes first.");
        }
        int dims = magic[3] & 0xFF;
        if (expectedDims >= 0 && dims != expectedDims) {
            throw new DataFileException(file + " has " + dims + " dimension(s) but "
                    + (expectedDims == 3 ? "an image file has 3 (count, rows, columns)"
                            : "a label file has 1 (count)")
                    + ". Is it the " + (expectedDims == 3 ? "labels" : "images") + " file of the pair?");
        }
        if (dims == 0) {
            throw new DataFileException(file + " announces 0 dimensions; an IDX data file has at least one. "
                    + "The file is damaged.");
        }
        byte[] sizes = in.readNBytes(4 * dims);
        if (sizes.length < 4 * dims) {
            throw new DataFileException(file + " ends inside its header: " + dims + " dimension sizes need "
                    + 4 * dims + " bytes but only " + sizes.length + " follow. Download or copy the file again.");
        }
        int[] result = new int[dims];
        long total = 1;
        for (int d = 0; d < dims; d++) {
            int size = ((sizes[4 * d] & 0xFF) << 24) | ((sizes[4 * d + 1] & 0xFF) << 16)
                    | ((sizes[4 * d + 2] & 0xFF) << 8) | (sizes[4 * d + 3] & 0xFF);
            if (size < 0) {
                throw new DataFileException(file + ": dimension " + (d + 1) + " has an impossible size ("
                        + Integer.toUnsignedString(size) + "). The header is damaged.");
            }
            result[d] = size;
            total *= size;
            if (total > MAX_VALUES) {
                throw new DataFileException(file + " announces more than " + MAX_VALUES
                        + " values, too many to load at once. Split the file into smaller ones.");
            }
        }
        return result;
    }

    /** Reads exactly {@code expected} bytes and insists that nothing follows them. */
    private static byte[] readPayload(Path file, InputStream in, long expected, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) expected);
        if (bytes.length < expected) {
            throw new DataFileException(file + " is truncated: its header announces " + what + ", i.e. "
                    + expected + " bytes of data, but only " + bytes.length + " bytes follow. Download or "
                    + "copy the file again.");
        }
        long extra = 0;
        byte[] skip = new byte[BUFFER];
        int n;
        while ((n = in.read(skip)) > 0) {
            extra += n;
        }
        if (extra > 0) {
            throw new DataFileException(file + " has " + extra + " bytes after the data its header announces "
                    + "(" + what + ", exactly " + expected + " bytes). The header and the data do not "
                    + "match: the file is damaged or was joined with another one.");
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    private static String typeName(int type) {
        switch (type) {
            case 0x09: return "signed bytes";
            case 0x0B: return "16-bit integers";
            case 0x0C: return "32-bit integers";
            case 0x0D: return "32-bit floats";
            case 0x0E: return "64-bit floats";
            default: return "not a valid IDX type";
        }
    }
}
