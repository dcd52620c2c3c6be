package workbench.engine;

import java.util.Locale;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;

/**
 * Milliseconds per forward + backward pass of the convolution layers on an MNIST-sized batch
 * (128 x 1 x 28 x 28), after warm-up, for each available product kernel. Run it with the Vector
 * API visible to Maven's JVM:
 *
 * <pre>
 * MAVEN_OPTS="--add-modules jdk.incubator.vector" mvn -B -q -o test-compile exec:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=workbench.engine.ConvBench
 * </pre>
 */
public final class ConvBench {
    private static final int BATCH = 128;

    private ConvBench() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Gemm[] gemms = {EjmlGemm.SINGLE_THREADED, EjmlGemm.MULTI_THREADED, Gemm.standard()};
        String[] names = {"EJML 1T", "EJML MT", "standard (" + Gemm.standard().getClass().getSimpleName() + ")"};
        for (int i = 0; i < gemms.length; i++) {
            Gemm gemm = gemms[i];
            measure(names[i], new Conv2D("c", 16, 3, 1, Padding.SAME, gemm), Shape.image(1, 28, 28), repeats, false);
            measure(names[i], new Conv2D("c", 16, 3, 1, Padding.SAME, gemm), Shape.image(1, 28, 28), repeats, true);
            measure(names[i], new Conv2D("c", 32, 3, 1, Padding.SAME, gemm), Shape.image(16, 14, 14), repeats, true);
            measure(names[i], new ConvTranspose2D("t", 16, 3, 2, Padding.SAME, gemm), Shape.image(32, 7, 7), repeats,
                    true);
        }
        measure("-", new MaxPool2D(2, 2, Padding.SAME), Shape.image(16, 28, 28), repeats, true);
        measure("-", new Upsample2D(2), Shape.image(16, 14, 14), repeats, true);
    }

    private static void measure(String gemm, Layer layer, Shape shape, int repeats, boolean inputGradient) {
        Shape out = layer.build(shape, 0);
        layer.initialize(Initializer.HE_UNIFORM, new Well19937c(1));
        FMatrixRMaj x = GradientCheck.random(BATCH, shape.size(), 1, 1.0);
        FMatrixRMaj g = GradientCheck.random(BATCH, out.size(), 2, 1.0);
        for (int i = 0; i < repeats; i++) {
            layer.forward(x, true);
            layer.backward(g, inputGradient);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            layer.forward(x, true);
            layer.backward(g, inputGradient);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        System.out.printf(Locale.ROOT, "%-22s %-36s %-9s %s: best %6.2f ms, mean %6.2f ms%n", gemm, layer.describe(),
                shape, inputGradient ? "with dX" : "no dX", best / 1e6, total / 1e6 / repeats);
    }
}
