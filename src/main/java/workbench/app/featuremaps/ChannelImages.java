package workbench.app.featuremaps;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import workbench.app.recon.Viridis;
import workbench.session.FeatureMap;

/**
 * One channel of a feature map as a picture, one pixel per value, coloured with viridis from the
 * channel's own minimum (dark violet) to its own maximum (yellow). Enlarging is left to the view,
 * without smoothing, so each value stays a square.
 */
final class ChannelImages {

    private ChannelImages() {
    }

    /** Draws channel {@code c}; a constant channel (a dead ReLU's zeros, say) is all the low colour. */
    static WritableImage draw(FeatureMap map, int c, WritableImage reuse) {
        int w = map.shape().width();
        int h = map.shape().height();
        float lo = map.min(c);
        float range = map.max(c) - lo;
        int[] argb = new int[w * h];
        int base = c * map.plane();
        float[] values = map.values();
        for (int i = 0; i < argb.length; i++) {
            argb[i] = Viridis.argb(range > 0 ? (values[base + i] - lo) / range : 0);
        }
        WritableImage image = reuse != null && (int) reuse.getWidth() == w && (int) reuse.getHeight() == h
                ? reuse : new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
