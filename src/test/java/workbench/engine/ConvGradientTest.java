package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convolution, pooling and reshaping layers' backward passes against central differences of
 * L = sum(output * R), on odd image sizes where an off-by-one in padding or stride would show.
 */
class ConvGradientTest {
    private static final double TOLERANCE = 3e-3;

    /** Builds the layer on {@code shape}, then checks the input and every parameter gradient. */
    private static void checkLayer(String what, Layer layer, Shape shape, FMatrixRMaj input) {
        assertEquals(shape.size(), input.numCols);
        Shape out = layer.build(shape, 0);
        layer.initialize(Initializer.GLOROT_UNIFORM, new Well19937c(3));
        randomizeBiases(layer);
        FMatrixRMaj y = layer.forward(input, true);
        assertEquals(input.numRows, y.numRows, what + " rows");
        assertEquals(out.size(), y.numCols, what + " columns");
        FMatrixRMaj r = GradientCheck.random(y.numRows, y.numCols, 11, 1.0);
        FMatrixRMaj gradInput = layer.backward(r, true).copy();
        List<FMatrixRMaj> paramGrads = layer.parameters().stream().map(p -> p.gradient().copy()).toList();
        DoubleSupplier loss = () -> GradientCheck.dot(layer.forward(input, true), r);
        GradientCheck.check(what + " input", input, gradInput, loss, TOLERANCE);
        for (int i = 0; i < paramGrads.size(); i++) {
            Parameter p = layer.parameters().get(i);
            GradientCheck.check(what + " " + p.name(), p.value(), paramGrads.get(i), loss, TOLERANCE);
        }
        // Without the input gradient the parameter gradients must not change.
        layer.forward(input, true);
        assertNull(layer.backward(r, false), what + " skips the input gradient");
        for (int i = 0; i < paramGrads.size(); i++) {
            Fixtures.assertClose(what + " parameter gradient without input gradient", paramGrads.get(i),
                    layer.parameters().get(i).gradient(), 1e-6, 1e-6);
        }
    }

    /** Zero biases would hide a bias added to the wrong channel. */
    private static void randomizeBiases(Layer layer) {
        for (Parameter p : layer.parameters()) {
            if (!p.regularized()) {
                p.value().setTo(GradientCheck.random(p.value().numRows, p.value().numCols, 17, 0.5));
            }
        }
    }

    static Stream<Arguments> convolutions() {
        List<Arguments> cases = new ArrayList<>();
        int[][] kernelStride = {{1, 1}, {2, 1}, {3, 1}, {1, 2}, {2, 2}, {3, 2}};
        for (Gemm gemm : new Gemm[] {EjmlGemm.SINGLE_THREADED, Gemm.standard()}) {
            for (int[] ks : kernelStride) {
                for (Padding padding : Padding.values()) {
                    cases.add(Arguments.of(ks[0], ks[1], padding, gemm));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "k{0} s{1} {2} {3}")
    @MethodSource("convolutions")
    void conv2d(int kernel, int stride, Padding padding, Gemm gemm) {
        Shape shape = Shape.image(3, 7, 5);
        FMatrixRMaj x = GradientCheck.random(2, shape.size(), 1, 1.0);
        checkLayer("Conv2D", new Conv2D("c", 4, kernel, stride, padding, gemm), shape, x);
    }

    @ParameterizedTest(name = "k{0} s{1} {2} {3}")
    @MethodSource("convolutions")
    void convTranspose2d(int kernel, int stride, Padding padding, Gemm gemm) {
        Shape shape = Shape.image(3, 4, 3);
        FMatrixRMaj x = GradientCheck.random(2, shape.size(), 2, 1.0);
        checkLayer("ConvTranspose2D", new ConvTranspose2D("t", 2, kernel, stride, padding, gemm), shape, x);
    }

    @Test
    void convolutionsWithOneSample() {
        Shape shape = Shape.image(2, 5, 6);
        FMatrixRMaj x = GradientCheck.random(1, shape.size(), 3, 1.0);
        checkLayer("Conv2D", new Conv2D("c", 3, 3, 2, Padding.SAME, Gemm.standard()), shape, x);
        checkLayer("ConvTranspose2D", new ConvTranspose2D("t", 3, 3, 2, Padding.SAME, Gemm.standard()), shape, x);
    }

    @Test
    void kernelLargerThanStrideAndImage() {
        // A SAME kernel wider than the image: most taps fall on padding.
        Shape shape = Shape.image(1, 2, 3);
        FMatrixRMaj x = GradientCheck.random(2, shape.size(), 4, 1.0);
        checkLayer("Conv2D", new Conv2D("c", 2, 5, 1, Padding.SAME, EjmlGemm.SINGLE_THREADED), shape, x);
        checkLayer("ConvTranspose2D", new ConvTranspose2D("t", 2, 1, 3, Padding.SAME, EjmlGemm.SINGLE_THREADED),
                shape, x);
    }

    static Stream<Arguments> pools() {
        return Stream.of(Arguments.of(2, 2, Padding.SAME), Arguments.of(2, 2, Padding.VALID),
                Arguments.of(3, 2, Padding.SAME), Arguments.of(3, 2, Padding.VALID),
                Arguments.of(3, 1, Padding.SAME), Arguments.of(2, 1, Padding.VALID),
                Arguments.of(1, 2, Padding.SAME));
    }

    /** Distinct values at least 0.05 apart, so a 0.01 step never changes which value is the maximum. */
    private static FMatrixRMaj withoutTies(int rows, int cols, long seed) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows * cols; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        for (int i = 0; i < order.size(); i++) {
            m.data[i] = 0.05f * (order.get(i) - order.size() / 2);
        }
        return m;
    }

    @ParameterizedTest(name = "size {0} stride {1} {2}")
    @MethodSource("pools")
    void maxPool(int size, int stride, Padding padding) {
        Shape shape = Shape.image(3, 7, 5);
        checkLayer("MaxPool2D", new MaxPool2D(size, stride, padding), shape, withoutTies(2, shape.size(), 7));
    }

    @ParameterizedTest(name = "size {0} stride {1} {2}")
    @MethodSource("pools")
    void avgPool(int size, int stride, Padding padding) {
        Shape shape = Shape.image(3, 7, 5);
        checkLayer("AvgPool2D", new AvgPool2D(size, stride, padding), shape, GradientCheck.random(2, shape.size(), 8, 1.0));
    }

    @Test
    void poolsWithOneSample() {
        Shape shape = Shape.image(1, 5, 5);
        checkLayer("MaxPool2D", new MaxPool2D(2, 2, Padding.SAME), shape, withoutTies(1, shape.size(), 9));
        checkLayer("AvgPool2D", new AvgPool2D(2, 2, Padding.SAME), shape, GradientCheck.random(1, shape.size(), 9, 1.0));
    }

    @Test
    void maxPoolRoutesTiesToTheFirstMaximum() {
        MaxPool2D pool = new MaxPool2D(2, 2, Padding.VALID);
        pool.build(Shape.image(1, 2, 2), 0);
        FMatrixRMaj x = new FMatrixRMaj(1, 4, true, 1f, 3f, 3f, 0f);
        assertEquals(3f, pool.forward(x, false).get(0, 0));
        FMatrixRMaj g = pool.backward(new FMatrixRMaj(1, 1, true, 1f), true);
        assertEquals(new FMatrixRMaj(1, 4, true, 0f, 1f, 0f, 0f).toString(), g.toString());
    }

    @Test
    void avgPoolDividesBorderWindowsByTheValuesInside() {
        AvgPool2D pool = new AvgPool2D(2, 2, Padding.SAME);
        pool.build(Shape.image(1, 3, 3), 0);
        FMatrixRMaj x = new FMatrixRMaj(1, 9, true, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        FMatrixRMaj y = pool.forward(x, false);
        FMatrixRMaj expected = new FMatrixRMaj(1, 4, true, 3f, 4.5f, 7.5f, 9f);
        Fixtures.assertClose("avg", expected, y, 1e-6, 1e-6);
    }

    @Test
    void upsampling() {
        Shape shape = Shape.image(2, 3, 4);
        FMatrixRMaj x = GradientCheck.random(2, shape.size(), 12, 1.0);
        checkLayer("Upsample2D(2)", new Upsample2D(2), shape, x);
        checkLayer("Upsample2D(to 7x9)", new Upsample2D(7, 9), shape, x);
        checkLayer("Upsample2D(to 2x3)", new Upsample2D(2, 3), shape, x);
        Upsample2D up = new Upsample2D(2);
        up.build(Shape.image(1, 2, 2), 0);
        FMatrixRMaj y = up.forward(new FMatrixRMaj(1, 4, true, 1, 2, 3, 4), false);
        assertEquals(new FMatrixRMaj(1, 16, true, 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4).toString(), y.toString());
    }

    @Test
    void paddingAndCropping() {
        Shape shape = Shape.image(2, 3, 4);
        FMatrixRMaj x = GradientCheck.random(2, shape.size(), 13, 1.0);
        checkLayer("ZeroPadding2D(2)", new Border2D(2), shape, x);
        checkLayer("Cropping2D(1)", new Border2D(-1), shape, x);
        Border2D pad = new Border2D(1);
        assertEquals(Shape.image(1, 4, 4), pad.build(Shape.image(1, 2, 2), 0));
        FMatrixRMaj padded = pad.forward(new FMatrixRMaj(1, 4, true, 1, 2, 3, 4), false);
        assertEquals(new FMatrixRMaj(1, 16, true, 0, 0, 0, 0, 0, 1, 2, 0, 0, 3, 4, 0, 0, 0, 0, 0).toString(),
                padded.toString());
        Border2D crop = new Border2D(-1);
        assertEquals(Shape.image(1, 2, 2), crop.build(Shape.image(1, 4, 4), 0));
        FMatrixRMaj back = crop.forward(padded, false);
        assertEquals(new FMatrixRMaj(1, 4, true, 1, 2, 3, 4).toString(), back.toString(), "cropping undoes padding");
    }

    @Test
    void flattenAndReshapePassDataThrough() {
        FMatrixRMaj x = GradientCheck.random(3, 24, 13, 1.0);
        Flatten flatten = new Flatten();
        assertEquals(Shape.flat(24), flatten.build(Shape.image(2, 3, 4), 0));
        assertSame(x, flatten.forward(x, true));
        assertSame(x, flatten.backward(x, true));
        assertNull(flatten.backward(x, false));
        Reshape reshape = new Reshape(Shape.image(6, 2, 2));
        assertEquals(Shape.image(6, 2, 2), reshape.build(Shape.flat(24), 0));
        assertSame(x, reshape.forward(x, true));
        assertSame(x, reshape.backward(x, true));
        ShapeException e = assertThrows(ShapeException.class, () -> new Reshape(Shape.image(8, 4, 4)).build(Shape.flat(100), 4));
        assertEquals(4, e.layerIndex());
        assertTrue(e.getMessage().startsWith("Reshape #5: input 100 has 100 values but 8x4x4 needs 128"), e.getMessage());
    }

    private static Shape stack(Shape input, Layer... layers) {
        Shape shape = input;
        for (int i = 0; i < layers.length; i++) {
            shape = layers[i].build(shape, i);
        }
        return shape;
    }

    @Test
    void mnistLikeShapes() {
        Gemm gemm = EjmlGemm.SINGLE_THREADED;
        Conv2D c1 = new Conv2D("e0", 16, 3, 1, Padding.SAME, gemm);
        MaxPool2D p1 = new MaxPool2D(2, 2, Padding.SAME);
        Conv2D c2 = new Conv2D("e2", 8, 3, 1, Padding.SAME, gemm);
        MaxPool2D p2 = new MaxPool2D(2, 2, Padding.SAME);
        AvgPool2D p3 = new AvgPool2D(2, 2, Padding.SAME);
        assertEquals(Shape.image(8, 4, 4), stack(Shape.image(1, 28, 28), c1, p1, c2, p2, p3));
        assertEquals(Shape.image(16, 28, 28), c1.outputShape());
        assertEquals(Shape.image(16, 14, 14), p1.outputShape());
        assertEquals(Shape.image(8, 7, 7), p2.outputShape());

        Upsample2D u1 = new Upsample2D(2);
        Upsample2D u2 = new Upsample2D(2);
        Conv2D valid = new Conv2D("d2", 8, 3, 1, Padding.VALID, gemm);
        ConvTranspose2D up = new ConvTranspose2D("d3", 1, 3, 2, Padding.SAME, gemm);
        assertEquals(Shape.image(1, 28, 28), stack(Shape.image(8, 4, 4), u1, u2, valid, up));
        assertEquals(Shape.image(8, 16, 16), u2.outputShape());
        assertEquals(Shape.image(8, 14, 14), valid.outputShape());

        assertEquals(Shape.image(4, 14, 14), new Conv2D("s", 4, 3, 2, Padding.SAME, gemm).build(Shape.image(1, 28, 28), 0));
        assertEquals(Shape.image(4, 4, 4), new Conv2D("s", 4, 3, 2, Padding.SAME, gemm).build(Shape.image(1, 7, 7), 0));
        assertEquals(Shape.image(4, 3, 3), new Conv2D("v", 4, 3, 2, Padding.VALID, gemm).build(Shape.image(1, 7, 7), 0));
        assertEquals(Shape.image(2, 8, 8), new ConvTranspose2D("t", 2, 2, 2, Padding.VALID, gemm).build(Shape.image(1, 4, 4), 0));
        assertEquals(Shape.image(2, 9, 9), new ConvTranspose2D("t", 2, 3, 2, Padding.VALID, gemm).build(Shape.image(1, 4, 4), 0));
        assertEquals(Shape.image(2, 7, 7), new ConvTranspose2D("t", 2, 1, 2, Padding.VALID, gemm).build(Shape.image(1, 4, 4), 0));
        assertEquals(Shape.image(2, 12, 12), new ConvTranspose2D("t", 2, 1, 3, Padding.SAME, gemm).build(Shape.image(1, 4, 4), 0));
        assertEquals(Shape.image(3, 7, 7), new Upsample2D(7, 7).build(Shape.image(3, 4, 4), 0));
        assertEquals(Shape.image(3, 3, 2), new MaxPool2D(3, 2, Padding.VALID).build(Shape.image(3, 7, 5), 0));
        assertEquals(Shape.image(3, 4, 3), new AvgPool2D(3, 2, Padding.SAME).build(Shape.image(3, 7, 5), 0));
    }

    @Test
    void shapeErrorsNameTheLayerAndShapes() {
        Gemm gemm = EjmlGemm.SINGLE_THREADED;
        ShapeException e = assertThrows(ShapeException.class,
                () -> new Conv2D("c", 4, 9, 1, Padding.VALID, gemm).build(Shape.image(8, 7, 7), 2));
        assertEquals(2, e.layerIndex());
        assertTrue(e.getMessage().startsWith("Conv2D #3: input 8x7x7 with kernel 9 and valid padding leaves no output"),
                e.getMessage());
        e = assertThrows(ShapeException.class, () -> new MaxPool2D(3, 3, Padding.VALID).build(Shape.image(2, 2, 9), 0));
        assertTrue(e.getMessage().startsWith("MaxPool2D #1: input 2x2x9 with pool size 3"), e.getMessage());
        e = assertThrows(ShapeException.class, () -> new Conv2D("c", 4, 3, 1, Padding.SAME, gemm).build(Shape.flat(784), 0));
        assertTrue(e.getMessage().contains("Conv2D #1: input is a flat vector of 784 values"), e.getMessage());
        assertTrue(e.getMessage().contains("add a Reshape"), e.getMessage());
        for (Layer layer : new Layer[] {new ConvTranspose2D("t", 1, 3, 2, Padding.SAME, gemm),
                new MaxPool2D(2, 2, Padding.SAME), new AvgPool2D(2, 2, Padding.SAME), new Upsample2D(2)}) {
            e = assertThrows(ShapeException.class, () -> layer.build(Shape.flat(64), 1));
            assertTrue(e.getMessage().contains("#2: input is a flat vector of 64 values"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Conv2D("c", 0, 3, 1, Padding.SAME, gemm));
        assertThrows(IllegalArgumentException.class, () -> new MaxPool2D(2, 0, Padding.SAME));
    }

    @Test
    void descriptions() {
        Gemm gemm = EjmlGemm.SINGLE_THREADED;
        assertEquals("Conv2D(16, 3x3, same)", new Conv2D("c", 16, 3, 1, Padding.SAME, gemm).describe());
        assertEquals("Conv2D(8, 3x3, stride 2, valid)", new Conv2D("c", 8, 3, 2, Padding.VALID, gemm).describe());
        assertEquals("ConvTranspose2D(1, 3x3, stride 2, same)",
                new ConvTranspose2D("t", 1, 3, 2, Padding.SAME, gemm).describe());
        assertEquals("MaxPool2D(2)", new MaxPool2D(2, 2, Padding.VALID).describe());
        assertEquals("MaxPool2D(2, same)", new MaxPool2D(2, 2, Padding.SAME).describe());
        assertEquals("AvgPool2D(3, stride 2)", new AvgPool2D(3, 2, Padding.VALID).describe());
        assertEquals("Upsample2D(2)", new Upsample2D(2).describe());
        assertEquals("Upsample2D(to 7x7)", new Upsample2D(7, 7).describe());
        assertEquals("Flatten", new Flatten().describe());
        assertEquals("Reshape(8x4x4)", new Reshape(Shape.image(8, 4, 4)).describe());
    }

    @Test
    void parametersFollowPyTorchLayoutAndNames() {
        Conv2D conv = new Conv2D("encoder.0", 16, 3, 1, Padding.SAME, EjmlGemm.SINGLE_THREADED);
        conv.build(Shape.image(3, 8, 8), 0);
        assertEquals("encoder.0.weight", conv.parameters().get(0).name());
        assertTrue(conv.parameters().get(0).regularized());
        assertEquals("encoder.0.bias", conv.parameters().get(1).name());
        assertEquals(16, conv.weights().numRows);
        assertEquals(27, conv.weights().numCols);
        assertEquals(16, conv.bias().numCols);
        ConvTranspose2D deconv = new ConvTranspose2D("decoder.1", 4, 2, 2, Padding.VALID, EjmlGemm.SINGLE_THREADED);
        deconv.build(Shape.image(3, 8, 8), 0);
        assertEquals(3, deconv.weights().numRows);
        assertEquals(16, deconv.weights().numCols);
        // PyTorch's default conv start: uniform in +-1/sqrt(fan_in) with fan_in = 3*3*3.
        conv.initialize(Initializer.PYTORCH_DEFAULT, new Well19937c(1));
        float bound = (float) (1 / Math.sqrt(27));
        float max = 0;
        for (float v : conv.weights().data) {
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max <= bound && max > 0.8f * bound, "weights within PyTorch's bound");
    }
}
