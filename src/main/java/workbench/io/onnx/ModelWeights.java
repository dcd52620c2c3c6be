package workbench.io.onnx;

import java.util.HashMap;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Autoencoder;
import workbench.engine.Parameter;

/**
 * A model's weights by parameter name ({@code encoder.2.weight}, {@code mean.bias}), the names the
 * model file and the plan's steps use, so the export reads each layer's weights without reaching
 * into the layers themselves.
 */
final class ModelWeights {
    private final Map<String, Parameter> byName = new HashMap<>();

    ModelWeights(Autoencoder model) {
        for (Parameter p : model.parameters()) {
            byName.put(p.name(), p);
        }
    }

    /** The weight matrix or bias row called {@code name}, in the engine's layout. */
    FMatrixRMaj get(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new IllegalStateException("the model has no parameter " + name + " although its plan has the layer"
                    + " that owns it: its plan and its layers disagree");
        }
        return p.value();
    }
}
