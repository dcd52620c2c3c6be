package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Figures carried inside an HTML page: inline SVG scaled by its view box, PNG data URIs. */
class InlineFiguresTest {

    private static JFreeChart chart() {
        return LossChart.create("Loss", LossHistories.of(new double[] {0.3, 0.2, 0.15}, null), "MSE", false, null, false);
    }

    private static BufferedImage decode(String uri) throws IOException {
        String prefix = "data:image/png;base64,";
        assertTrue(uri.startsWith(prefix));
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(prefix.length()))));
    }

    @Test
    void coordinatesAreWrittenToAHundredth() {
        assertEquals("565.98", InlineFigures.hundredths(565.9786987304688));
        assertEquals("3", InlineFigures.hundredths(2.999), "a whole number without a decimal point");
        assertEquals("-12.5", InlineFigures.hundredths(-12.5));
        assertEquals("0", InlineFigures.hundredths(0.004));
        assertEquals("1.0E15", InlineFigures.hundredths(1e15), "too large for the whole-number shortcut");
    }

    @Test
    void svgScalesByItsViewBoxAndPrefixesItsIds() {
        String svg = InlineFigures.svgElement(chart(), 600, 400, "fig7-");
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.contains("viewBox='0 0 600 400'"), svg.substring(0, 200));
        assertFalse(svg.substring(0, svg.indexOf('>')).contains("width="), "no fixed size: the page decides");
        assertTrue(svg.contains("id='fig7-"), "clip path ids carry the prefix");
        assertFalse(svg.matches("(?s).*\\d\\.\\d{3,}.*"), "no coordinate with more than two decimals");
    }

    @Test
    void pngUrisDecodeToTheLaidOutSizeTimesTheScale() throws IOException {
        BufferedImage chart = decode(InlineFigures.pngDataUri(chart(), 300, 200, 2));
        assertEquals(600, chart.getWidth());
        assertEquals(400, chart.getHeight());
        BufferedImage picture = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0xFF0000);
        BufferedImage back = decode(InlineFigures.pngDataUri(picture));
        assertEquals(3, back.getWidth());
        assertEquals(0xFF0000, back.getRGB(1, 1) & 0xFFFFFF);
    }
}
