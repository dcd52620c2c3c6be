package workbench.io.plot;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Figures as text that an HTML page can carry inside itself, so a report opens anywhere, offline,
 * as one file: charts as inline SVG (sharp at any size, on a projector or in print), pictures as
 * base64 PNG data URIs.
 */
public final class InlineFigures {

    private InlineFigures() {
    }

    /**
     * An {@code <svg>} element drawn at {@code width x height} and scaled by its view box, without
     * fixed dimensions, so the page's stylesheet decides how large it shows.
     *
     * @param idPrefix distinct per figure on one page: the clip paths of two charts must not share ids
     */
    public static String svgElement(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix);
        g2.setGeomDoubleConverter(InlineFigures::hundredths);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }

    /**
     * A {@code data:image/png;base64,...} URI of the chart laid out at {@code width x height} and
     * rendered {@code scale} times as many pixels each way, so text keeps its size relative to the
     * plot and stays sharp when the image is shown large.
     */
    public static String pngDataUri(JFreeChart chart, int width, int height, int scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, scale, scale);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart as PNG in memory", e);
        }
        return dataUri(out.toByteArray());
    }

    /**
     * Coordinates to a hundredth of a unit: invisible at any zoom of a 1200-unit-wide chart, and
     * a third the bytes of the float noise JFreeSVG writes by default (565.9786987304688).
     */
    static String hundredths(double v) {
        double r = Math.rint(v * 100) / 100;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Double.toString(r);
    }

    /** A {@code data:image/png;base64,...} URI of the image. */
    public static String pngDataUri(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PngStreams.inMemory();
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the image as PNG in memory", e);
        }
        return dataUri(out.toByteArray());
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
