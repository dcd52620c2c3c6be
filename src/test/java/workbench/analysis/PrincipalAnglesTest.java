package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class PrincipalAnglesTest {

    /** A d x columns.length matrix whose columns are the given vectors. */
    private static DMatrixRMaj columns(double[]... vectors) {
        DMatrixRMaj m = new DMatrixRMaj(vectors[0].length, vectors.length);
        for (int c = 0; c < vectors.length; c++) {
            for (int j = 0; j < vectors[c].length; j++) {
                m.set(j, c, vectors[c][j]);
            }
        }
        return m;
    }

    @Test
    void sameSubspaceInAnotherBasisHasZeroAngles() {
        DMatrixRMaj a = columns(new double[] {1, 0, 0, 0}, new double[] {0, 1, 0, 0});
        DMatrixRMaj b = columns(new double[] {3, 1, 0, 0}, new double[] {-2, 5, 0, 0});
        assertArrayEquals(new double[] {0, 0}, PrincipalAngles.between(a, b), 1e-7);
    }

    @Test
    void planesSharingOneAxis() {
        DMatrixRMaj xy = columns(new double[] {1, 0, 0}, new double[] {0, 1, 0});
        DMatrixRMaj xz = columns(new double[] {1, 0, 0}, new double[] {0, 0, 1});
        assertArrayEquals(new double[] {0, Math.PI / 2}, PrincipalAngles.between(xy, xz), 1e-7);
    }

    @Test
    void linesAtAKnownAngle() {
        double t = 0.3;
        DMatrixRMaj a = columns(new double[] {1, 0, 0});
        DMatrixRMaj b = columns(new double[] {Math.cos(t), Math.sin(t), 0});
        assertArrayEquals(new double[] {t}, PrincipalAngles.between(a, b), 1e-9);
    }

    @Test
    void planesInFourDimensionsWithTwoKnownAngles() {
        double a = 0.7;
        double b = 0.2;
        DMatrixRMaj p = columns(new double[] {1, 0, 0, 0}, new double[] {0, 1, 0, 0});
        DMatrixRMaj q = columns(new double[] {Math.cos(a), 0, Math.sin(a), 0},
                new double[] {0, Math.cos(b), 0, Math.sin(b)});
        assertArrayEquals(new double[] {b, a}, PrincipalAngles.between(p, q), 1e-9);
        FMatrixRMaj pf = new FMatrixRMaj(4, 2);
        FMatrixRMaj qf = new FMatrixRMaj(4, 2);
        for (int i = 0; i < 8; i++) {
            pf.data[i] = (float) p.data[i];
            qf.data[i] = (float) q.data[i];
        }
        assertArrayEquals(new double[] {b, a}, PrincipalAngles.between(pf, qf), 1e-5);
    }

    @Test
    void differentDimensionsGiveTheSmallerCount() {
        DMatrixRMaj line = columns(new double[] {0, 0, 1});
        DMatrixRMaj plane = columns(new double[] {1, 0, 0}, new double[] {0, 1, 1});
        double[] angles = PrincipalAngles.between(line, plane);
        assertEquals(1, angles.length);
        assertEquals(Math.PI / 4, angles[0], 1e-9);
    }

    @Test
    void dependentColumnsAreRefused() {
        DMatrixRMaj a = columns(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        DMatrixRMaj b = columns(new double[] {1, 0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrincipalAngles.between(a, b));
        assertTrue(e.getMessage().contains("linearly dependent"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PrincipalAngles.between(b, columns(new double[] {1, 0})));
    }
}
