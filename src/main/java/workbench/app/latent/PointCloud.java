package workbench.app.latent;

import java.util.List;

/**
 * The points as the plot needs them: a private copy (the owner may refill its arrays next epoch),
 * labels with -1 for "none", the draw order grouped by class and the bounds of the finite points.
 * Grouping once here lets every redraw paint class by class with one brush per class, unlabelled
 * points first so they lie underneath.
 */
final class PointCloud {

    static final PointCloud EMPTY = of(new float[0], new float[0], null, List.of());

    final float[] x;
    final float[] y;
    /** Class of each point, -1 when unlabelled. */
    final int[] labels;
    /** Names by class; classes the owner gave no name are "class N". */
    final List<String> classNames;
    final boolean hasUnlabelled;
    /** Indices of the finite points: the unlabelled ones, then class 0, class 1, ... */
    final int[] drawOrder;
    /** drawOrder[groupStart[g] .. groupStart[g + 1]) is group g: g = 0 unlabelled, g = c + 1 class c. */
    final int[] groupStart;
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;

    private PointCloud(float[] x, float[] y, int[] labels, List<String> classNames, boolean hasUnlabelled,
            int[] drawOrder, int[] groupStart, double[] bounds) {
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.classNames = classNames;
        this.hasUnlabelled = hasUnlabelled;
        this.drawOrder = drawOrder;
        this.groupStart = groupStart;
        this.minX = bounds[0];
        this.maxX = bounds[1];
        this.minY = bounds[2];
        this.maxY = bounds[3];
    }

    static PointCloud of(float[] x, float[] y, int[] labels, List<String> classNames) {
        if (x == null || y == null || x.length != y.length || (labels != null && labels.length != x.length)) {
            throw new IllegalArgumentException("got " + (x == null ? "no" : x.length) + " x values, "
                    + (y == null ? "no" : y.length) + " y values and "
                    + (labels == null ? "no" : Integer.toString(labels.length)) + " labels; pass one of each per point");
        }
        int n = x.length;
        int[] label = new int[n];
        int classes = classNames == null ? 0 : classNames.size();
        for (int i = 0; i < n; i++) {
            label[i] = labels == null || labels[i] < 0 ? -1 : labels[i];
            classes = Math.max(classes, label[i] + 1);
        }
        int[] groupStart = new int[classes + 2];
        double[] bounds = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(x[i]) && Float.isFinite(y[i])) {
                groupStart[label[i] + 2]++;
                bounds[0] = Math.min(bounds[0], x[i]);
                bounds[1] = Math.max(bounds[1], x[i]);
                bounds[2] = Math.min(bounds[2], y[i]);
                bounds[3] = Math.max(bounds[3], y[i]);
            }
        }
        boolean hasUnlabelled = groupStart[1] > 0;
        for (int g = 1; g < groupStart.length; g++) {
            groupStart[g] += groupStart[g - 1];
        }
        int[] order = new int[groupStart[groupStart.length - 1]];
        int[] fill = groupStart.clone();
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(x[i]) && Float.isFinite(y[i])) {
                order[fill[label[i] + 1]++] = i;
            }
        }
        String[] names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = classNames != null && c < classNames.size() && classNames.get(c) != null
                    ? classNames.get(c) : "class " + c;
        }
        return new PointCloud(x.clone(), y.clone(), label, List.of(names), hasUnlabelled, order, groupStart, bounds);
    }

    int size() {
        return x.length;
    }

    int classCount() {
        return classNames.size();
    }

    /** True when no point has finite coordinates: nothing to fit the view to. */
    boolean isEmpty() {
        return drawOrder.length == 0;
    }

    /** Text naming the class of point {@code i}. */
    String labelText(int i) {
        return labels[i] < 0 ? "no label" : classNames.get(labels[i]);
    }
}
