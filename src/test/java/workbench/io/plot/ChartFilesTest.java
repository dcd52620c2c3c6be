package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart files: the size asked for, a title for the PDF, and no file at all for an unusable size. */
class ChartFilesTest {

    private static JFreeChart chart(String title) {
        return LossChart.create(title, LossHistories.of(new double[] {0.3, 0.2, 0.15}, null), "MSE", false, null, false);
    }

    @Test
    void unusableSizesAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        Path png = dir.resolve("a.png");
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.savePng(chart("t"), png, 0, 800));
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.savePng(chart("t"), png, 1200, 0));
        // 10,001 x 10,000 is past the 100 million pixel cap; 10,000 x 10,000 is not checked here (too big to draw in a test)
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.saveSvg(chart("t"), png, 10_001, 10_000));
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.savePdf(chart("t"), png, 1, 0));
        assertFalse(Files.exists(png));
    }

    @Test
    void svgHasTheAskedSize(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("loss.svg");
        ChartFiles.saveSvg(chart("Loss"), svg, 640, 480);
        String text = Files.readString(svg);
        assertTrue(text.contains("width='640.0' height='480.0'"), text.substring(0, 300));
    }

    @Test
    void pdfPageIsTheChartSizeInPointsAndCarriesTheTitle(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("loss.pdf");
        ChartFiles.savePdf(chart("Dense AE"), pdf, 600, 400);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/MediaBox [0.0 0.0 600.0 400.0]"), "page box");
        assertTrue(text.contains("/Title (Dense AE)"), "document title");
        assertTrue(text.contains("/Author (Autoencoder Workbench)"), "author");

        Path untitled = dir.resolve("untitled.pdf");
        JFreeChart noTitle = chart("x");
        noTitle.setTitle((String) null);
        ChartFiles.savePdf(noTitle, untitled, 600, 400);
        assertFalse(new String(Files.readAllBytes(untitled), StandardCharsets.ISO_8859_1).contains("/Title"));
    }
}
