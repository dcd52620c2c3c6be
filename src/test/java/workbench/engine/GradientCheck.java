package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;

/**
 * Central differences against analytic gradients. The engine computes in float32, so the step is
 * large (1e-2) and the tolerance mixes an absolute and a relative part; a wrong gradient (a sign,
 * a missing factor, a transposed index) is still off by far more than that.
 */
final class GradientCheck {
    static final double STEP = 1e-2;

    private GradientCheck() {
    }

    /** Checks every entry of {@code analytic} against d(loss)/d(values) by central differences. */
    static void check(String what, FMatrixRMaj values, FMatrixRMaj analytic, DoubleSupplier loss, double tolerance) {
        check(what, values, analytic, loss, tolerance, STEP);
    }

    /** As above with another step: smaller where the function curves sharply (BCE near 0 or 1). */
    static void check(String what, FMatrixRMaj values, FMatrixRMaj analytic, DoubleSupplier loss,
                      double tolerance, double step) {
        for (int i = 0; i < values.getNumElements(); i++) {
            float saved = values.data[i];
            values.data[i] = (float) (saved + step);
            double up = loss.getAsDouble();
            values.data[i] = (float) (saved - step);
            double down = loss.getAsDouble();
            values.data[i] = saved;
            double numeric = (up - down) / (2 * step);
            double a = analytic.data[i];
            double error = Math.abs(numeric - a) / (tolerance + tolerance * Math.max(Math.abs(numeric), Math.abs(a)));
            int index = i;
            assertTrue(error <= 1, () -> String.format("%s: entry %d analytic %.6g numeric %.6g", what,
                    index, a, numeric));
        }
    }

    static FMatrixRMaj random(int rows, int cols, long seed, double scale) {
        RandomGenerator rng = new Well19937c(seed);
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) (rng.nextGaussian() * scale);
        }
        return m;
    }

    /** Values in (lo, hi), uniformly. */
    static FMatrixRMaj uniform(int rows, int cols, long seed, double lo, double hi) {
        RandomGenerator rng = new Well19937c(seed);
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) (lo + (hi - lo) * rng.nextDouble());
        }
        return m;
    }

    /** Keeps values at least {@code margin} away from zero, where ReLU-like kinks would spoil differences. */
    static void awayFromZero(FMatrixRMaj m, double margin) {
        for (int i = 0; i < m.data.length; i++) {
            if (Math.abs(m.data[i]) < margin) {
                m.data[i] = (float) (m.data[i] < 0 ? -margin - Math.abs(m.data[i]) : margin + m.data[i]);
            }
        }
    }

    static double dot(FMatrixRMaj a, FMatrixRMaj b) {
        double s = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            s += (double) a.data[i] * b.data[i];
        }
        return s;
    }
}
