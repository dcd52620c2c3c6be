package workbench.io.format;

import workbench.engine.ActivationFunction;
import workbench.engine.LayerFields;
import workbench.engine.LayerKind;
import workbench.engine.LayerSpec;
import workbench.engine.Padding;

/** One layer of a stack; which fields apply depends on the kind (see {@link LayerFields}). */
public record LayerJson(String kind, int units, String activation, double alpha, double rate, int kernel,
                        int stride, String padding, ShapeJson shape) {

    public static LayerJson fromSpec(LayerSpec spec) {
        LayerFields l = spec.fields();
        return new LayerJson(Words.write(l.kind()), l.units(), Words.write(l.activation()), l.alpha(), l.rate(),
                l.kernel(), l.stride(), Words.write(l.padding()), ShapeJson.fromShape(l.shape()));
    }

    public LayerSpec toSpec() {
        return new LayerFields(Words.read(LayerKind.class, kind, "the layer kind"), units,
                Words.read(ActivationFunction.class, activation, "the activation"), alpha, rate, kernel, stride,
                Words.read(Padding.class, padding, "the padding"), ShapeJson.toShape(shape)).toSpec();
    }
}
