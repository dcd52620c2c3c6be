package workbench.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Layers applied one after another: an encoder, a decoder, or a whole plain network. A dense layer
 * followed by an activation runs as one fused step: the bias is added and the function applied in a
 * single pass over the batch, and on the way back the activation's gradient and the bias gradient
 * come from a single pass too, instead of four passes.
 */
public final class Sequential {
    private final List<Layer> layers;
    private final Shape inputShape;
    private final Shape outputShape;

    /** Builds every layer for the given input shape; shape errors surface here. */
    public Sequential(List<Layer> layers, Shape inputShape) {
        this.layers = List.copyOf(layers);
        this.inputShape = inputShape;
        Shape shape = inputShape;
        for (int i = 0; i < this.layers.size(); i++) {
            shape = this.layers.get(i).build(shape, i);
        }
        this.outputShape = shape;
    }

    private Sequential(List<Layer> layers, Shape inputShape, Shape outputShape) {
        this.layers = List.copyOf(layers);
        this.inputShape = inputShape;
        this.outputShape = outputShape;
    }

    /** Layers already built, one after another, for this input. */
    static Sequential ofBuilt(List<Layer> layers, Shape inputShape, Shape outputShape) {
        return new Sequential(layers, inputShape, outputShape);
    }

    public List<Layer> layers() {
        return layers;
    }

    public Shape inputShape() {
        return inputShape;
    }

    public Shape outputShape() {
        return outputShape;
    }

    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        return forward(input, training, layers.size());
    }

    /** Through the first {@code count} layers only. */
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training, int count) {
        return forward(input, training, count, null);
    }

    /** What {@link #forwardSeeing} shows: the output of the layer at {@code position}, valid during the call. */
    @FunctionalInterface
    interface LayerOutputs {
        void seen(int position, FMatrixRMaj output);
    }

    /**
     * Through every layer outside training, handing each layer's output to {@code seen} as it comes;
     * a fused dense layer and its activation show the activation's output only.
     */
    FMatrixRMaj forwardSeeing(FMatrixRMaj input, LayerOutputs seen) {
        return forward(input, false, layers.size(), seen);
    }

    private FMatrixRMaj forward(FMatrixRMaj input, boolean training, int count, LayerOutputs seen) {
        FMatrixRMaj x = input;
        for (int i = 0; i < count; i++) {
            Layer layer = layers.get(i);
            if (i + 1 < count && layer instanceof Dense dense && layers.get(i + 1) instanceof ActivationLayer activation) {
                x = activation.forwardAddingBias(dense.forwardWithoutBias(x), dense.bias().data);
                i++;
            } else {
                x = layer.forward(x, training);
            }
            if (seen != null) {
                seen.seen(i, x);
            }
        }
        return x;
    }

    /** Back through every layer; returns the gradient at the input, or null if not needed. */
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        return backwardFrom(layers.size() - 1, gradOutput, needInputGradient);
    }

    /**
     * Back through layers {@code last} down to 0, starting from the gradient at the output of
     * layer {@code last}. Used to skip an output sigmoid whose gradient the loss has fused.
     */
    public FMatrixRMaj backwardFrom(int last, FMatrixRMaj gradOutput, boolean needInputGradient) {
        FMatrixRMaj g = gradOutput;
        for (int i = last; i >= 0; i--) {
            Layer layer = layers.get(i);
            if (i > 0 && layer instanceof ActivationLayer activation && layers.get(i - 1) instanceof Dense dense) {
                g = activation.backwardSummingBias(g, dense.biasGradient());
                i--;
                g = dense.backwardProducts(g, i > 0 || needInputGradient);
            } else {
                g = layer.backward(g, i > 0 || needInputGradient);
            }
        }
        return g;
    }

    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.parameters());
        }
        return Collections.unmodifiableList(all);
    }

    public Layer last() {
        return layers.isEmpty() ? null : layers.get(layers.size() - 1);
    }
}
