package workbench.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import workbench.engine.Parameter;
import workbench.io.format.ArrayJson;

/** The .npy entries of one model file, each checked for the size its part of the model needs. */
final class ModelArrays {
    private final Path file;
    private final Map<String, byte[]> entries;
    private final List<Parameter> parameters;

    ModelArrays(Path file, Map<String, byte[]> entries, List<Parameter> parameters) {
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
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelFileException(file + " lacks the array " + name + ": it is truncated or damaged."
                    + " Save the model again, or open another file.");
        }
        NpyArray array;
        try {
            array = Npy.read(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new ModelFileException(file + " is damaged: " + e.getMessage() + ".", e);
        }
        if (array.size() != size) {
            throw new ModelFileException(file + ": " + what + " has shape " + array.shapeString()
                    + " but the model needs " + shape + "; the file is damaged or was edited.");
        }
        return array.data();
    }

    /** The weights of a parameter, in the layout of its matrix. */
    float[] readWeights(Parameter p) throws IOException {
        return read(p.name() + ".npy", p.size(), "weight " + p.name(), p.value().numRows + "x" + p.value().numCols);
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
