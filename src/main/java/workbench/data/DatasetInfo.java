package workbench.data;

import workbench.engine.Shape;

/**
 * What a dataset chooser shows before anything is loaded: enough to pick a dataset and size a
 * network (sample shape, class count) without decompressing tens of megabytes of pixels.
 *
 * @param samples training plus test samples
 * @param source  where it comes from: {@link #BUNDLED}, {@link #SYSTEM}, {@link #SYNTHETIC} or {@link #FILE}
 */
public record DatasetInfo(String name, String description, int samples, Shape shape, int classCount,
        String source) {
    /** Shipped in the project's datasets folder. */
    public static final String BUNDLED = "bundled";
    /** Installed on the machine by a system package. */
    public static final String SYSTEM = "system";
    /** Generated from a fixed seed. */
    public static final String SYNTHETIC = "synthetic";
    /** A file or folder the user named. */
    public static final String FILE = "file";
}
