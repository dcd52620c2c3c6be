package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.Test;

/** The text of tick labels: significant digits on log axes, round steps on linear ones. */
class TickLabelTextTest {

    @Test
    void significantDigitsRoundAndStayPlainFromATenThousandthToTenMillion() {
        SignificantDigits three = new SignificantDigits(3);
        assertEquals("2.51", three.format(2.5119));
        assertEquals("1230", three.format(1234.5), "1.23E+3 written out");
        assertEquals("-0.001", three.format(-0.001), "a negative number by its magnitude");
        // plain from 1e-5 (and, as BigDecimal writes them, down to 1e-6) to below 1e7
        assertEquals("0.00001", three.format(1e-5));
        assertEquals("9.99E-8", three.format(9.99e-8));
        assertEquals("9990000", three.format(9.99e6));
        assertEquals("1E+7", three.format(1e7));
        assertEquals("40", three.format(40L), "whole numbers format like doubles");
        assertEquals("NaN", three.format(Double.NaN));
        assertEquals("Infinity", three.format(Double.POSITIVE_INFINITY));
        assertEquals("0.1235", new SignificantDigits(4).format(0.123456));
        assertThrows(UnsupportedOperationException.class, () -> three.parse("1", new ParsePosition(0)));
    }

    @Test
    void roundTickUnitsStepOneTwoFiveWithTheDecimalsTheStepNeeds() {
        TickUnitSource units = RoundTickUnits.create();
        // 0.0003 rounds up to the next step of 1, 2 or 5 x 10^k: 0.0005, written with 4 decimals
        NumberTickUnit u = (NumberTickUnit) units.getCeilingTickUnit(0.0003);
        assertEquals(0.0005, u.getSize(), 1e-18);
        assertEquals("0.0005", u.valueToString(0.0005));
        assertEquals("0.6910", u.valueToString(0.691));
        NumberTickUnit tens = (NumberTickUnit) units.getCeilingTickUnit(150);
        assertEquals(200, tens.getSize(), 1e-9);
        assertEquals("1400", tens.valueToString(1400), "no decimals and no grouping for whole steps");
        // the ends of the range: 1e-12 and 5e12 are both steps
        assertEquals(1e-12, units.getCeilingTickUnit(1e-12).getSize(), 1e-24);
        assertEquals(5e12, units.getCeilingTickUnit(4e12).getSize(), 1);
        assertEquals("1234567", RoundTickUnits.format(0).format(1234567));
        assertEquals("0.50", RoundTickUnits.format(2).format(0.5));
    }

    @Test
    void aLossThatBarelyMovesGetsTicksThatReadApart() {
        // training losses between 0.6905 and 0.6907: ticks every 0.00005 need five decimals
        double[] train = {0.6907, 0.69065, 0.6906, 0.69055, 0.6905};
        JFreeChart chart = LossChart.create("flat", LossHistories.of(train, null), "BCE", false, null, false);
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        List<String> labels = drawn.assertTickLabelsDistinct(drawn.plot().getRangeAxis());
        for (String label : labels) {
            assertEquals(7, label.length(), "0.69xxx: " + labels);
        }
    }
}
