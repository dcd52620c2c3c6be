package workbench.io.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import workbench.analysis.ReferenceCrossing;

/**
 * How a loss chart draws its curves and lines, the live one in the window and the figure in the
 * files alike, so that the two look the same: training solid with round points, validation dashed
 * with square ones (so the two stay apart in greyscale print), a VAE's reconstruction and KL parts
 * thinner with dashes and marks of their own, the reference line dashed grey and the epoch that
 * beats it dotted. Shapes and strokes are made anew for each chart, as presenter mode replaces them.
 */
public final class LossLook {
    private static final Color RECONSTRUCTION_PAINT = Palette.color(2);
    private static final Color KL_PAINT = Palette.color(4);
    private static final Color REFERENCE_PAINT = new Color(0x555555);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);

    private LossLook() {
    }

    /** Series {@code series} of {@code renderer} as training epoch means: solid, round points. */
    public static void styleTraining(XYLineAndShapeRenderer renderer, int series) {
        renderer.setSeriesPaint(series, Palette.TRAIN);
        renderer.setSeriesStroke(series, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(series, new Ellipse2D.Double(-4, -4, 8, 8));
    }

    /** Series {@code series} of {@code renderer} as validation losses: dashed, square points. */
    public static void styleValidation(XYLineAndShapeRenderer renderer, int series) {
        renderer.setSeriesPaint(series, Palette.VALIDATION);
        renderer.setSeriesStroke(series, dashed(3f, BasicStroke.CAP_ROUND, 10f, 6f));
        renderer.setSeriesShape(series, new Rectangle(-4, -4, 8, 8));
    }

    /** A VAE's parts: series 0 the reconstruction term (dashed, diamonds), series 1 KL (dotted, triangles). */
    public static void styleParts(XYLineAndShapeRenderer renderer) {
        renderer.setSeriesPaint(0, RECONSTRUCTION_PAINT);
        renderer.setSeriesStroke(0, dashed(2f, BasicStroke.CAP_ROUND, 6f, 4f));
        renderer.setSeriesShape(0, diamond(5));
        renderer.setSeriesPaint(1, KL_PAINT);
        renderer.setSeriesStroke(1, dashed(2f, BasicStroke.CAP_ROUND, 2f, 5f));
        renderer.setSeriesShape(1, triangle(5));
    }

    /** A marker line with its label in the charts' marker font on a light box; {@code label} may be null. */
    public static ValueMarker labelledMarker(double value, Color paint, BasicStroke stroke, String label) {
        ValueMarker marker = new ValueMarker(value, paint, stroke);
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelFont(ChartStyle.MARKER_LABEL);
            marker.setLabelPaint(ChartStyle.TEXT);
            marker.setLabelBackgroundColor(LABEL_BACKGROUND);
        }
        return marker;
    }

    /** The reference's dashed horizontal line, labelled unless its label is blank. */
    static ValueMarker referenceLine(LossReference reference) {
        return labelledMarker(reference.value(), REFERENCE_PAINT, dashed(2f, BasicStroke.CAP_BUTT, 8f, 6f),
                reference.label().isBlank() ? null : reference.label());
    }

    /** The dotted vertical line at the point of the first epoch below the reference. */
    static ValueMarker crossingLine(ReferenceCrossing crossing, LossReference reference) {
        return labelledMarker(crossing.x(), REFERENCE_PAINT, dashed(1.5f, BasicStroke.CAP_BUTT, 2f, 4f),
                reference.crossingLabel(crossing.epoch()));
    }

    /** Curves get round ends and joins; straight marker lines square ones, so their dashes end sharp. */
    private static BasicStroke dashed(float width, int cap, float dash, float gap) {
        int join = cap == BasicStroke.CAP_ROUND ? BasicStroke.JOIN_ROUND : BasicStroke.JOIN_MITER;
        return new BasicStroke(width, cap, join, 1f, new float[] {dash, gap}, 0f);
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static Shape triangle(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r * 0.8);
        p.lineTo(-r, r * 0.8);
        p.closePath();
        return p;
    }
}
