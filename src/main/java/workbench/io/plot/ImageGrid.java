package workbench.io.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;
import workbench.io.AtomicFiles;

/**
 * Samples side by side in rows, typically originals above their reconstructions, so a reader can
 * judge an autoencoder by eye. Pictures (grey or RGB) are drawn with values clamped to [0, 1] and
 * enlarged with nearest-neighbour so pixels stay sharp; anything else (tabular rows, feature maps
 * with other channel counts) is drawn as a bar chart of its values on one scale shared by the
 * whole grid, so bars in different rows compare directly.
 *
 * <p>Layout: an optional label column on the left, then cells separated by {@link #GAP} pixels of
 * white, with a {@link #GAP} margin on the right and top and bottom edges. Cell (r, c) therefore
 * starts at {@code width - (cols - c) * (cellWidth + GAP)} across and {@code GAP + r * (cellHeight +
 * GAP)} down.
 */
public final class ImageGrid {

    public static final int GAP = 4;
    /** White space left of the row labels, so they do not touch the image edge when placed on a slide. */
    private static final int LABEL_MARGIN = 16;
    private static final Color BAR_POSITIVE = Palette.color(0);
    private static final Color BAR_NEGATIVE = Palette.color(3);
    private static final Color BAR_BACKGROUND = new Color(0xF2F2F2);
    private static final Color BAR_AXIS = new Color(0x666666);

    private ImageGrid() {
    }

    /**
     * @param rows       one batch per grid row, one sample per matrix row, each sampleShape.size() wide
     * @param rowLabels  one label per grid row, drawn on the left; null for none
     * @param cellPixels width of a cell; pictures are scaled so their width fills it
     */
    public static BufferedImage grid(List<FMatrixRMaj> rows, List<String> rowLabels, Shape sampleShape,
            int cellPixels) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows to draw; pass at least one batch of samples");
        }
        if (rowLabels != null && rowLabels.size() != rows.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + rowLabels.size()
                    + " row labels; pass one label per row or none");
        }
        if (cellPixels < 1 || cellPixels > 4096) {
            throw new IllegalArgumentException("cell size " + cellPixels + " pixels is not usable;"
                    + " choose something like 28 to 128");
        }
        int columns = 0;
        for (FMatrixRMaj batch : rows) {
            if (batch.numCols != sampleShape.size()) {
                throw new IllegalArgumentException("a row's samples have " + batch.numCols
                        + " values but the sample shape " + sampleShape + " holds " + sampleShape.size()
                        + "; pass samples of that shape");
            }
            columns = Math.max(columns, batch.numRows);
        }
        boolean pictures = sampleShape.isImage();
        int cellW = cellPixels;
        int cellH = pictures
                ? Math.max(1, (int) Math.round((double) cellPixels * sampleShape.height() / sampleShape.width()))
                : Math.max(1, cellPixels * 2 / 3);

        Font font = new Font(ChartStyle.FAMILY, Font.PLAIN, Math.max(14, Math.min(28, cellH / 3)));
        int labelWidth = 0;
        if (rowLabels != null) {
            Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            FontMetrics metrics = probe.getFontMetrics(font);
            for (String label : rowLabels) {
                labelWidth = Math.max(labelWidth, metrics.stringWidth(label));
            }
            probe.dispose();
            labelWidth += LABEL_MARGIN + 2 * GAP;
        }
        int width = labelWidth + GAP + columns * (cellW + GAP);
        int height = GAP + rows.size() * (cellH + GAP);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            float[] range = pictures ? null : valueRange(rows);
            for (int r = 0; r < rows.size(); r++) {
                int top = GAP + r * (cellH + GAP);
                if (rowLabels != null) {
                    drawLabel(g, font, rowLabels.get(r), labelWidth - 2 * GAP, top, cellH);
                }
                FMatrixRMaj batch = rows.get(r);
                for (int c = 0; c < batch.numRows; c++) {
                    int left = labelWidth + GAP + c * (cellW + GAP);
                    if (pictures) {
                        drawPicture(image, batch, c, sampleShape, left, top, cellW, cellH);
                    } else {
                        drawBars(g, batch, c, range, left, top, cellW, cellH);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void savePng(BufferedImage image, Path file) throws IOException {
        PngStreams.inMemory();
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java runtime has no PNG writer; cannot save " + file);
            }
        });
    }

    private static void drawLabel(Graphics2D g, Font font, String label, int right, int top, int cellH) {
        g.setFont(font);
        g.setColor(ChartStyle.TEXT);
        FontMetrics metrics = g.getFontMetrics();
        int x = right - metrics.stringWidth(label);
        int y = top + (cellH + metrics.getAscent() - metrics.getDescent()) / 2;
        g.drawString(label, x, y);
    }

    /**
     * Nearest-neighbour: each output pixel takes the sample pixel it falls in, so edges stay crisp.
     * Also draws {@link Sprite}'s thumbnails.
     */
    static void drawPicture(BufferedImage image, FMatrixRMaj batch, int row, Shape shape, int left,
            int top, int cellW, int cellH) {
        int h = shape.height();
        int w = shape.width();
        int plane = h * w;
        boolean rgb = shape.channels() == 3;
        int base = row * batch.numCols;
        for (int py = 0; py < cellH; py++) {
            int sy = Math.min(h - 1, py * h / cellH);
            for (int px = 0; px < cellW; px++) {
                int sx = Math.min(w - 1, px * w / cellW);
                int i = base + sy * w + sx;
                int red = level(batch.data[i]);
                int green = rgb ? level(batch.data[i + plane]) : red;
                int blue = rgb ? level(batch.data[i + 2 * plane]) : red;
                image.setRGB(left + px, top + py, (red << 16) | (green << 8) | blue);
            }
        }
    }

    private static int level(float v) {
        if (!(v > 0)) {
            return 0; // also NaN: black rather than a crash
        }
        return v >= 1 ? 255 : Math.round(v * 255);
    }

    /** One bar per feature from a zero baseline: blue up for positive values, vermillion down for negative. */
    private static void drawBars(Graphics2D g, FMatrixRMaj batch, int row, float[] range, int left, int top,
            int cellW, int cellH) {
        g.setColor(BAR_BACKGROUND);
        g.fillRect(left, top, cellW, cellH);
        int d = batch.numCols;
        float lo = range[0];
        float hi = range[1];
        double scale = (cellH - 2) / (double) (hi - lo);
        int zeroY = top + 1 + (int) Math.round(hi * scale);
        for (int j = 0; j < d; j++) {
            float v = batch.data[row * d + j];
            if (!Float.isFinite(v)) {
                continue;
            }
            int x0 = left + (int) ((long) j * cellW / d);
            int x1 = left + (int) ((long) (j + 1) * cellW / d);
            int barW = Math.max(1, x1 - x0 - (cellW / d >= 4 ? 1 : 0));
            int valueY = top + 1 + (int) Math.round((hi - v) * scale);
            g.setColor(v >= 0 ? BAR_POSITIVE : BAR_NEGATIVE);
            g.fillRect(x0, Math.min(zeroY, valueY), barW, Math.max(1, Math.abs(zeroY - valueY)));
        }
        g.setColor(BAR_AXIS);
        g.drawLine(left, zeroY, left + cellW - 1, zeroY);
    }

    /** The smallest and largest value over all rows, always including 0 so bars have a baseline. */
    private static float[] valueRange(List<FMatrixRMaj> rows) {
        float lo = 0;
        float hi = 0;
        for (FMatrixRMaj batch : rows) {
            for (int i = 0; i < batch.getNumElements(); i++) {
                float v = batch.data[i];
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi - lo < 1e-12f) {
            hi = lo + 1;
        }
        return new float[] {lo, hi};
    }
}
