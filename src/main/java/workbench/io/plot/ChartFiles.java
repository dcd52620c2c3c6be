package workbench.io.plot;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import workbench.io.AtomicFiles;

/**
 * Saves charts as PNG for slides, or as SVG and PDF when they must scale (papers, posters). Every
 * file is written atomically, so an export that fails halfway never leaves a broken image behind.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    public static void savePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        PngStreams.inMemory();
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    public static void saveSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        byte[] svg = g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeBytes(file, svg);
    }

    /** A one-page PDF whose page is the chart's size in points (1/72 inch). */
    public static void savePdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        PDFDocument document = new PDFDocument();
        if (chart.getTitle() != null) {
            document.setTitle(chart.getTitle().getText());
        }
        document.setAuthor("Autoencoder Workbench");
        Page page = document.createPage(new Rectangle(width, height));
        PDFGraphics2D g2 = page.getGraphics2D();
        chart.draw(g2, new Rectangle(0, 0, width, height));
        AtomicFiles.writeBytes(file, document.getPDFBytes());
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > 100_000_000L) {
            throw new IllegalArgumentException("chart size " + width + " x " + height
                    + " pixels is not usable; choose a positive size such as 1200 x 800");
        }
    }
}
