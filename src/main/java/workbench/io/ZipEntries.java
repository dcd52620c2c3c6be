package workbench.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The entries of a zip file, each read only when asked for by name and only up to its declared
 * size, with a failure told as what it means for the user (the file is missing, cut short, or not a
 * zip at all) rather than as the zip library's words. The archive's directory is read first, so an
 * entry announcing more than the bound is refused before a byte of it is inflated: a 3 MB zip can
 * hold an entry of gigabytes, and an entry nobody asks for is never read at all.
 */
final class ZipEntries implements AutoCloseable {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path file;
    private final ZipFile zip;
    private final long limit;

    private ZipEntries(Path file, ZipFile zip, long limit) {
        this.file = file;
        this.zip = zip;
        this.limit = limit;
    }

    /** @param kind what the file should be, as the messages name it: "model file" */
    static ZipEntries open(Path file, String kind) throws IOException {
        return open(file, kind, Runtime.getRuntime().maxMemory() / 4);
    }

    /** As {@link #open(Path, String)}, refusing an entry larger than {@code limit} bytes. */
    static ZipEntries open(Path file, String kind, long limit) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("There is no " + kind + " at " + file + ". Check the path.");
        }
        if (!startsWithZipMagic(file)) {
            throw new ModelFileException(file + " is not a " + kind + ": it is empty or not a zip archive."
                    + " Open a model saved by Autoencoder Workbench (a .npz file).");
        }
        try {
            return new ZipEntries(file, new ZipFile(file.toFile()), limit);
        } catch (ZipException e) {
            throw corrupt(file, e);
        }
    }

    /** The bytes of the entry {@code name}, or null when the archive has none of that name. */
    byte[] get(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        if (entry.getSize() > limit) {
            throw tooLarge(name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return readBounded(in, entry.getSize(), name);
        } catch (ZipException | EOFException e) {
            throw corrupt(file, e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * An entry's bytes: exactly its declared size when it has one (a larger inflation is corruption),
     * and never more than {@code limit} when it has none.
     */
    private byte[] readBounded(InputStream in, long declared, String name) throws IOException {
        if (declared >= 0) {
            byte[] bytes = in.readNBytes((int) declared);
            if (bytes.length != declared || in.read() != -1) {
                throw corrupt(file, new EOFException(name + " does not hold its declared " + declared + " bytes"));
            }
            return bytes;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw tooLarge(name);
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    private ModelFileException tooLarge(String name) {
        return new ModelFileException(String.format(Locale.ROOT, "%s holds an entry, %s, larger than"
                + " %,d MB, a quarter of the heap this Java may use. Open another file, or start Java with a"
                + " larger -Xmx if the model is that large.", file, name, Math.max(1, limit >> 20)));
    }

    private static ModelFileException corrupt(Path file, IOException e) {
        return new ModelFileException(file + " is truncated or corrupt: its zip archive ends early or does not read"
                + " back. Save the model again, or open another file.", e);
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }

    static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
