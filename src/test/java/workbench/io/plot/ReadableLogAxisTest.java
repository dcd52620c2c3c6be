package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ReadableLogAxisTest {

    @Test
    void severalDecadesTickOnPowersOfTenWithLogPaperMinors() {
        double[][] ticks = ReadableLogAxis.ticks(0.00095, 2.5);
        assertArrayEquals(new double[] {0.001, 0.01, 0.1, 1}, ticks[0], 1e-15);
        assertEquals(0.002, ticks[1][0], 1e-15);
        assertEquals(2.0, ticks[1][ticks[1].length - 1], 1e-15);
    }

    @Test
    void lessThanADecadeTicksOnRoundMantissas() {
        double[][] ticks = ReadableLogAxis.ticks(0.085, 0.32);
        assertArrayEquals(new double[] {0.09, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3}, ticks[0], 1e-15);
    }

    @Test
    void manyDecadesAreThinned() {
        double[][] ticks = ReadableLogAxis.ticks(1e-12, 1);
        assertTrue(ticks[0].length <= 12 && ticks[0].length >= 5, ticks[0].length + " ticks");
        assertEquals(0, ticks[1].length);
    }

    @Test
    void labelsArePlainNumbers() {
        SignificantDigits format = new SignificantDigits(3);
        assertEquals("0.001", format.format(0.001));
        assertEquals("10", format.format(10.0));
        assertEquals("0.316", format.format(0.31622776));
        assertEquals("1E-7", format.format(1e-7));
        assertEquals("0", format.format(0.0));
    }

    @Test
    void threeDecadesAreEnoughForPowersOfTenAlone() {
        // 0.01, 0.1, 1 lie in [0.009, 1.5]: three majors; minors at 1..9 x 10^k, 0.009 included
        double[][] ticks = ReadableLogAxis.ticks(0.009, 1.5);
        assertArrayEquals(new double[] {0.01, 0.1, 1}, ticks[0], 1e-15);
        assertEquals(17, ticks[1].length, "0.009, 0.02..0.09, 0.2..0.9");
        assertEquals(0.009, ticks[1][0], 1e-15);
        assertEquals(0.9, ticks[1][16], 1e-15);
    }

    @Test
    void aDecadeAndABitTicksOnOneTwoThreeFive() {
        // [0.9, 12]: powers of ten give 2 ticks, {1,2,5} 4, {1,2,3,5} the five wanted;
        // minors from the set two finer, {1,1.2,1.5,2,2.5,3,4,...,9}, less the majors
        double[][] ticks = ReadableLogAxis.ticks(0.9, 12);
        assertArrayEquals(new double[] {1, 2, 3, 5, 10}, ticks[0], 1e-12);
        assertArrayEquals(new double[] {0.9, 1.2, 1.5, 2.5, 4, 6, 7, 8, 9, 12}, ticks[1], 1e-12);
    }

    @Test
    void twelveDecadesTickEveryOtherPower() {
        double[][] ticks = ReadableLogAxis.ticks(1e-12, 1);
        assertArrayEquals(new double[] {1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1}, ticks[0], 1e-20);
    }

    @Test
    void linearStepIsOneTwoOrFiveTimesAPowerOfTenNearAFifthOfTheSpan() {
        // span / 5 = 1.5, 3.5 and 7.5 are where the step moves up
        assertEquals(1, ReadableLogAxis.linearStep(7.4), 1e-12);
        assertEquals(2, ReadableLogAxis.linearStep(7.5), 1e-12);
        assertEquals(2, ReadableLogAxis.linearStep(17.4), 1e-12);
        assertEquals(5, ReadableLogAxis.linearStep(17.5), 1e-12);
        assertEquals(5, ReadableLogAxis.linearStep(37.4), 1e-12);
        assertEquals(10, ReadableLogAxis.linearStep(37.5), 1e-12);
        assertEquals(5e-5, ReadableLogAxis.linearStep(0.0002), 1e-18);
    }

    @Test
    void tooNarrowARangeTicksEvenlyWithEnoughDecimals() {
        ReadableLogAxis axis = new ReadableLogAxis("loss");
        axis.setRange(0.6905, 0.6907);
        List<NumberTick> ticks = ticks(axis, RectangleEdge.LEFT);
        // step 0.0002 / 5 -> 0.00005, five decimals; both ends are ticks
        List<String> labels = new ArrayList<>();
        for (NumberTick t : ticks) {
            labels.add(t.getText());
            assertEquals(TickType.MAJOR, t.getTickType());
        }
        assertEquals(List.of("0.69050", "0.69055", "0.69060", "0.69065", "0.69070"), labels);
    }

    @Test
    void majorTicksAreLabelledMinorOnesNotAndLabelsFaceAwayFromThePlot() {
        ReadableLogAxis axis = new ReadableLogAxis("loss");
        axis.setRange(0.085, 0.32);
        List<NumberTick> left = ticks(axis, RectangleEdge.LEFT);
        List<String> majors = new ArrayList<>();
        int minors = 0;
        for (NumberTick t : left) {
            assertEquals(TextAnchor.CENTER_RIGHT, t.getTextAnchor(), "left of the plot, text ends at the tick");
            if (t.getTickType() == TickType.MAJOR) {
                majors.add(t.getText());
            } else {
                assertEquals("", t.getText());
                minors++;
            }
        }
        assertEquals(List.of("0.09", "0.1", "0.12", "0.15", "0.2", "0.25", "0.3"), majors);
        assertTrue(minors > 0, "log paper minors between the majors");
        for (NumberTick t : ticks(axis, RectangleEdge.RIGHT)) {
            assertEquals(TextAnchor.CENTER_LEFT, t.getTextAnchor(), "right of the plot, text starts at the tick");
        }
    }

    @Test
    void aFocusRangeReplacesTheDataRangeWhenItGivesOne() {
        XYSeries s = new XYSeries("loss");
        s.add(1, 100);
        s.add(2, 0.01);
        Range[] focus = {new Range(0.5, 2)};
        ReadableLogAxis axis = new ReadableLogAxis("loss", () -> focus[0]);
        new XYPlot(new XYSeriesCollection(s), new NumberAxis("epoch"), axis, new XYLineAndShapeRenderer());
        axis.configure();
        assertEquals(new Range(0.5, 2), axis.getRange());
        focus[0] = null;
        axis.configure();
        assertTrue(axis.getLowerBound() <= 0.01 && axis.getUpperBound() >= 100, "the data's range: " + axis.getRange());
    }

    @SuppressWarnings("unchecked")
    private static List<NumberTick> ticks(ReadableLogAxis axis, RectangleEdge edge) {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        return (List<NumberTick>) axis.refreshTicks(image.createGraphics(), new AxisState(),
                new Rectangle2D.Double(0, 0, 400, 600), edge);
    }
}
