package workbench.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns layer specs into built layers, checking each one so that a bad design is reported with the
 * stack and position at fault ("Encoder Conv2D #3: input 8x7x7 ...") before any training starts.
 */
final class NetworkBuilder {
    private final Gemm gemm;

    NetworkBuilder(Gemm gemm) {
        this.gemm = gemm;
    }

    /**
     * A stack under construction: its layers, built, and the shape after each spec (element i is
     * the output of spec i), which the designer shows and a mirrored decoder reads.
     */
    static final class Stack {
        final String name;
        final Shape input;
        final List<Layer> layers = new ArrayList<>();
        final List<Shape> specOutputs = new ArrayList<>();
        Shape output;

        Stack(String name, Shape input) {
            this.name = name;
            this.input = input;
            this.output = input;
        }

        Sequential toSequential() {
            return Sequential.ofBuilt(layers, input, output);
        }
    }

    /** The layers of one stack; {@code stackName} (encoder, decoder) prefixes parameter names. */
    Stack stack(String stackName, List<LayerSpec> specs, Shape input) {
        Stack stack = new Stack(stackName, input);
        for (int i = 0; i < specs.size(); i++) {
            add(stack, i, specs.get(i));
            stack.specOutputs.add(stack.output);
        }
        return stack;
    }

    private void add(Stack stack, int i, LayerSpec spec) {
        String where = capitalize(stack.name) + " layer " + (i + 1) + " (" + spec + ")";
        String name = stack.name + "." + i;
        switch (spec.kind()) {
            case DENSE -> {
                if (spec.units() < 1) {
                    throw new ShapeException(i, where + ": a dense layer needs at least 1 unit, got "
                            + spec.units() + ". Give it a positive number of units.");
                }
                addWeighted(stack, i, new Dense(name, spec.units(), gemm), spec.activation(), (float) spec.alpha());
                if (spec.rate() > 0) {
                    place(stack, i, dropout(where, spec.rate(), i));
                }
            }
            case DROPOUT -> place(stack, i, dropout(where, spec.rate(), i));
            case GAUSSIAN_NOISE -> {
                if (!(spec.rate() >= 0) || Double.isInfinite(spec.rate())) {
                    throw new ShapeException(i, where + ": noise deviation must be a number >= 0, got " + spec.rate());
                }
                place(stack, i, new GaussianNoise(spec.rate()));
            }
            case CONV, CONV_TRANSPOSE -> {
                requirePositive(where, i, spec.units(), "filters");
                requirePositive(where, i, spec.kernel(), "kernel size");
                requirePositive(where, i, spec.stride(), "stride");
                Layer conv = spec.kind() == LayerSpec.Kind.CONV
                        ? new Conv2D(name, spec.units(), spec.kernel(), spec.stride(), spec.padding(), gemm)
                        : new ConvTranspose2D(name, spec.units(), spec.kernel(), spec.stride(), spec.padding(), gemm);
                addWeighted(stack, i, conv, spec.activation(), (float) spec.alpha());
            }
            case MAX_POOL, AVG_POOL -> {
                requirePositive(where, i, spec.kernel(), "pool size");
                requirePositive(where, i, spec.stride(), "stride");
                place(stack, i, spec.kind() == LayerSpec.Kind.MAX_POOL
                        ? new MaxPool2D(spec.kernel(), spec.stride(), spec.padding())
                        : new AvgPool2D(spec.kernel(), spec.stride(), spec.padding()));
            }
            case UPSAMPLE -> {
                if (spec.shape() != null) {
                    place(stack, i, new Upsample2D(spec.shape().height(), spec.shape().width()));
                } else {
                    requirePositive(where, i, spec.kernel(), "upsampling factor");
                    place(stack, i, new Upsample2D(spec.kernel()));
                }
            }
            case FLATTEN -> place(stack, i, new Flatten());
            case RESHAPE -> {
                if (spec.shape() == null) {
                    throw new ShapeException(i, where + ": a reshape needs a target shape such as 8x4x4.");
                }
                place(stack, i, new Reshape(spec.shape()));
            }
        }
    }

    /** A layer with weights, then its activation unless it is linear. */
    void addWeighted(Stack stack, int index, Layer layer, ActivationFunction activation, float alpha) {
        place(stack, index, layer);
        if (activation != ActivationFunction.LINEAR) {
            place(stack, index, new ActivationLayer(activation, alpha));
        }
    }

    void addDense(Stack stack, int index, String name, int units, ActivationFunction activation, float alpha) {
        addWeighted(stack, index, new Dense(name, units, gemm), activation, alpha);
    }

    /** The output convolution of a decoder that ends in feature maps: as many channels as the input. */
    void addOutputConvolution(Stack stack, int index, String name, int channels, ActivationFunction activation) {
        addWeighted(stack, index, new Conv2D(name, channels, 3, 1, Padding.SAME, gemm), activation,
                activation.defaultAlpha());
    }

    /** Builds the layer on the stack's current output; its shape errors gain the stack's name. */
    private static void place(Stack stack, int index, Layer layer) {
        try {
            stack.output = layer.build(stack.output, index);
        } catch (ShapeException e) {
            throw new ShapeException(index, capitalize(stack.name) + " " + e.getMessage());
        }
        stack.layers.add(layer);
    }

    private static void requirePositive(String where, int index, int value, String what) {
        if (value < 1) {
            throw new ShapeException(index, where + ": the " + what + " must be at least 1, got " + value + ".");
        }
    }

    private static Dropout dropout(String where, double rate, int index) {
        if (!(rate >= 0 && rate < 1)) {
            throw new ShapeException(index, where + ": dropout rate must be in [0, 1), got " + rate
                    + ". A rate of 0.1 to 0.5 is usual.");
        }
        return new Dropout(rate);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
