package workbench.engine;

/**
 * The shape of one sample, channel-major: channels x height x width. A flat vector of n values is
 * n x 1 x 1, so a dense layer's output reads the same way as a convolution's.
 */
public record Shape(int channels, int height, int width) {

    public Shape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("shape dimensions must be positive, got "
                    + channels + "x" + height + "x" + width);
        }
    }

    public static Shape flat(int size) {
        return new Shape(size, 1, 1);
    }

    public static Shape image(int channels, int height, int width) {
        return new Shape(channels, height, width);
    }

    /** Number of values in one sample. */
    public int size() {
        return channels * height * width;
    }

    public boolean isFlat() {
        return height == 1 && width == 1;
    }

    /** True when the sample can be drawn as a picture: grey (1 channel) or RGB (3), larger than 1x1. */
    public boolean isImage() {
        return !isFlat() && (channels == 1 || channels == 3);
    }

    @Override
    public String toString() {
        return isFlat() ? Integer.toString(channels) : channels + "x" + height + "x" + width;
    }
}
