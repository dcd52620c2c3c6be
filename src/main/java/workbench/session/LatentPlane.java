package workbench.session;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Pca;

/**
 * The plane of code space that the latent plot draws: plot point (x, y) is the code
 * origin + x * xAxis + y * yAxis. A 2-D code is drawn as it is (origin 0, axes z1 and z2); a larger
 * one through its first two principal components (origin the codes' mean). Turning plot points
 * back into codes through this one object keeps a click, a manifold tile and the axes' numbers
 * describing the same codes.
 */
public record LatentPlane(float[] origin, float[] xAxis, float[] yAxis) {

    public LatentPlane {
        if (origin == null || xAxis == null || yAxis == null) {
            throw new IllegalArgumentException("a plane needs an origin and two axis vectors");
        }
        if (xAxis.length != origin.length || yAxis.length != origin.length) {
            throw new IllegalArgumentException("the origin has " + origin.length + " values but the axes have "
                    + xAxis.length + " and " + yAxis.length + "; all three must be codes of the same size");
        }
        if (origin.length < 2) {
            throw noPlane(origin.length);
        }
        if (isZero(xAxis) || isZero(yAxis)) {
            throw new IllegalArgumentException("an axis of the plane is the zero vector, so the plane is flat;"
                    + " give two non-zero directions");
        }
        origin = origin.clone();
        xAxis = xAxis.clone();
        yAxis = yAxis.clone();
    }

    /** The plane of the first two code values, the others held at 0: how a 2-D code is plotted. */
    public static LatentPlane firstTwoAxes(int latentSize) {
        if (latentSize < 2) {
            throw noPlane(latentSize);
        }
        float[] x = new float[latentSize];
        float[] y = new float[latentSize];
        x[0] = 1;
        y[1] = 1;
        return new LatentPlane(new float[latentSize], x, y);
    }

    /** The plane of the first two principal components through the mean: the plot's "PC1, PC2". */
    public static LatentPlane of(Pca pca) {
        if (pca.maxComponents() < 2) {
            throw new IllegalArgumentException("this PCA has only " + pca.maxComponents()
                    + " component, so it spans no plane; fit it on at least 3 codes");
        }
        FMatrixRMaj components = pca.components(2);
        int k = pca.dimensions();
        float[] x = new float[k];
        float[] y = new float[k];
        for (int j = 0; j < k; j++) {
            x[j] = components.get(j, 0);
            y[j] = components.get(j, 1);
        }
        return new LatentPlane(pca.mean(), x, y);
    }

    /** The plane a snapshot's {@code plane} coordinates live in. */
    public static LatentPlane of(TrainingSnapshot snapshot) {
        return snapshot.projection() != null ? of(snapshot.projection())
                : firstTwoAxes(snapshot.codes().numCols);
    }

    /** Values in one code. */
    public int dimensions() {
        return origin.length;
    }

    /** The code drawn at plot point (x, y). */
    public float[] code(double x, double y) {
        float[] code = new float[origin.length];
        for (int j = 0; j < code.length; j++) {
            code[j] = (float) (origin[j] + x * xAxis[j] + y * yAxis[j]);
        }
        return code;
    }

    @Override
    public float[] origin() {
        return origin.clone();
    }

    @Override
    public float[] xAxis() {
        return xAxis.clone();
    }

    @Override
    public float[] yAxis() {
        return yAxis.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatentPlane p && Arrays.equals(origin, p.origin) && Arrays.equals(xAxis, p.xAxis)
                && Arrays.equals(yAxis, p.yAxis);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(origin) + Arrays.hashCode(xAxis)) + Arrays.hashCode(yAxis);
    }

    @Override
    public String toString() {
        return "LatentPlane[" + origin.length + "-D, origin " + Arrays.toString(origin) + "]";
    }

    private static IllegalArgumentException noPlane(int latentSize) {
        return new IllegalArgumentException("a " + latentSize + "-D code has no plane to tile: the manifold"
                + " needs a code of at least 2 values (use an interpolation strip for a 1-D code)");
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
