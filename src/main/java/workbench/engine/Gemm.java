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

    /** The kernel the engine uses unless told otherwise. */
    static Gemm standard() {
        return EjmlGemm.MULTI_THREADED;
    }
}
