package workbench.io.pytorch;

import java.util.List;
import workbench.engine.ActivationFunction;
import workbench.engine.Initializer;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.NetworkPlan;
import workbench.engine.WeightedSpec;

/**
 * The generated {@code class Autoencoder(nn.Module)}: the plan's steps spelled out as modules, one
 * commented group a step, with the workbench's parameter names, and the passes the rest of the
 * script calls (encode, decode, forward).
 */
final class ModelClass {
    private final ModelSpec spec;
    private final NetworkPlan plan;
    private final StringBuilder out = new StringBuilder();

    private ModelClass(ModelSpec spec) {
        this.spec = spec;
        this.plan = NetworkPlan.of(spec);
    }

    /** The class's Python text, without a trailing blank line. */
    static String of(ModelSpec spec) {
        return new ModelClass(spec).write();
    }

    private String write() {
        boolean vae = spec.variant().isVariational();
        boolean fused = spec.loss() == LossFunction.BCE
                && spec.outputActivation() == ActivationFunction.SIGMOID;
        line(0, "class Autoencoder(nn.Module):");
        line(1, "\"\"\"" + spec.summary(plan) + ", as designed in the workbench.");
        line(0, "");
        line(1, "Each module is keyed by its row's number, so the parameters keep the workbench's names");
        line(1, "(encoder.0.weight, ...); what PyTorch needs besides (activations, padding) is keyed by the");
        line(1, "number and a word. Rows without weights keep their numbers: the names skip them.");
        line(1, "\"\"\"");
        line(1, "INPUT_SHAPE = " + StepModules.tuple(spec.inputShape()));
        line(1, "VARIATIONAL = " + python(vae));
        line(1, "# BCE on a sigmoid output is computed from the logits, the input of the last module");
        line(1, "LOGITS_FUSED = " + python(fused));
        line(1, "# how each weighted layer's first weights are drawn (see initialize)");
        line(1, "INITIALIZERS = {");
        for (List<NetworkPlan.Step> stack : List.of(plan.encoder(), plan.decoder())) {
            for (NetworkPlan.Step step : stack) {
                if (step.spec() instanceof WeightedSpec w) {
                    line(2, "\"" + step.parameterName() + "\": \"" + Initializer.suitedTo(w.activation()).name() + "\",");
                }
            }
            if (vae && stack == plan.encoder()) {
                line(2, "\"mean\": \"GLOROT_UNIFORM\",");
                line(2, "\"logvar\": \"GLOROT_UNIFORM\",");
            }
        }
        line(1, "}");
        line(0, "");
        line(1, "def __init__(self):");
        line(2, "super().__init__()");
        StepModules modules = new StepModules(true);
        sequential("encoder", plan.encoder(), modules);
        if (vae) {
            int hidden = plan.encoder().isEmpty() ? spec.inputShape().size()
                    : plan.encoder().get(plan.encoder().size() - 1).output().size();
            line(2, "# the Gaussian code's two heads: its mean and its log-variance");
            line(2, "self.mean = nn.Linear(" + hidden + ", " + spec.latentSize() + ")");
            line(2, "self.logvar = nn.Linear(" + hidden + ", " + spec.latentSize() + ")");
            modules = new StepModules(true);
        }
        sequential("decoder", plan.decoder(), modules);
        line(0, "");
        passes(vae);
        return out.toString().stripTrailing();
    }

    private void sequential(String stack, List<NetworkPlan.Step> steps, StepModules modules) {
        line(2, "self." + stack + " = nn.Sequential(OrderedDict([");
        for (NetworkPlan.Step step : steps) {
            String role = switch (step.role()) {
                case CODE -> "the code: ";
                case OUTPUT -> "the output: ";
                case ROW -> "";
            };
            line(3, "# " + step.parameterName() + " " + role + step.spec() + ": " + step.input() + " -> "
                    + step.output());
            for (StepModules.Module m : modules.of(step)) {
                line(3, "(\"" + m.name() + "\", " + m.expression() + "),"
                        + (m.remark().isEmpty() ? "" : "  # " + m.remark()));
            }
        }
        line(2, "]))");
    }

    private void passes(boolean vae) {
        line(1, "def encode(self, x):");
        lines(2, vae ? List.of("\"\"\"The mean and log-variance of each row's code (rows flat, as the data holds them).\"\"\"",
                        "h = self.encoder(x).flatten(1)", "return self.mean(h), self.logvar(h)")
                : List.of("\"\"\"The code of each row (rows flat, as the data holds them).\"\"\"", "return self.encoder(x)"));
        line(0, "");
        line(1, "def decode(self, code, logits=False):");
        line(2, "\"\"\"Each code's reconstruction as a flat row; logits=True stops before the output sigmoid.\"\"\"");
        line(2, "return (self.decoder[:-1] if logits else self.decoder)(code).flatten(1)");
        line(0, "");
        line(1, "def forward(self, x):");
        line(2, "\"\"\"(output, code, mean, logvar) of one pass, the output as logits when LOGITS_FUSED"
                + (vae ? "; while\n        training, the code is sampled: z = mean + exp(logvar / 2) * eps.\"\"\""
                : ".\"\"\""));
        lines(2, vae ? List.of("mean, logvar = self.encode(x)",
                        "code = mean + torch.exp(0.5 * logvar) * torch.randn_like(mean) if self.training else mean",
                        "return self.decode(code, self.LOGITS_FUSED), code, mean, logvar")
                : List.of("code = self.encode(x)", "return self.decode(code, self.LOGITS_FUSED), code, None, None"));
        NetworkPlan.Step last = plan.encoder().isEmpty() ? null : plan.encoder().get(plan.encoder().size() - 1);
        if (last != null && last.role() == NetworkPlan.Role.CODE) {
            line(0, "");
            line(1, "def code_layer(self):");
            line(2, "\"\"\"The dense layer that makes the code (the contractive penalty takes its weights).\"\"\"");
            line(2, "return self.encoder.get_submodule(\"" + last.index() + "\")");
        }
    }

    private static String python(boolean b) {
        return b ? "True" : "False";
    }

    private void lines(int indent, List<String> texts) {
        texts.forEach(text -> line(indent, text));
    }

    private void line(int indent, String text) {
        out.append(text.isEmpty() ? "" : "    ".repeat(indent) + text).append('\n');
    }
}
