package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convolution, pooling and upsampling layers against PyTorch (float64) with Keras's padding
 * (tools/fixtures/make_conv_fixtures.py wrote src/test/resources/fixtures/conv.json). The engine
 * computes in float32, hence the looser tolerance than {@link PyTorchFixtureTest}'s.
 */
class ConvFixtureTest {
    private static final double REL = 1e-4;
    private static final double ABS = 1e-5;
    private static final JsonNode FIXTURES = Fixtures.load("conv.json");

    static Gemm[] gemms() {
        return new Gemm[] {EjmlGemm.SINGLE_THREADED, Gemm.standard()};
    }

    private static Shape inputShape(JsonNode c) {
        return Shape.image(c.get("in_channels").asInt(), c.get("height").asInt(), c.get("width").asInt());
    }

    private static Shape outputShape(JsonNode c) {
        JsonNode s = c.get("out_shape");
        return Shape.image(s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt());
    }

    private static Padding padding(JsonNode c) {
        return Padding.valueOf(c.get("padding").asText().toUpperCase(Locale.ROOT));
    }

    /** Forward and backward of {@code layer} on case {@code c}; parameters when it has any. */
    private static void check(String what, Layer layer, JsonNode c) {
        FMatrixRMaj input = Fixtures.matrix(c.get("input"));
        assertEquals(outputShape(c), layer.build(inputShape(c), 0), what + " output shape");
        if (c.has("weight")) {
            layer.parameters().get(0).value().setTo(Fixtures.matrix(c.get("weight")));
            layer.parameters().get(1).value().setTo(Fixtures.matrix(c.get("bias")));
        }
        Fixtures.assertClose(what + " output", Fixtures.matrix(c.get("output")), layer.forward(input, true), REL, ABS);
        FMatrixRMaj r = Fixtures.matrix(c.get("r"));
        Fixtures.assertClose(what + " grad input", Fixtures.matrix(c.get("grad_input")), layer.backward(r, true),
                REL, ABS);
        if (c.has("weight")) {
            Fixtures.assertClose(what + " grad weight", Fixtures.matrix(c.get("grad_weight")),
                    layer.parameters().get(0).gradient(), REL, ABS);
            Fixtures.assertClose(what + " grad bias", Fixtures.matrix(c.get("grad_bias")),
                    layer.parameters().get(1).gradient(), REL, ABS);
            // A first layer skips the input gradient; its parameter gradients must not change.
            layer.forward(input, true);
            assertNull(layer.backward(r, false));
            Fixtures.assertClose(what + " grad weight alone", Fixtures.matrix(c.get("grad_weight")),
                    layer.parameters().get(0).gradient(), REL, ABS);
        }
    }

    @ParameterizedTest
    @MethodSource("gemms")
    void conv2d(Gemm gemm) {
        JsonNode cases = FIXTURES.get("conv2d");
        assertEquals(5, cases.size());
        for (JsonNode c : cases) {
            check("Conv2D " + c.get("name").asText(), new Conv2D("conv", c.get("filters").asInt(),
                    c.get("kernel").asInt(), c.get("stride").asInt(), padding(c), gemm), c);
        }
    }

    @ParameterizedTest
    @MethodSource("gemms")
    void convTranspose2d(Gemm gemm) {
        JsonNode cases = FIXTURES.get("conv_transpose2d");
        assertEquals(6, cases.size());
        for (JsonNode c : cases) {
            check("ConvTranspose2D " + c.get("name").asText(), new ConvTranspose2D("deconv", c.get("filters").asInt(),
                    c.get("kernel").asInt(), c.get("stride").asInt(), padding(c), gemm), c);
        }
    }

    @Test
    void pools() {
        JsonNode cases = FIXTURES.get("pool");
        assertEquals(10, cases.size());
        for (JsonNode c : cases) {
            int size = c.get("size").asInt();
            int stride = c.get("stride").asInt();
            Layer layer = c.get("kind").asText().equals("max")
                    ? new MaxPool2D(size, stride, padding(c)) : new AvgPool2D(size, stride, padding(c));
            check(c.get("name").asText(), layer, c);
        }
    }

    @Test
    void upsampling() {
        JsonNode cases = FIXTURES.get("upsample");
        assertEquals(3, cases.size());
        for (JsonNode c : cases) {
            int factor = c.get("factor").asInt();
            Layer layer = factor > 0 ? new Upsample2D(factor)
                    : new Upsample2D(c.get("size").get(0).asInt(), c.get("size").get(1).asInt());
            check(c.get("name").asText(), layer, c);
        }
    }

    @Test
    void paddingAndCropping() {
        JsonNode cases = FIXTURES.get("border");
        assertEquals(3, cases.size());
        for (JsonNode c : cases) {
            check(c.get("name").asText(), new Border2D(c.get("border").asInt()), c);
        }
    }
}
