package workbench.app.viewmodel;

import java.util.List;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerKind;
import workbench.engine.LossFunction;
import workbench.engine.Padding;
import workbench.engine.Shape;
import workbench.engine.VariantSpec;

/**
 * Everything the designer holds, as plain values: one step of its undo history. Unlike a model
 * spec it can hold a design that does not build (a layer of 0 units), as the panel can.
 */
record Design(List<Row> encoder, int latentSize, ActivationFunction codeActivation, boolean mirrorDecoder,
              List<Row> decoder, ActivationFunction outputActivation, VariantSpec.Kind variant,
              VariantSpec.Noise noise, double noiseLevel, VariantSpec.Sparsity sparsity, double sparsityWeight,
              double sparsityTarget, double beta, int warmupEpochs, double contractiveWeight, LossFunction loss) {

    Design {
        encoder = List.copyOf(encoder);
        decoder = List.copyOf(decoder);
    }

    /** One layer row's fields, those of every kind (a row keeps them when its kind changes). */
    record Row(LayerKind kind, int units, ActivationFunction activation, double rate, int kernel, int stride,
               Padding padding, Shape shape) {
    }
}
