package workbench.session;

import java.util.Objects;
import workbench.engine.Shape;

/**
 * One sample's output at one layer: {@code values} holds shape.size() floats, channel-major (all
 * of channel 0 row by row, then channel 1, ...), as the engine stores a sample. Each channel has
 * its own range, because the channels of a layer differ in scale by orders of magnitude and one
 * shared scale would leave most of them a flat colour.
 */
public record FeatureMap(Shape shape, float[] values) {

    public FeatureMap {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(values, "values");
        if (values.length != shape.size()) {
            throw new IllegalArgumentException("a " + shape + " feature map holds " + shape.size()
                    + " values, got " + values.length);
        }
    }

    public int channels() {
        return shape.channels();
    }

    /** Values in one channel: height x width. */
    public int plane() {
        return shape.height() * shape.width();
    }

    /** The value at channel {@code c}, row {@code y}, column {@code x}. */
    public float at(int c, int y, int x) {
        return values[c * plane() + y * shape.width() + x];
    }

    /** The smallest value of channel {@code c}, NaN skipped; 0 when every value is NaN. */
    public float min(int c) {
        return extreme(c, true);
    }

    /** The largest value of channel {@code c}, NaN skipped; 0 when every value is NaN. */
    public float max(int c) {
        return extreme(c, false);
    }

    private float extreme(int c, boolean lowest) {
        boolean seen = false;
        float best = 0f;
        for (int i = c * plane(), end = i + plane(); i < end; i++) {
            float v = values[i];
            if (!Float.isNaN(v) && (!seen || (lowest ? v < best : v > best))) {
                best = v;
                seen = true;
            }
        }
        return best;
    }

    /** Where channel {@code c} peaks, as an index into its plane (y * width + x); the first on ties, NaN skipped. */
    public int argmax(int c) {
        int base = c * plane();
        int best = 0;
        for (int i = 1; i < plane(); i++) {
            float v = values[base + i];
            float peak = values[base + best];
            if (v > peak || Float.isNaN(peak) && !Float.isNaN(v)) {
                best = i;
            }
        }
        return best;
    }
}
