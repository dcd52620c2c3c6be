package workbench.engine;

import org.ejml.data.FMatrixRMaj;

/**
 * The three matrix products a dense network needs. Every product in the engine goes through this
 * interface so that a faster kernel can replace EJML's where a benchmark says it pays. The output
 * is reshaped to fit and overwritten; it must not alias an input.
 */
public interface Gemm {

    /** c = a * b */
    void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /** c = a^T * b */
    void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /** c = a * b^T */
    void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /**
     * The kernel the engine uses unless told otherwise: {@link VectorGemm} when the JVM runs with
     * {@code --add-modules jdk.incubator.vector}, EJML's multi-threaded products otherwise; the system
     * property {@code workbench.gemm=ejml|vector} forces one (see {@link GemmSelector}).
     */
    static Gemm standard() {
        return GemmSelector.STANDARD;
    }
}
