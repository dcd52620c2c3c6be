package workbench.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * The format versions of the workbench's files, one number for model and experiment files alike.
 * Version 1 wrote the engine's records by reflection; version 2 writes the schema of
 * {@code io.format}, which keeps every version 1 name and adds the training state, so a version 1
 * file needs no change before it binds. Version 3 adds the layer kinds ZERO_PADDING and CROPPING,
 * which an older workbench could not read. A version that renames a field adds the step that turns
 * older files into its shape here.
 */
public final class FormatVersion {
    /** What this workbench writes. */
    public static final int CURRENT = 3;
    /** The oldest version it reads. */
    public static final int OLDEST = 1;

    private FormatVersion() {
    }

    /** The version {@code root} states; a file that states none is damaged. */
    public static int of(JsonNode root, Path file, String kind) throws ModelFileException {
        if (root.get("formatVersion") == null) {
            throw new ModelFileException(file + " is damaged: it states no formatVersion, which every " + kind
                    + " the workbench writes has.");
        }
        return stated(root, file, kind);
    }

    /** As {@link #of}, for a file people write by hand: one that states no version is read as the current one. */
    public static int orCurrent(JsonNode root, Path file, String kind) throws ModelFileException {
        return root.get("formatVersion") == null ? CURRENT : stated(root, file, kind);
    }

    /** Refuses a version newer than {@link #CURRENT} in words that say what to do. */
    private static int stated(JsonNode root, Path file, String kind) throws ModelFileException {
        JsonNode stated = root.get("formatVersion");
        if (!stated.isIntegralNumber() || !stated.canConvertToInt() || stated.intValue() < OLDEST) {
            throw new ModelFileException(file + " is damaged: its formatVersion (" + stated + ") is not a version of"
                    + " the workbench's files, which are numbered from " + OLDEST + ".");
        }
        int version = stated.intValue();
        if (version > CURRENT) {
            String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
            throw new ModelFileException(file + " is " + article + kind + " of format version " + version
                    + ", written by a newer Autoencoder Workbench; this one reads versions " + readable()
                    + ". Update the workbench to open it.");
        }
        return version;
    }

    /** "1 and 2", "1 to 3". */
    private static String readable() {
        return CURRENT == OLDEST + 1 ? OLDEST + " and " + CURRENT : OLDEST + " to " + CURRENT;
    }
}
