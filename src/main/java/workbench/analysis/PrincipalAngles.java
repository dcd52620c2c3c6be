package workbench.analysis;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Principal angles between two subspaces, the basis-free way to ask "do these span the same
 * space?": a linear autoencoder's decoder weights span the PCA subspace in any basis, so comparing
 * the matrices entry by entry would say no even when the answer is yes. All angles near 0 means the
 * same subspace; an angle of pi/2 means a direction of one is orthogonal to the other.
 */
public final class PrincipalAngles {

    private PrincipalAngles() {
    }

    /** Angles in radians, ascending, between the column spaces of a (d x k1) and b (d x k2); min(k1, k2) of them. */
    public static double[] between(FMatrixRMaj a, FMatrixRMaj b) {
        DMatrixRMaj da = new DMatrixRMaj(a.numRows, a.numCols);
        DMatrixRMaj db = new DMatrixRMaj(b.numRows, b.numCols);
        for (int i = 0; i < a.getNumElements(); i++) {
            da.data[i] = a.data[i];
        }
        for (int i = 0; i < b.getNumElements(); i++) {
            db.data[i] = b.data[i];
        }
        return between(da, db);
    }

    /** As {@link #between(FMatrixRMaj, FMatrixRMaj)}, in double precision. */
    public static double[] between(DMatrixRMaj a, DMatrixRMaj b) {
        if (a.numRows != b.numRows) {
            throw new IllegalArgumentException("the two bases live in different spaces: " + a.numRows
                    + " rows against " + b.numRows + "; pass d x k matrices with the same d");
        }
        DMatrixRMaj qa = orthonormalBasis(a, "first");
        DMatrixRMaj qb = orthonormalBasis(b, "second");
        DMatrixRMaj product = new DMatrixRMaj(qa.numCols, qb.numCols);
        CommonOps_DDRM.multTransA(qa, qb, product);
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(product.numRows, product.numCols, false, false, true);
        if (!svd.decompose(product)) {
            throw new IllegalStateException("the SVD did not converge; check the bases for NaN values");
        }
        int m = svd.numberOfSingularValues();
        double[] angles = new double[m];
        double[] s = svd.getSingularValues();
        for (int i = 0; i < m; i++) {
            angles[i] = Math.acos(Math.max(-1.0, Math.min(1.0, s[i])));
        }
        Arrays.sort(angles);
        return angles;
    }

    /** Orthonormal columns spanning the same space as m's, via QR; refuses dependent columns. */
    private static DMatrixRMaj orthonormalBasis(DMatrixRMaj m, String which) {
        if (m.numCols < 1 || m.numCols > m.numRows) {
            throw new IllegalArgumentException("the " + which + " basis is " + m.numRows + " x " + m.numCols
                    + "; expected d x k with 1 <= k <= d (one basis vector per column)");
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m.numRows, m.numCols);
        if (!qr.decompose(m.copy())) {
            throw new IllegalStateException("QR decomposition failed on the " + which + " basis");
        }
        DMatrixRMaj r = qr.getR(null, true);
        double largest = 0;
        for (int i = 0; i < m.numCols; i++) {
            largest = Math.max(largest, Math.abs(r.get(i, i)));
        }
        for (int i = 0; i < m.numCols; i++) {
            if (!(Math.abs(r.get(i, i)) > 1e-10 * largest)) {
                throw new IllegalArgumentException("the columns of the " + which + " basis are linearly"
                        + " dependent (column " + (i + 1) + " adds no new direction), so they do not span a "
                        + m.numCols + "-dimensional subspace; drop the redundant columns");
            }
        }
        return qr.getQ(null, true);
    }
}
