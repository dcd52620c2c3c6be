package workbench.io.plot;

import javax.imageio.ImageIO;

/**
 * One setting for every PNG the program writes: ImageIO encodes into memory, not through a
 * temporary cache file. A cache file on a full disk failed with a NullPointerException from inside
 * ImageIO instead of the disk's own error, and opening one registers a shutdown hook, which is
 * refused while a signalled run writes its folder on the way out.
 */
final class PngStreams {
    private PngStreams() {
    }

    /** Sets it (idempotent and cheap); called before each PNG is written. */
    static void inMemory() {
        ImageIO.setUseCache(false);
    }
}
