package workbench.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The entries of a zip file, read whole, with a failure told as what it means for the user (the
 * file is missing, cut short, or not a zip at all) rather than as the zip library's words.
 */
final class ZipEntries {
    private ZipEntries() {
    }

    /** @param kind what the file should be, as the messages name it: "model file" */
    static Map<String, byte[]> read(Path file, String kind) throws IOException {
        return read(file, kind, Runtime.getRuntime().maxMemory() / 4);
    }

    /** As {@link #read(Path, String)}, refusing an entry larger than {@code limit} bytes. */
    static Map<String, byte[]> read(Path file, String kind, long limit) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("There is no " + kind + " at " + file + ". Check the path.");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                // only what a model file holds is read; anything else is passed over unread, however large
                if (!wanted(entry.getName())) {
                    continue;
                }
                entries.put(entry.getName(), readBounded(zip, limit, file, entry.getName()));
            }
        } catch (ZipException | EOFException e) {
            throw new ModelFileException(file + " is truncated or corrupt: its zip archive ends early or does not read"
                    + " back. Save the model again, or open another file.", e);
        }
        if (entries.isEmpty()) {
            throw new ModelFileException(file + " is not a " + kind + ": it is empty or not a zip archive."
                    + " Open a model saved by Autoencoder Workbench (a .npz file).");
        }
        return entries;
    }

    /** The entries a model file is made of: its metadata and its arrays. */
    private static boolean wanted(String name) {
        return name.equals("model.json") || name.endsWith(".npy");
    }

    /**
     * An entry's bytes, refused past {@code limit} (a quarter of the heap) rather than read until
     * memory runs out: a 3 MB zip can hold an entry that inflates to gigabytes.
     */
    private static byte[] readBounded(InputStream zip, long limit, Path file, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new ModelFileException(String.format(Locale.ROOT, "%s holds an entry, %s, larger than"
                        + " %,d MB, a quarter of the heap this Java may use. Open another file, or start Java with a"
                        + " larger -Xmx if the model is that large.", file, name, Math.max(1, limit >> 20)));
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
