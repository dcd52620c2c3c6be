package workbench.session.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.NetworkPlan;
import workbench.engine.Shape;
import workbench.engine.WeightedSpec;

/**
 * A layer as the doctor sees it: its name for a person, where its parameters are, its activation
 * and its output's shape. A model's layers come in the order a sample meets them, the two heads
 * of a variational model between the encoder and the decoder.
 *
 * @param name            as the designer writes it: "encoder layer 2 (Dense(64, ReLU))", "the code
 *                        layer (Dense(32, ReLU))"
 * @param parameterPrefix what its parameters' names start with ("encoder.1"), whether it has any or not
 * @param activation      the function its output went through; LINEAR for a layer without one
 * @param weighted        true when it has weights (dense or convolution)
 * @param role            the plan's role, or null for a variational head
 * @param step            the plan's step, or null for a variational head
 */
public record ProbedLayer(String name, String parameterPrefix, ActivationFunction activation, boolean weighted,
                          NetworkPlan.Role role, NetworkPlan.Step step, Shape output) {

    /** True for the mean and log-variance heads of a variational model. */
    public boolean isHead() {
        return step == null;
    }

    /** The model's layers in the order a sample meets them. */
    public static List<ProbedLayer> of(Autoencoder model) {
        NetworkPlan plan = model.plan();
        List<ProbedLayer> layers = new ArrayList<>();
        plan.encoder().forEach(step -> layers.add(of(step)));
        if (model.spec().variant().isVariational()) {
            Shape code = plan.codeShape();
            layers.add(new ProbedLayer("the mean head (Dense(" + code.size() + "))", "mean", ActivationFunction.LINEAR,
                    true, null, null, code));
            layers.add(new ProbedLayer("the log-variance head (Dense(" + code.size() + "))", "logvar",
                    ActivationFunction.LINEAR, true, null, null, code));
        }
        plan.decoder().forEach(step -> layers.add(of(step)));
        return layers;
    }

    private static ProbedLayer of(NetworkPlan.Step step) {
        LayerSpec spec = step.spec();
        String name = switch (step.role()) {
            // lower case: the name sits inside a sentence ("69% of the units of encoder layer 2 ...")
            case ROW -> step.stack().title().toLowerCase(Locale.ROOT) + " layer " + (step.index() + 1)
                    + " (" + spec + ")";
            case CODE -> "the code layer (" + spec + ")";
            case OUTPUT -> "the output layer (" + spec + ")";
        };
        ActivationFunction activation = spec instanceof WeightedSpec w ? w.activation() : ActivationFunction.LINEAR;
        return new ProbedLayer(name, step.parameterName(), activation, spec instanceof WeightedSpec, step.role(), step,
                step.output());
    }
}
