package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Forward passes, backward passes and optimizer steps against values PyTorch computed
 * (tools/fixtures/make_fixtures.py; the JSON is checked in, so no Python is needed here).
 */
class PyTorchFixtureTest {
    private static final double REL = 2e-5;
    private static final double ABS = 2e-6;

    @Test
    void activationsForwardAndBackward() {
        JsonNode cases = Fixtures.load("activations.json").get("cases");
        assertEquals(7, cases.size());
        for (JsonNode c : cases) {
            ActivationFunction f = ActivationFunction.parse(c.get("activation").asText());
            float alpha = c.has("alpha") ? (float) c.get("alpha").asDouble() : f.defaultAlpha();
            ActivationLayer layer = new ActivationLayer(f, alpha);
            FMatrixRMaj input = Fixtures.matrix(c.get("input"));
            layer.build(Shape.flat(input.numCols), 0);
            Fixtures.assertClose(f + " output", Fixtures.matrix(c.get("output")), layer.forward(input, true), REL, ABS);
            Fixtures.assertClose(f + " grad", Fixtures.matrix(c.get("grad_input")),
                    layer.backward(Fixtures.matrix(c.get("grad_output")), true), REL, ABS);
        }
    }

    @Test
    void denseForwardAndBackward() {
        JsonNode d = Fixtures.load("dense.json");
        FMatrixRMaj input = Fixtures.matrix(d.get("input"));
        FMatrixRMaj weight = Fixtures.matrix(d.get("weight"));
        Dense dense = new Dense("dense", weight.numCols, EjmlGemm.SINGLE_THREADED);
        dense.build(Shape.flat(input.numCols), 0);
        dense.weights().setTo(weight);
        dense.bias().setTo(Fixtures.matrix(d.get("bias")));
        Fixtures.assertClose("output", Fixtures.matrix(d.get("output")), dense.forward(input, true), REL, ABS);
        FMatrixRMaj gradInput = dense.backward(Fixtures.matrix(d.get("grad_output")), true);
        Fixtures.assertClose("grad input", Fixtures.matrix(d.get("grad_input")), gradInput, REL, ABS);
        Fixtures.assertClose("grad weight", Fixtures.matrix(d.get("grad_weight")),
                dense.parameters().get(0).gradient(), REL, ABS);
        Fixtures.assertClose("grad bias", Fixtures.matrix(d.get("grad_bias")),
                dense.parameters().get(1).gradient(), REL, ABS);
    }

    @Test
    void lossesValuePerSampleAndGradient() {
        JsonNode cases = Fixtures.load("losses.json").get("cases");
        assertEquals(5, cases.size());
        for (JsonNode c : cases) {
            String name = c.get("loss").asText();
            boolean logits = name.equals("bce_logits");
            LossFunction loss = logits ? LossFunction.BCE : LossFunction.parse(name);
            FMatrixRMaj p = Fixtures.matrix(c.get("prediction"));
            FMatrixRMaj t = Fixtures.matrix(c.get("target"));
            float[] rows = new float[p.numRows];
            FMatrixRMaj grad = new FMatrixRMaj(1, 1);
            int n = p.getNumElements();
            double total = loss.evaluate(p, t, logits, rows, grad, 1f / n);
            assertEquals(c.get("value").asDouble(), total / n, 1e-6 + 1e-5 * Math.abs(total / n), name);
            for (int r = 0; r < p.numRows; r++) {
                assertEquals(c.get("per_sample").get(r).asDouble(), rows[r] / p.numCols, 2e-6, name + " row " + r);
            }
            Fixtures.assertClose(name + " grad", Fixtures.matrix(c.get("grad")), grad, REL, ABS);
        }
    }

    @Test
    void optimizerStepsMatchTorch() {
        JsonNode cases = Fixtures.load("optimizers.json").get("cases");
        assertEquals(7, cases.size());
        for (JsonNode c : cases) {
            String name = c.get("optimizer").asText();
            OptimizerSpec spec = switch (name) {
                case "sgd" -> OptimizerSpec.defaults(OptimizerKind.SGD);
                case "momentum" -> OptimizerSpec.defaults(OptimizerKind.MOMENTUM).withMomentum(c.get("momentum").asDouble());
                case "nesterov" -> OptimizerSpec.defaults(OptimizerKind.NESTEROV).withMomentum(c.get("momentum").asDouble());
                case "rmsprop" -> new OptimizerSpec(OptimizerKind.RMSPROP, 1, 0, 0.9, c.get("alpha").asDouble(),
                        c.get("eps").asDouble(), 0, 0, 0, 0);
                case "adam", "adam_l2" -> new OptimizerSpec(OptimizerKind.ADAM, 1, 0, c.get("betas").get(0).asDouble(),
                        c.get("betas").get(1).asDouble(), c.get("eps").asDouble(), c.get("weight_decay").asDouble(), 0, 0, 0);
                case "adamw" -> new OptimizerSpec(OptimizerKind.ADAMW, 1, 0, c.get("betas").get(0).asDouble(),
                        c.get("betas").get(1).asDouble(), c.get("eps").asDouble(), c.get("weight_decay").asDouble(), 0, 0, 0);
                default -> throw new AssertionError("unexpected case " + name);
            };
            spec = spec.withLearningRate(c.get("lr").asDouble());
            Parameter p = new Parameter("w", Fixtures.matrix(c.get("initial")), true);
            Optimizer optimizer = new Optimizer(spec);
            for (int step = 0; step < 3; step++) {
                p.gradient().setTo(Fixtures.matrix(c.get("grads").get(step)));
                optimizer.step(List.of(p));
                Fixtures.assertClose(name + " step " + (step + 1), Fixtures.matrix(c.get("after_steps").get(step)),
                        p.value(), 1e-5, 1e-6);
            }
        }
    }

    @Test
    void smallAutoencodersForwardBackward() {
        for (JsonNode c : Fixtures.load("autoencoder.json").get("cases")) {
            JsonNode sizes = c.get("sizes");
            ActivationFunction hidden = ActivationFunction.parse(c.get("activations").get(0).asText());
            ActivationFunction code = ActivationFunction.parse(c.get("activations").get(1).asText());
            ActivationFunction output = ActivationFunction.parse(c.get("activations").get(3).asText());
            ModelSpec spec = new ModelSpec(Shape.flat(sizes.get(0).asInt()), List.of(LayerSpec.dense(sizes.get(1).asInt(), hidden)),
                    sizes.get(2).asInt(), code, true, List.of(), output, VariantSpec.plain(),
                    LossFunction.parse(c.get("loss_function").asText()), null, 1);
            Autoencoder model = new Autoencoder(spec, EjmlGemm.SINGLE_THREADED);
            Fixtures.loadWeights(model, c.get("layers"));
            FMatrixRMaj x = Fixtures.matrix(c.get("input"));
            LossBreakdown loss = model.computeGradients(x, x, 0);
            String name = c.get("name").asText();
            assertEquals(c.get("loss").asDouble(), loss.objective(), 1e-5 * Math.abs(c.get("loss").asDouble()), name);
            Fixtures.assertGradients(name, model, c.get("grads"));
            Fixtures.assertClose(name + " output", Fixtures.matrix(c.get("output")), model.reconstruct(x), REL, ABS);
        }
    }

    @Test
    void variationalForwardBackward() {
        JsonNode d = Fixtures.load("vae.json");
        ModelSpec spec = new ModelSpec(Shape.flat(6), List.of(LayerSpec.dense(4, ActivationFunction.RELU)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID,
                VariantSpec.variational(d.get("beta").asDouble(), 0), LossFunction.BCE, null, 1);
        Autoencoder model = new Autoencoder(spec, EjmlGemm.SINGLE_THREADED);
        Fixtures.loadWeights(model, d.get("layers"));
        FMatrixRMaj eps = Fixtures.matrix(d.get("eps"));
        model.setLatentNoise((buffer, n) -> System.arraycopy(eps.data, 0, buffer, 0, n));
        FMatrixRMaj x = Fixtures.matrix(d.get("input"));
        LossBreakdown loss = model.computeGradients(x, x, 0);
        assertEquals(d.get("recon").asDouble(), loss.reconstructionSum(), 1e-5 * d.get("recon").asDouble());
        assertEquals(d.get("kl").asDouble(), loss.kl(), 1e-5 * d.get("kl").asDouble());
        assertEquals(d.get("total").asDouble(), loss.objective(), 1e-5 * d.get("total").asDouble());
        Fixtures.assertGradients("vae", model, d.get("grads"));
        Fixtures.assertClose("codes are the means", Fixtures.matrix(d.get("mu")), model.encode(x), REL, ABS);
    }

    @Test
    void sparsePenaltiesForwardBackward() {
        List<String> seen = new ArrayList<>();
        for (JsonNode c : Fixtures.load("sparse.json").get("cases")) {
            String name = c.get("name").asText();
            VariantSpec variant = name.equals("l1") ? VariantSpec.sparseL1(c.get("lambda").asDouble())
                    : VariantSpec.sparseKl(c.get("beta").asDouble(), c.get("rho").asDouble());
            ModelSpec spec = new ModelSpec(Shape.flat(6), List.of(), 4, ActivationFunction.SIGMOID, true, List.of(),
                    ActivationFunction.SIGMOID, variant, LossFunction.MSE, null, 1);
            Autoencoder model = new Autoencoder(spec, EjmlGemm.SINGLE_THREADED);
            Fixtures.loadWeights(model, c.get("layers"));
            FMatrixRMaj x = Fixtures.matrix(c.get("input"));
            LossBreakdown loss = model.computeGradients(x, x, 0);
            assertEquals(c.get("mse").asDouble(), loss.reconstructionMean(), 1e-6, name);
            assertEquals(c.get("penalty_value").asDouble(), loss.penalty(), 1e-6, name);
            assertEquals(c.get("total").asDouble(), loss.objective(), 1e-6, name);
            Fixtures.assertGradients(name, model, c.get("grads"));
            seen.add(name);
        }
        assertEquals(List.of("l1", "kl"), seen);
    }

    /** The closed-form contractive penalty against one built from autograd's Jacobian, and every gradient. */
    @Test
    void contractivePenaltyMatchesAutogradsJacobian() {
        List<String> seen = new ArrayList<>();
        for (JsonNode c : Fixtures.load("contractive.json").get("cases")) {
            String name = c.get("name").asText();
            List<ActivationFunction> acts = new ArrayList<>();
            c.get("activations").forEach(a -> acts.add(ActivationFunction.parse(a.asText())));
            List<Integer> sizes = new ArrayList<>();
            c.get("sizes").forEach(n -> sizes.add(n.asInt()));
            int codeIndex = sizes.size() / 2 - 1;
            List<LayerSpec> encoder = new ArrayList<>();
            List<LayerSpec> decoder = new ArrayList<>();
            for (int k = 0; k < acts.size() - 1; k++) {
                if (k < codeIndex) {
                    encoder.add(LayerSpec.dense(sizes.get(k + 1), acts.get(k)));
                } else if (k > codeIndex) {
                    decoder.add(LayerSpec.dense(sizes.get(k + 1), acts.get(k)));
                }
            }
            ModelSpec spec = new ModelSpec(Shape.flat(6), encoder, sizes.get(codeIndex + 1), acts.get(codeIndex),
                    false, decoder, acts.get(acts.size() - 1), VariantSpec.contractive(c.get("lambda").asDouble()),
                    LossFunction.MSE, null, 1);
            Autoencoder model = new Autoencoder(spec, EjmlGemm.SINGLE_THREADED);
            Fixtures.loadWeights(model, c.get("layers"));
            FMatrixRMaj x = Fixtures.matrix(c.get("input"));
            LossBreakdown loss = model.computeGradients(x, x, 0);
            double penalty = c.get("penalty_value").asDouble();
            assertEquals(c.get("mse").asDouble(), loss.reconstructionMean(), 1e-6, name);
            assertEquals(penalty, loss.penalty(), 1e-5 * penalty, name);
            assertEquals(c.get("total").asDouble(), loss.objective(), 1e-5 * c.get("total").asDouble(), name);
            Fixtures.assertGradients(name, model, c.get("grads"));
            Fixtures.assertClose(name + " code", Fixtures.matrix(c.get("code")), model.encode(x), REL, ABS);
            assertEquals(penalty, model.evaluate(x, 0).penalty(), 1e-5 * penalty, name + " evaluated");
            seen.add(name);
        }
        assertEquals(List.of("sigmoid_direct", "tanh_hidden", "relu_direct"), seen);
    }
}
