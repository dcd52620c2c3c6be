package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    private static BufferedImage readPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "not a readable PNG: " + file);
        return image;
    }

    private static List<String> seriesNames(JFreeChart chart) {
        XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            names.add(data.getSeriesKey(i).toString());
        }
        return names;
    }

    @Test
    void lossChartRendersAtTheAskedSize(@TempDir Path dir) throws IOException {
        JFreeChart chart = LossChart.create("Dense AE on MNIST", LossHistories.falling(30, true),
                "BCE, mean per element", false, null, false);
        assertEquals(List.of(LossChart.TRAIN_SERIES, LossChart.VALIDATION_SERIES), seriesNames(chart));
        assertEquals("Loss (BCE, mean per element)", ((XYPlot) chart.getPlot()).getRangeAxis().getLabel());
        Path file = dir.resolve("loss.png");
        ChartFiles.savePng(chart, file, 1200, 800);
        BufferedImage image = readPng(file);
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "background must be white");
    }

    @Test
    void lossChartWithoutValidationAndOnLogScale(@TempDir Path dir) throws IOException {
        JFreeChart chart = LossChart.create("No validation", LossHistories.falling(5, false), "MSE", false, null, true);
        assertEquals(List.of(LossChart.TRAIN_SERIES), seriesNames(chart));
        assertTrue(((XYPlot) chart.getPlot()).getRangeAxis() instanceof ReadableLogAxis);
        Path file = dir.resolve("log.png");
        ChartFiles.savePng(chart, file, 640, 480);
        assertEquals(640, readPng(file).getWidth());
    }

    @Test
    void latentChartHasOneSeriesPerClassPresent(@TempDir Path dir) throws IOException {
        int n = 300;
        float[] x = new float[n];
        float[] y = new float[n];
        int[] labels = new int[n];
        int[] classes = {0, 2, 4, -1};
        for (int i = 0; i < n; i++) {
            labels[i] = classes[i % 4];
            x[i] = (float) Math.cos(i) * 3 + labels[i];
            y[i] = (float) Math.sin(i) * 3 - labels[i];
        }
        List<String> names = List.of("zero", "one", "two", "three", "four");
        JFreeChart chart = LatentChart.create("Codes", x, y, labels, names, "z1", "z2");
        assertEquals(List.of("zero", "two", "four", LatentChart.UNLABELLED_SERIES), seriesNames(chart));
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(75, plot.getDataset().getItemCount(0));
        assertEquals(Palette.color(2).getRGB() & 0xFFFFFF,
                ((java.awt.Color) plot.getRenderer().getSeriesPaint(1)).getRGB() & 0xFFFFFF,
                "a class keeps its palette colour whatever other classes are present");
        assertEquals("z1", plot.getDomainAxis().getLabel());
        Path file = dir.resolve("latent.png");
        ChartFiles.savePng(chart, file, 1200, 800);
        BufferedImage image = readPng(file);
        assertEquals(800, image.getHeight());

        JFreeChart unnamed = LatentChart.create("Codes", new float[] {1, 2}, new float[] {3, 4}, new int[] {1, 1},
                List.of(), "PC1 of code", "PC2 of code");
        assertEquals(List.of("class 1"), seriesNames(unnamed));
        JFreeChart unlabelled = LatentChart.create("Codes", new float[] {1, 2}, new float[] {3, 4}, null,
                null, "z1", "z2");
        assertEquals(List.of(LatentChart.UNLABELLED_SERIES), seriesNames(unlabelled));
    }

    @Test
    void vectorFormats(@TempDir Path dir) throws IOException {
        JFreeChart chart = LossChart.create("Loss", LossHistories.falling(10, true), "MSE", false, null, false);
        Path svg = dir.resolve("out/loss.svg");
        ChartFiles.saveSvg(chart, svg, 1200, 800);
        assertTrue(Files.readString(svg).contains("<svg"));
        Path pdf = dir.resolve("loss.pdf");
        ChartFiles.savePdf(chart, pdf, 1200, 800);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void paletteColoursAreDistinct() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < Palette.size(); i++) {
            assertTrue(seen.add(Palette.color(i).getRGB()), "colour " + i + " repeats an earlier one");
            assertNotEquals(Palette.UNLABELLED.getRGB(), Palette.color(i).getRGB());
        }
        assertTrue(Palette.size() >= 17);
        assertEquals(Palette.color(0), Palette.color(Palette.size()));
        assertEquals(20, Palette.colors(20).size());
    }
}
