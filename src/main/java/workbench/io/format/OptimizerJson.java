package workbench.io.format;

import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;

/** An optimizer's settings (see {@link OptimizerSpec}). */
public record OptimizerJson(String kind, double learningRate, double momentum, double beta1, double beta2,
                            double epsilon, double weightDecay, double l1, double clipNorm, double clipValue) {

    static OptimizerJson fromSpec(OptimizerSpec o) {
        return new OptimizerJson(Words.write(o.kind()), o.learningRate(), o.momentum(), o.beta1(), o.beta2(),
                o.epsilon(), o.weightDecay(), o.l1(), o.clipNorm(), o.clipValue());
    }

    OptimizerSpec toSpec() {
        return new OptimizerSpec(Words.read(OptimizerKind.class, kind, "the optimizer"), learningRate, momentum,
                beta1, beta2, epsilon, weightDecay, l1, clipNorm, clipValue);
    }

    static OptimizerSpec toSpec(OptimizerJson json) {
        return json == null ? null : json.toSpec();
    }
}
