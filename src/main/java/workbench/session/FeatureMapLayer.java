package workbench.session;

import workbench.engine.Shape;

/**
 * A layer whose output can be drawn as feature maps: where it sits ({@code index} into the
 * stack's {@code Sequential.layers()}), what the viewer calls it, and the shape of its output.
 */
public record FeatureMapLayer(FeatureMaps.Stack stack, int index, String label, Shape shape) {

    @Override
    public String toString() {
        return label;
    }
}
