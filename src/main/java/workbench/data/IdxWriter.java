package workbench.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.ejml.data.FMatrixRMaj;

/**
 * Writes IDX files that {@link IdxReader} (and other MNIST tools) read back: for tests that need
 * small or deliberately broken files, and for users converting their own data to the format the
 * workbench lists beside MNIST. Pixels are stored as round(value * 255), so values read by
 * {@link IdxReader} come back exactly.
 */
public final class IdxWriter {
    private IdxWriter() {
    }

    /**
     * Writes one image per row of {@code pixels} (values in [0, 1], clamped; row-major height x width).
     *
     * @param gzip compress with gzip (then the usual name ends in {@code .gz})
     */
    public static void writeImages(Path file, FMatrixRMaj pixels, int height, int width, boolean gzip)
            throws DataFileException {
        if (height < 1 || width < 1 || pixels.numCols != height * width) {
            throw new IllegalArgumentException("images of " + height + "x" + width + " need "
                    + (long) height * width + " columns, the matrix has " + pixels.numCols);
        }
        int count = pixels.numRows;
        byte[] bytes = new byte[count * height * width];
        for (int i = 0; i < bytes.length; i++) {
            float v = pixels.data[i];
            if (Float.isNaN(v)) {
                throw new IllegalArgumentException("pixel " + i + " is NaN");
            }
            bytes[i] = (byte) Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
        }
        write(file, gzip, new int[] {count, height, width}, bytes);
    }

    public static void writeImages(Path file, IdxImages images, boolean gzip) throws DataFileException {
        writeImages(file, images.pixels(), images.height(), images.width(), gzip);
    }

    /** Writes labels, each in 0..255 (one unsigned byte each, as in MNIST). */
    public static void writeLabels(Path file, int[] labels, boolean gzip) throws DataFileException {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i
                        + " does not fit in an unsigned byte (0..255)");
            }
            bytes[i] = (byte) labels[i];
        }
        write(file, gzip, new int[] {labels.length}, bytes);
    }

    private static void write(Path file, boolean gzip, int[] dims, byte[] payload) throws DataFileException {
        try (OutputStream os = open(file, gzip); DataOutputStream out = new DataOutputStream(os)) {
            out.writeByte(0);
            out.writeByte(0);
            out.writeByte(IdxReader.TYPE_UNSIGNED_BYTE);
            out.writeByte(dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(payload);
        } catch (IOException e) {
            throw new DataFileException(file + " could not be written: " + e.getMessage()
                    + ". Check that the folder exists and is writable.", e);
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }
}
