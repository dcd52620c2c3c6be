package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/**
 * GFLOP/s of the float products for a dense layer's forward pass (x W) and backward pass
 * (dW = x^T g, dX = g W^T) at batch 256: EJML on one thread and several, and {@link VectorGemm} on
 * one thread and two. Run it with the Vector API visible to Maven's JVM:
 *
 * <pre>
 * MAVEN_OPTS="--add-modules jdk.incubator.vector" mvn -B -q -o test-compile exec:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=workbench.engine.GemmBench
 * </pre>
 *
 * Optional arguments: the measuring time per cell in milliseconds (default 300), and a text that
 * the products measured must contain (e.g. "784x512").
 */
public final class GemmBench {
    private static final int BATCH = 256;
    private static final int[][] LAYERS = {{784, 512}, {784, 128}, {128, 64}, {64, 32}};

    private GemmBench() {
    }

    public static void main(String[] args) {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 300;
        String only = args.length > 1 ? args[1] : "";
        List<String> names = new ArrayList<>(List.of("EJML 1T", "EJML MT"));
        List<Gemm> kernels = new ArrayList<>(List.of(EjmlGemm.SINGLE_THREADED, EjmlGemm.MULTI_THREADED));
        VectorGemm v1 = null;
        VectorGemm v2 = null;
        if (VectorGemm.isAvailable()) {
            v1 = new VectorGemm(1, VectorGemm.DEFAULT_PARALLEL_MACS, VectorGemm.DEFAULT_WAKE_MACS);
            v2 = new VectorGemm(2, VectorGemm.DEFAULT_PARALLEL_MACS, VectorGemm.DEFAULT_WAKE_MACS);
            names.add("Vector 1T");
            kernels.add(v1);
            names.add("Vector 2T");
            kernels.add(v2);
            System.out.println("Vector kernel: " + v2.describe());
        } else {
            System.out.println("Vector API not available: start the JVM with --add-modules jdk.incubator.vector");
        }
        System.out.println("Gemm.standard(): " + VectorGemm.describe(Gemm.standard()));

        Random rnd = new Random(1);
        List<Case> cases = new ArrayList<>();
        for (int[] layer : LAYERS) {
            int in = layer[0];
            int out = layer[1];
            FMatrixRMaj x = random(BATCH, in, rnd);
            FMatrixRMaj w = random(in, out, rnd);
            FMatrixRMaj g = random(BATCH, out, rnd);
            cases.add(new Case(String.format("x W      %dx%d * %dx%d", BATCH, in, in, out),
                    0, x, w, BATCH, in, out));
            cases.add(new Case(String.format("x^T g    (%dx%d) * %dx%d", in, BATCH, BATCH, out),
                    1, x, g, in, BATCH, out));
            cases.add(new Case(String.format("g W^T    %dx%d * (%dx%d)", BATCH, out, out, in),
                    2, g, w, BATCH, out, in));
        }
        cases.removeIf(c -> !c.name.contains(only));

        // Warm every kernel on every shape so that the JIT has compiled what is measured.
        for (int round = 0; round < 2; round++) {
            for (Case c : cases) {
                for (Gemm k : kernels) {
                    time(k, c, 60);
                }
            }
        }

        StringBuilder header = new StringBuilder(String.format("%-28s", "product (GFLOP/s)"));
        for (String name : names) {
            header.append(String.format("%11s", name));
        }
        System.out.println(header);
        for (Case c : cases) {
            StringBuilder line = new StringBuilder(String.format("%-28s", c.name));
            for (Gemm k : kernels) {
                line.append(String.format(Locale.ROOT, "%11.1f", time(k, c, millis)));
            }
            System.out.println(line);
        }
        if (v1 != null) {
            v1.close();
            v2.close();
        }
    }

    /** Best GFLOP/s over batches of calls lasting about a tenth of the time each. */
    private static double time(Gemm gemm, Case c, long millis) {
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        double flops = 2.0 * c.m * c.k * c.n;
        long end = System.nanoTime() + millis * 1_000_000L;
        long slice = Math.max(1_000_000L, millis * 100_000L);
        double best = 0;
        do {
            int calls = 0;
            long t0 = System.nanoTime();
            long t;
            do {
                c.run(gemm, out);
                calls++;
                t = System.nanoTime();
            } while (t - t0 < slice);
            best = Math.max(best, flops * calls / (t - t0));
        } while (System.nanoTime() < end);
        return best;
    }

    private static FMatrixRMaj random(int rows, int cols, Random rnd) {
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = (float) rnd.nextGaussian();
        }
        return x;
    }

    private static final class Case {
        final String name;
        final int op;
        final FMatrixRMaj a;
        final FMatrixRMaj b;
        final int m;
        final int k;
        final int n;

        Case(String name, int op, FMatrixRMaj a, FMatrixRMaj b, int m, int k, int n) {
            this.name = name;
            this.op = op;
            this.a = a;
            this.b = b;
            this.m = m;
            this.k = k;
            this.n = n;
        }

        void run(Gemm gemm, FMatrixRMaj out) {
            if (op == 0) {
                gemm.mult(a, b, out);
            } else if (op == 1) {
                gemm.multTransA(a, b, out);
            } else {
                gemm.multTransB(a, b, out);
            }
        }
    }
}
