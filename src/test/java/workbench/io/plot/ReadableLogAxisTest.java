package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
