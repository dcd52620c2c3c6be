package workbench.engine;

/**
 * A network that cannot be built: its message names the layer at fault, what it received and what
 * it needs, in words a user can act on. Where it is ({@link #stack}, {@link #layerIndex}) is kept
 * apart from the words, so that the designer can mark the row at fault without reading them.
 *
 * <p>A row's problem always reads "Encoder layer 3 (Conv2D(16, 3x3, valid, ReLU)): the input 1x2x2
 * with kernel 3 ...": the stack, the row counted from 1, the row as the designer shows it, then
 * what is wrong and how to mend it.
 */
public final class ShapeException extends IllegalArgumentException {
    /** The part of the model at fault. */
    public enum Stack {
        ENCODER("Encoder"), DECODER("Decoder"), MODEL("Model");

        private final String title;

        Stack(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Stack stack;
    private final int layerIndex;

    /** A problem of the model as a whole, or of a layer used on its own (at {@code layerIndex}, or -1). */
    public ShapeException(int layerIndex, String message) {
        this(Stack.MODEL, layerIndex, message);
    }

    private ShapeException(Stack stack, int layerIndex, String message) {
        super(message);
        this.stack = stack;
        this.layerIndex = layerIndex;
    }

    /** A problem of row {@code index} (from 0) of {@code stack}, in the one grammar of row problems. */
    public static ShapeException atRow(Stack stack, int index, LayerSpec row, String problem) {
        return new ShapeException(stack, index, stack.title() + " layer " + (index + 1) + " (" + row + "): "
                + problem);
    }

    /** A problem that belongs to row {@code index} of {@code stack} but is not about one layer alone. */
    public static ShapeException ofStack(Stack stack, int index, String message) {
        return new ShapeException(stack, index, message);
    }

    public Stack stack() {
        return stack;
    }

    /** Position of the faulty layer in its stack, or -1 when the fault is not one layer's. */
    public int layerIndex() {
        return layerIndex;
    }
}
