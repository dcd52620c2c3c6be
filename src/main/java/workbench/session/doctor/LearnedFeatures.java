package workbench.session.doctor;

import workbench.engine.Shape;

/**
 * The first layer's weights as pictures, the features the network learned to look for: for a
 * dense first layer on images, each unit's incoming weights laid out as the input image; for a
 * convolution, each filter's kernel. A copy taken at an epoch's end, never the live weights.
 *
 * @param epoch    the epoch whose end it was taken at
 * @param layer    the layer's name
 * @param picture  the shape of one feature (channels x height x width)
 * @param count    features kept (the first ones, at most {@link Thresholds#LEARNED_FEATURES})
 * @param units    features the layer has
 * @param kernels  true for a convolution's kernels, false for a dense layer's units
 * @param weights  {@code count} pictures one after another, each channel-major
 */
public record LearnedFeatures(int epoch, String layer, Shape picture, int count, int units, boolean kernels,
                              float[] weights) {

    public LearnedFeatures {
        weights = weights.clone();
    }

    /** Feature {@code f}'s value at {@code i} of its picture. */
    public float value(int f, int i) {
        return weights[f * picture.size() + i];
    }
}
