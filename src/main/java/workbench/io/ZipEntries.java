package workbench.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("There is no " + kind + " at " + file + ". Check the path.");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
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

    static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
