package workbench.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import workbench.engine.ShapeException.Stack;

/**
 * A design's every layer with its input and output shape, worked out from the specs alone: nothing
 * is built and no weight allocated, so the designer can check a design on every keystroke, and an
 * {@link Autoencoder} is built only from a plan that holds. A design that does not hold is refused
 * here, with the stack and row at fault.
 *
 * <p>The plan has the rows the user wrote and the layers the model adds: the dense code layer
 * after the encoder (unless the encoder's output is the code, or the model is variational, whose
 * code comes from two dense heads) and the output layer after the decoder, a dense layer as wide as
 * the input after a flat decoder or a 3x3 convolution to the input's channels after feature maps.
 */
public final class NetworkPlan {
    /** Bytes per parameter while training: the weight, its gradient and Adam's two moments, as floats. */
    static final long TRAINING_BYTES_PER_PARAMETER = 4 * Float.BYTES;

    /** What a step is: a row of the design, or a layer the model adds. */
    public enum Role {
        ROW, CODE, OUTPUT
    }

    /**
     * One layer of the plan. {@code index} is the row's position in its stack (the code layer and
     * the output layer come after the last row), which also names its parameters.
     */
    public record Step(Stack stack, int index, Role role, LayerSpec spec, Shape input, Shape output) {
        /** The prefix of the step's parameter names, such as {@code encoder.2}. */
        public String parameterName() {
            return stack.name().toLowerCase(Locale.ROOT) + "." + index;
        }
    }

    private final List<Step> encoder;
    private final List<LayerSpec> decoderRows;
    private final List<Step> decoder;
    private final Shape codeShape;
    private final long parameterCount;

    private NetworkPlan(List<Step> encoder, List<LayerSpec> decoderRows, List<Step> decoder, Shape codeShape,
                        long parameterCount) {
        this.encoder = Collections.unmodifiableList(encoder);
        this.decoderRows = List.copyOf(decoderRows);
        this.decoder = Collections.unmodifiableList(decoder);
        this.codeShape = codeShape;
        this.parameterCount = parameterCount;
    }

    /**
     * The plan of {@code spec}.
     *
     * @throws ShapeException naming the stack and row at fault, or the model as a whole
     */
    public static NetworkPlan of(ModelSpec spec) {
        checkModel(spec);
        boolean variational = spec.variant().isVariational();
        List<Step> encoder = walk(Stack.ENCODER, spec.encoder(), spec.inputShape());
        Shape encoded = last(encoder, spec.inputShape());
        List<LayerSpec> decoderRows = spec.mirrorDecoder() ? DecoderMirror.of(spec, encoder) : spec.decoder();
        if (!variational && !spec.codeIsEncoderOutput()) {
            DenseSpec code = LayerSpec.dense(spec.latentSize(), spec.codeActivation());
            encoder.add(new Step(Stack.ENCODER, encoder.size(), Role.CODE, code, encoded, code.outputShape(encoded)));
        }
        Shape codeShape = variational ? Shape.flat(spec.latentSize()) : last(encoder, spec.inputShape());
        List<Step> decoder = walk(Stack.DECODER, decoderRows, codeShape);
        decoder.add(outputStep(spec, decoder, last(decoder, codeShape)));

        long parameters = variational ? 2 * LayerSpec.dense(spec.latentSize(), ActivationFunction.LINEAR)
                .parameterCount(encoded) : 0;
        for (List<Step> stack : List.of(encoder, decoder)) {
            for (Step step : stack) {
                parameters += step.spec().parameterCount(step.input());
            }
        }
        checkMemory(parameters);
        return new NetworkPlan(encoder, decoderRows, decoder, codeShape, parameters);
    }

    /**
     * Floats a training batch keeps per value of every step's output: the output, its gradient, and
     * room for a scratch copy and a convolution's column matrix. A rough bound, to refuse a design
     * that cannot train before any of it is allocated, not an account.
     */
    static final long ACTIVATION_FLOATS_PER_VALUE = 4;

    /**
     * Refuses, before a batch is run, a design whose activations for {@code batchRows} rows could
     * not fit this Java's memory beside its weights ({@code --layers conv99999k3} on digits-8x8 ran
     * out of memory halfway; this bound puts it at about 26 GB for batches of 256).
     */
    public void checkActivations(int batchRows) {
        long values = 0;
        for (Step step : encoder) {
            values += step.output().size();
        }
        for (Step step : decoder) {
            values += step.output().size();
        }
        long needed = values * batchRows * ACTIVATION_FLOATS_PER_VALUE * Float.BYTES
                + parameterCount() * TRAINING_BYTES_PER_PARAMETER;
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            throw new ShapeException(-1, String.format(Locale.ROOT, "Training this design on batches of %,d rows"
                    + " needs about %.1f GB for its layers' outputs and gradients, more than the %.1f GB this Java"
                    + " may use. Use a smaller batch, fewer filters or units, or start Java with %s.",
                    batchRows, needed / HeapAdvice.GIB, available / HeapAdvice.GIB,
                    HeapAdvice.xmxFor(HeapAdvice.used() + needed)));
        }
    }

    /** The encoder's steps: its rows, then the code layer if the model adds one. */
    public List<Step> encoder() {
        return encoder;
    }

    /** The decoder's steps: its rows, then the output layer. */
    public List<Step> decoder() {
        return decoder;
    }

    /** The decoder's rows as used: the written ones, or the encoder mirrored. */
    public List<LayerSpec> decoderRows() {
        return decoderRows;
    }

    /** The shape of one code: a variational model's sampled z, or the encoder's last output. */
    public Shape codeShape() {
        return codeShape;
    }

    /** Weights and biases of the whole model, the variational heads included. */
    public long parameterCount() {
        return parameterCount;
    }

    /** The steps of {@code rows} from {@code input}; the first that does not hold is refused, with its row. */
    static List<Step> walk(Stack stack, List<LayerSpec> rows, Shape input) {
        List<Step> steps = new ArrayList<>(rows.size() + 1);
        Shape at = input;
        for (int i = 0; i < rows.size(); i++) {
            LayerSpec row = rows.get(i);
            Shape out;
            try {
                out = row.outputShape(at);
            } catch (IllegalArgumentException e) {
                throw ShapeException.atRow(stack, i, row, e.getMessage());
            }
            steps.add(new Step(stack, i, Role.ROW, row, at, out));
            at = out;
        }
        return steps;
    }

    private static Shape last(List<Step> steps, Shape otherwise) {
        return steps.isEmpty() ? otherwise : steps.get(steps.size() - 1).output();
    }

    private static Step outputStep(ModelSpec spec, List<Step> decoder, Shape last) {
        Shape in = spec.inputShape();
        ActivationFunction activation = spec.outputActivation();
        LayerSpec output;
        if (last.isFlat()) {
            output = LayerSpec.dense(in.size(), activation);
        } else if (!in.isFlat() && last.height() == in.height() && last.width() == in.width()) {
            output = LayerSpec.conv(in.channels(), 3, 1, Padding.SAME, activation);
        } else {
            throw ShapeException.ofStack(Stack.DECODER, Math.max(0, decoder.size() - 1), "Decoder ends at " + last
                    + " but the input is " + in + (in.isFlat()
                    ? ": a decoder for flat data must end flat. Add a Flatten layer at its end."
                    : ": the output convolution keeps height and width, so the decoder must end at " + in.height()
                    + "x" + in.width() + ". Change its upsampling, or end it with Flatten to get a dense output"
                    + " layer."));
        }
        return new Step(Stack.DECODER, decoder.size(), Role.OUTPUT, output, last, output.outputShape(last));
    }

    private static void checkModel(ModelSpec spec) {
        if (spec.inputShape() == null) {
            throw new ShapeException(-1, "The model has no input shape: choose a dataset first.");
        }
        VariantSpec variant = spec.variant();
        if (spec.latentSize() < 0 || spec.latentSize() == 0 && variant.isVariational()) {
            throw new ShapeException(-1, "Latent size must be at least 1" + (variant.isVariational() ? " for a"
                    + " variational model, whose code is sampled from dense heads" : "") + ", got " + spec.latentSize()
                    + ". (A latent size of 0 means: the encoder's last output is the code.)");
        }
        if (spec.codeIsEncoderOutput() && spec.encoder().isEmpty()) {
            throw new ShapeException(-1, "A latent size of 0 takes the encoder's last output as the code, but the"
                    + " encoder has no layers. Add encoder layers, or give a latent size.");
        }
        CodePenalty.check(spec);
        if (spec.loss() == LossFunction.BCE && !spec.outputActivation().outputsProbabilities()) {
            throw new ShapeException(-1, "Cross-entropy needs outputs in (0, 1), but the output activation is "
                    + spec.outputActivation().displayName() + ". Use a sigmoid output, or the MSE loss.");
        }
    }

    /** Refuses, before anything is allocated, a model that could not train in this Java's memory. */
    private static void checkMemory(long parameters) {
        long available = Runtime.getRuntime().maxMemory();
        long needed = parameters * TRAINING_BYTES_PER_PARAMETER;
        if (needed > available) {
            throw new ShapeException(-1, String.format(Locale.ROOT, "This design has %,d parameters: with their"
                    + " gradients and Adam's moments, %.1f GB, more than the %.1f GB this Java may use. Use fewer"
                    + " units or filters, or start Java with %s.", parameters, needed / HeapAdvice.GIB,
                    available / HeapAdvice.GIB, HeapAdvice.xmxFor(HeapAdvice.used() + needed)));
        }
    }
}
