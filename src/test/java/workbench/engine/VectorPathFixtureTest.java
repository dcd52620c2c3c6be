package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The production path against PyTorch (vector_path.json from
 * tools/fixtures/make_vector_path_fixtures.py): the Vector API products that {@link GemmSelector}
 * picks, and the vector loops of ReLU's gradient, BCE from logits and Adam, on layers 33 to 45
 * wide, so that every loop runs whole vectors and a ragged tail. The fixture is float64 maths on
 * float32 inputs; the engine's float32 results must be within a relative 1e-5 of it.
 */
class VectorPathFixtureTest {
    private static final double RELATIVE = 1e-5;
    private static final JsonNode FIXTURE = Fixtures.load("vector_path.json");

    @Test
    void theEngineRunsTheVectorKernels() {
        assertTrue(GemmSelector.VECTOR_KERNELS, "the tests run with --add-modules jdk.incubator.vector (see pom.xml),"
                + " so the engine must choose its Vector API kernels; without them this fixture checks nothing new");
        assertInstanceOf(VectorGemm.class, Gemm.standard());
        assertTrue(AdamStep.VECTOR, "Adam's vector loop is on");
    }

    @Test
    void denseProductsOnTheVectorKernelMatchTorch() {
        JsonNode d = FIXTURE.get("dense");
        FMatrixRMaj input = Fixtures.matrix(d.get("input"));
        FMatrixRMaj weight = Fixtures.matrix(d.get("weight"));
        Dense dense = new Dense("dense", weight.numCols, Gemm.standard());
        dense.build(Shape.flat(input.numCols), 0);
        dense.weights().setTo(weight);
        dense.bias().setTo(Fixtures.matrix(d.get("bias")));
        Fixtures.assertRelative("x W + b", Fixtures.matrix(d.get("output")), dense.forward(input, true), RELATIVE);
        FMatrixRMaj gradInput = dense.backward(Fixtures.matrix(d.get("grad_output")), true);
        Fixtures.assertRelative("g W^T", Fixtures.matrix(d.get("grad_input")), gradInput, RELATIVE);
        Fixtures.assertRelative("x^T g", Fixtures.matrix(d.get("grad_weight")), dense.parameters().get(0).gradient(),
                RELATIVE);
        Fixtures.assertRelative("bias gradient", Fixtures.matrix(d.get("grad_bias")),
                dense.parameters().get(1).gradient(), RELATIVE);
    }

    /** 45-37-[35]-37-45 with ReLU on the hidden layers and the code, a sigmoid output and BCE. */
    private static Autoencoder wideAutoencoder(JsonNode a) {
        JsonNode sizes = a.get("sizes");
        assertEquals(List.of("relu", "relu", "relu", "sigmoid"),
                List.of(a.get("activations").get(0).asText(), a.get("activations").get(1).asText(),
                        a.get("activations").get(2).asText(), a.get("activations").get(3).asText()));
        ModelSpec spec = new ModelSpec(Shape.flat(sizes.get(0).asInt()),
                List.of(LayerSpec.dense(sizes.get(1).asInt(), ActivationFunction.RELU)), sizes.get(2).asInt(),
                ActivationFunction.RELU, true, List.of(), ActivationFunction.SIGMOID, VariantSpec.plain(),
                LossFunction.BCE, null, 1);
        Autoencoder model = new Autoencoder(spec);
        assertEquals("45-37-[35]-37-45", spec.summary());
        Fixtures.loadWeights(model, a.get("layers"));
        return model;
    }

    @Test
    void wideAutoencoderForwardAndBackwardMatchTorch() {
        JsonNode a = FIXTURE.get("autoencoder");
        Autoencoder model = wideAutoencoder(a);
        FMatrixRMaj x = Fixtures.matrix(a.get("input"));
        LossBreakdown loss = model.computeGradients(x, x, 0);
        double expected = a.get("loss").asDouble();
        assertEquals(expected, loss.objective(), RELATIVE * expected, "BCE");
        List<Parameter> params = model.parameters();
        JsonNode grads = a.get("grads");
        for (int i = 0; i < grads.size(); i++) {
            Fixtures.assertRelative(params.get(2 * i).name(), Fixtures.matrix(grads.get(i).get("weight")),
                    params.get(2 * i).gradient(), RELATIVE);
            Fixtures.assertRelative(params.get(2 * i + 1).name(), Fixtures.matrix(grads.get(i).get("bias")),
                    params.get(2 * i + 1).gradient(), RELATIVE);
        }
        Fixtures.assertRelative("reconstruction", Fixtures.matrix(a.get("output")), model.reconstruct(x), RELATIVE);
    }

    /**
     * Adam on the wide model's parameters, fed the fixture's gradients times a scale per step (powers
     * of two, so both sides see the same float32 gradients): Adam divides each gradient by its own
     * running size, which would magnify the float32 rounding of near-zero gradients far beyond 1e-5.
     */
    @Test
    void adamStepsOnTheWideAutoencodersParametersMatchTorch() {
        JsonNode a = FIXTURE.get("autoencoder");
        JsonNode adam = a.get("adam");
        Autoencoder model = wideAutoencoder(a);
        List<Parameter> params = model.parameters();
        Optimizer optimizer = new Optimizer(new OptimizerSpec(OptimizerKind.ADAM, adam.get("lr").asDouble(), 0,
                adam.get("betas").get(0).asDouble(), adam.get("betas").get(1).asDouble(), adam.get("eps").asDouble(),
                0, 0, 0, 0));
        JsonNode grads = a.get("grads");
        JsonNode scales = adam.get("gradient_scales");
        assertTrue(scales.size() >= 2, "more than one step, so the running averages matter");
        for (JsonNode scale : scales) {
            for (int i = 0; i < grads.size(); i++) {
                setScaled(params.get(2 * i).gradient(), grads.get(i).get("weight"), scale.floatValue());
                setScaled(params.get(2 * i + 1).gradient(), grads.get(i).get("bias"), scale.floatValue());
            }
            optimizer.step(params);
        }
        JsonNode after = adam.get("layers_after");
        for (int i = 0; i < after.size(); i++) {
            Fixtures.assertRelative(params.get(2 * i).name() + " after " + scales.size() + " steps",
                    Fixtures.matrix(after.get(i).get("weight")), params.get(2 * i).value(), RELATIVE);
            Fixtures.assertRelative(params.get(2 * i + 1).name() + " after " + scales.size() + " steps",
                    Fixtures.matrix(after.get(i).get("bias")), params.get(2 * i + 1).value(), RELATIVE);
        }
    }

    private static void setScaled(FMatrixRMaj gradient, JsonNode values, float scale) {
        FMatrixRMaj g = Fixtures.matrix(values);
        for (int j = 0; j < g.data.length; j++) {
            gradient.data[j] = g.data[j] * scale;
        }
    }
}
