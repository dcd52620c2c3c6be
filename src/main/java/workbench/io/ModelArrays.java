package workbench.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import workbench.engine.Parameter;
import workbench.io.format.ArrayJson;

/** The .npy entries of one model file, each checked for the size its part of the model needs. */
final class ModelArrays {
    private final Path file;
    private final ZipEntries entries;
    private final List<Parameter> parameters;

    ModelArrays(Path file, ZipEntries entries, List<Parameter> parameters) {
        this.file = file;
        this.entries = entries;
        this.parameters = parameters;
    }

    /**
     * The values of the entry, which must hold {@code size} of them.
     *
     * @param what  the array, as a message names it
     * @param shape what the model needs, as a message says it
     */
    float[] read(String name, int size, String what, String shape) throws IOException {
        NpyArray array = array(name);
        if (array.size() != size) {
            throw new ModelFileException(file + ": " + what + " has shape " + array.shapeString()
                    + " but the model needs " + shape + "; the file is damaged or was edited.");
        }
        return array.data();
    }

    private NpyArray array(String name) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelFileException(file + " lacks the array " + name + ": it is truncated or damaged."
                    + " Save the model again, or open another file.");
        }
        try {
            return Npy.read(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new ModelFileException(file + " is damaged: " + e.getMessage() + ".", e);
        }
    }

    /**
     * The shape a parameter is saved with: a bias as a vector (units,), as PyTorch and Keras hold
     * it; a weight as its matrix, (inputs, outputs) for a dense layer and (filters, channels x k x k)
     * for a convolution.
     */
    static int[] savedShape(Parameter p) {
        return p.regularized() ? new int[] {p.value().numRows, p.value().numCols} : new int[] {p.size()};
    }

    /**
     * The weights of a parameter, whose array must have exactly its saved shape: an array of the
     * right size but another shape (PyTorch's out x in for a dense layer) would load as a scrambled
     * model that still runs.
     */
    float[] readWeights(Parameter p) throws IOException {
        int[] expected = savedShape(p);
        NpyArray array = array(p.name() + ".npy");
        if (!Arrays.equals(array.shape(), expected)) {
            boolean transposed = expected.length == 2 && Arrays.equals(array.shape(),
                    new int[] {expected[1], expected[0]});
            throw new ModelFileException(file + ": weight " + p.name() + " has shape " + array.shapeString()
                    + " but the model needs " + NpyArray.shapeString(expected) + (transposed
                    ? ": it is transposed, the way PyTorch stores a Linear layer's weight (outputs x inputs)."
                    + " Save its transpose (w.T), or open another file."
                    : "; the file is damaged or was edited. Open another file."));
        }
        return array.data();
    }

    /**
     * A moment array, which must belong to the parameter at its position: the optimizer keeps its
     * moments by position, so a list out of the parameters' order would train each with another's.
     */
    float[] readMoment(ArrayJson entry, int position) throws IOException {
        Parameter p = position < parameters.size() ? parameters.get(position) : null;
        if (p == null || !p.name().equals(entry.name())) {
            throw new ModelFileException(file + ": its training state lists moments for " + entry.name()
                    + " where the model's parameter " + (position + 1) + " is " + (p == null ? "none" : p.name())
                    + "; the file is damaged or was edited.");
        }
        return read(entry.file(), p.size(), "the optimizer's moments of " + p.name(), "the shape of its weights");
    }
}
