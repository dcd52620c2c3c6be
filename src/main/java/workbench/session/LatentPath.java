package workbench.session;

/**
 * The codes on a path between two codes, for interpolation strips: {@code steps} points from
 * {@code a} to {@code b}, both included, and the first and last are exact copies of them, so the
 * strip's ends are the two samples' own reconstructions and nothing rounded on the way.
 *
 * <p>Spherical interpolation moves the direction along the great circle at a constant angular
 * speed and the length linearly from |a| to |b|. For codes of equal length this is Shoemake's
 * slerp, the formula used for VAE latents (White, "Sampling Generative Networks", 2016). With
 * unequal lengths the standard formula's length depends on the angle as well; splitting the two
 * keeps every point's length between the ends' lengths. That is the point of slerp for a VAE: the
 * prior N(0, I) puts nearly all its mass on a shell of radius about sqrt(k), and a straight line
 * between two codes on the shell cuts through the interior, where the decoder has seen few codes
 * (the midpoint of two orthogonal codes is sqrt(2) times too short).
 *
 * <p>When the direction is undefined (a code of length about zero) or the great circle is
 * (opposite codes: every half circle joins them), or the angle is too small to matter, the path
 * is the straight line instead.
 */
public final class LatentPath {

    /** Below this angle (radians) the arc and the chord agree to float precision. */
    private static final double SMALL_ANGLE = 1e-4;
    /** Opposite directions within this angle have no single great circle between them. */
    private static final double NEAR_OPPOSITE = 1e-6;
    /** A code shorter than this has no direction worth following. */
    private static final double TINY_NORM = 1e-12;

    private LatentPath() {
    }

    /** Linear or spherical, as chosen. */
    public static float[][] between(float[] a, float[] b, int steps, boolean spherical) {
        return spherical ? spherical(a, b, steps) : linear(a, b, steps);
    }

    /** The straight line a + t (b - a) at t = 0, 1/(steps-1), ..., 1. */
    public static float[][] linear(float[] a, float[] b, int steps) {
        check(a, b, steps);
        float[][] path = new float[steps][];
        for (int s = 1; s < steps - 1; s++) {
            double t = s / (double) (steps - 1);
            float[] p = new float[a.length];
            for (int j = 0; j < a.length; j++) {
                p[j] = (float) (a[j] + t * (b[j] - a[j]));
            }
            path[s] = p;
        }
        return withEnds(path, a, b);
    }

    /** Direction along the great circle, length linear from |a| to |b| (see the class comment). */
    public static float[][] spherical(float[] a, float[] b, int steps) {
        check(a, b, steps);
        double normA = norm(a);
        double normB = norm(b);
        if (normA < TINY_NORM || normB < TINY_NORM) {
            return linear(a, b, steps);
        }
        double cos = 0;
        for (int j = 0; j < a.length; j++) {
            cos += a[j] / normA * (b[j] / normB);
        }
        double angle = Math.acos(Math.max(-1, Math.min(1, cos)));
        if (angle < SMALL_ANGLE || Math.PI - angle < NEAR_OPPOSITE) {
            return linear(a, b, steps);
        }
        double sin = Math.sin(angle);
        float[][] path = new float[steps][];
        for (int s = 1; s < steps - 1; s++) {
            double t = s / (double) (steps - 1);
            double length = normA + t * (normB - normA);
            double wa = Math.sin((1 - t) * angle) / sin * length / normA;
            double wb = Math.sin(t * angle) / sin * length / normB;
            float[] p = new float[a.length];
            for (int j = 0; j < a.length; j++) {
                p[j] = (float) (wa * a[j] + wb * b[j]);
            }
            path[s] = p;
        }
        return withEnds(path, a, b);
    }

    private static float[][] withEnds(float[][] path, float[] a, float[] b) {
        path[0] = a.clone();
        path[path.length - 1] = b.clone();
        return path;
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }

    private static void check(float[] a, float[] b, int steps) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("an interpolation needs two codes, got " + (a == null ? "none" : "one")
                    + " for the start and " + (b == null ? "none" : "one") + " for the end");
        }
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("the two codes have " + a.length + " and " + b.length
                    + " values; interpolate between codes of the same model");
        }
        if (steps < 2) {
            throw new IllegalArgumentException("an interpolation needs at least 2 steps (the two ends), got " + steps);
        }
        for (int j = 0; j < a.length; j++) {
            if (!Float.isFinite(a[j]) || !Float.isFinite(b[j])) {
                throw new IllegalArgumentException("code value " + (j + 1) + " is not finite (" + a[j] + ", " + b[j]
                        + "); the model may have diverged");
            }
        }
    }
}
