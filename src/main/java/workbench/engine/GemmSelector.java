package workbench.engine;

import java.util.Locale;

/**
 * Chooses the kernel behind {@link Gemm#standard()}, once: the Vector API kernel when the JVM was
 * started with {@code --add-modules jdk.incubator.vector}, EJML's multi-threaded products otherwise.
 * The system property {@code workbench.gemm} forces a choice: {@code ejml}, or {@code vector} (which
 * still falls back to EJML, with a warning on stderr, when the module is missing). Any other value
 * is reported on stderr and ignored.
 */
final class GemmSelector {
    static final Gemm STANDARD = choose(System.getProperty("workbench.gemm", "auto"));
    /**
     * Whether the other Vector API loops (BCE, ReLU's gradient, Adam) run: exactly when the products
     * do, so that {@code -Dworkbench.gemm=ejml} gives the whole scalar engine, however it is spelled.
     */
    static final boolean VECTOR_KERNELS = STANDARD instanceof VectorGemm;

    private GemmSelector() {
    }

    static Gemm choose(String setting) {
        String choice = setting.trim().toLowerCase(Locale.ROOT);
        switch (choice) {
            case "ejml":
                return EjmlGemm.MULTI_THREADED;
            case "vector":
                if (!VectorGemm.isAvailable()) {
                    System.err.println("workbench.gemm=vector: the Vector API is not available (start Java with"
                            + " --add-modules jdk.incubator.vector); using EJML");
                }
                return orEjml(VectorGemm.availableOrNull());
            case "auto":
            case "":
                return orEjml(VectorGemm.availableOrNull());
            default:
                System.err.println("workbench.gemm must be ejml or vector, not " + setting
                        + "; choosing automatically");
                return orEjml(VectorGemm.availableOrNull());
        }
    }

    private static Gemm orEjml(Gemm gemm) {
        return gemm != null ? gemm : EjmlGemm.MULTI_THREADED;
    }
}
