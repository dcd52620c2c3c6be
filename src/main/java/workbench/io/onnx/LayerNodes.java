package workbench.io.onnx;

import java.util.List;
import java.util.Locale;
import workbench.engine.ConvSpec;
import workbench.engine.ConvTransposeSpec;
import workbench.engine.CroppingSpec;
import workbench.engine.DenseSpec;
import workbench.engine.DropoutSpec;
import workbench.engine.FlattenSpec;
import workbench.engine.LayerSpec;
import workbench.engine.NetworkPlan.Role;
import workbench.engine.NetworkPlan.Step;
import workbench.engine.NoiseSpec;
import workbench.engine.PoolSpec;
import workbench.engine.ReshapeSpec;
import workbench.engine.UpsampleSpec;
import workbench.engine.ZeroPaddingSpec;

/**
 * Each step of a plan as the nodes that compute it at inference. Dropout and noise are the identity
 * outside training, so they add nothing (nor does a dense layer's own dropout).
 */
final class LayerNodes {
    private LayerNodes() {
    }

    /** The nodes of {@code steps} one after another from {@code in}; returns the last step's output. */
    static Value addAll(OnnxGraph graph, List<Step> steps, Value in, ModelWeights weights) {
        Value at = in;
        for (Step step : steps) {
            at = add(graph, step, at, weights);
        }
        return at;
    }

    /** "Encoder layer 3 (Conv2D(16, 3x3, same, ReLU))", or the code or output layer. */
    static String where(Step step) {
        String stack = step.stack().name().charAt(0) + step.stack().name().substring(1).toLowerCase(Locale.ROOT);
        String which = step.role() == Role.ROW ? stack + " layer " + (step.index() + 1)
                : step.role() == Role.CODE ? "The code layer" : "The output layer";
        return which + " (" + step.spec() + ")";
    }

    /**
     * The nodes of one step. Every kind the engine has today maps; a kind added later is refused
     * here, by name, until its mapping is written (the three files are built before any is written).
     */
    private static Value add(OnnxGraph graph, Step step, Value in, ModelWeights weights) {
        LayerSpec spec = step.spec();
        if (spec instanceof DenseSpec dense) {
            return WeightedNodes.dense(graph, step, dense, in, weights);
        } else if (spec instanceof ConvSpec conv) {
            return WeightedNodes.conv(graph, step, conv, in, weights);
        } else if (spec instanceof ConvTransposeSpec transpose) {
            return WeightedNodes.convTranspose(graph, step, transpose, in, weights);
        } else if (spec instanceof PoolSpec pool) {
            return WindowNodes.pool(graph, step, pool, in);
        } else if (spec instanceof UpsampleSpec upsample) {
            return ImageNodes.upsample(graph, step, upsample, in);
        } else if (spec instanceof ZeroPaddingSpec padding) {
            return ImageNodes.zeroPadding(graph, step, padding, in);
        } else if (spec instanceof CroppingSpec cropping) {
            return ImageNodes.cropping(graph, step, cropping, in);
        } else if (spec instanceof FlattenSpec) {
            return Shaping.flat(graph, in, step.parameterName() + ".flatten");
        } else if (spec instanceof ReshapeSpec) {
            return Shaping.as(graph, in, step.output(), step.output().isFlat(), step.parameterName() + ".reshape");
        } else if (spec instanceof DropoutSpec || spec instanceof NoiseSpec) {
            return in;
        }
        throw new IllegalArgumentException(where(step) + " has no ONNX counterpart: the export knows no operator"
                + " for a " + spec.kind() + " layer. Nothing was written; replace the layer to export the model.");
    }
}
