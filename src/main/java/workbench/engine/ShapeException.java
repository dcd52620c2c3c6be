package workbench.engine;

/**
 * A network that cannot be built: its message names the layer at fault, what it received and what
 * it needs, in words a user can act on.
 */
public final class ShapeException extends IllegalArgumentException {
    private final int layerIndex;

    public ShapeException(int layerIndex, String message) {
        super(message);
        this.layerIndex = layerIndex;
    }

    /** Position of the faulty layer in its stack, or -1 when the fault is not one layer's. */
    public int layerIndex() {
        return layerIndex;
    }
}
