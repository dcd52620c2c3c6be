package workbench.io.plot;

import javax.imageio.ImageIO;

/**
 * One setting for every PNG the program writes: ImageIO encodes into memory, not through a
 * temporary cache file. A cache file on a full disk failed with a NullPointerException from inside
 * ImageIO instead of the disk's own error, and opening one registers a shutdown hook, which is
 * refused while a signalled run writes its folder on the way out.
 */
final class PngStreams {
    static {
        ImageIO.setUseCache(false);
    }

    private PngStreams() {
    }

    /** Makes sure the setting holds; cheap after the first call. */
    static void inMemory() {
        // the static initializer does the work, once
    }
}
