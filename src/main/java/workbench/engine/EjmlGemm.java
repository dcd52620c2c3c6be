package workbench.engine;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;

/**
 * EJML's float products. Both variants split the output by rows, so each output value is summed
 * in the same order whatever the thread count: results are identical run to run.
 */
public enum EjmlGemm implements Gemm {
    SINGLE_THREADED {
        @Override
        public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            CommonOps_FDRM.mult(a, b, c);
        }

        @Override
        public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            CommonOps_FDRM.multTransA(a, b, c);
        }

        @Override
        public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            CommonOps_FDRM.multTransB(a, b, c);
        }
    },
    MULTI_THREADED {
        @Override
        public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            if (isSmall(a.numRows, a.numCols, b.numCols)) {
                CommonOps_FDRM.mult(a, b, c);
            } else {
                CommonOps_MT_FDRM.mult(a, b, c);
            }
        }

        @Override
        public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            if (isSmall(a.numCols, a.numRows, b.numCols)) {
                CommonOps_FDRM.multTransA(a, b, c);
            } else {
                CommonOps_MT_FDRM.multTransA(a, b, c);
            }
        }

        @Override
        public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            if (isSmall(a.numRows, a.numCols, b.numRows)) {
                CommonOps_FDRM.multTransB(a, b, c);
            } else {
                CommonOps_MT_FDRM.multTransB(a, b, c);
            }
        }
    };

    /** Below about a million multiply-adds, handing work to another thread costs more than it saves. */
    private static boolean isSmall(int m, int k, int n) {
        return (long) m * k * n < 1_000_000L;
    }
}
