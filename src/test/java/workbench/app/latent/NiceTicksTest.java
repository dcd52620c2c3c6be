package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, NiceTicks.step(7.3, 8), 1e-12);
        assertEquals(0.2, NiceTicks.step(1.1, 6), 1e-12);
        assertEquals(50, NiceTicks.step(260, 6), 1e-12);
        assertEquals(0.005, NiceTicks.step(0.031, 6), 1e-12);
    }

    @Test
    void coarserStepsClimbOneTwoFive() {
        assertEquals(0.02, NiceTicks.coarser(0.01), 1e-12);
        assertEquals(5, NiceTicks.coarser(2), 1e-12);
        assertEquals(100, NiceTicks.coarser(50), 1e-12);
    }

    @Test
    void finerStepsDescendFiveTwoOne() {
        assertEquals(2, NiceTicks.finer(5), 1e-12);
        assertEquals(1, NiceTicks.finer(2), 1e-12);
        assertEquals(0.5, NiceTicks.finer(1), 1e-12);
        assertEquals(0.02, NiceTicks.finer(0.05), 1e-12);
    }

    @Test
    void valuesAreRoundMultiplesInsideTheRange() {
        assertArrayEquals(new double[] {-0.4, -0.2, 0, 0.2, 0.4, 0.6}, NiceTicks.values(-0.45, 0.7, 0.2), 1e-12);
        assertEquals(0.0, NiceTicks.values(-0.3, 0.3, 0.1)[3]);
    }

    @Test
    void labelsUseJustEnoughDecimalsAndNeverMinusZero() {
        assertEquals("0.6", NiceTicks.format(0.6000000000000001, 0.2));
        assertEquals("-2", NiceTicks.format(-2, 1));
        assertEquals("0.0", NiceTicks.format(-1e-17, 0.5));
        assertEquals("0", NiceTicks.format(-1e-17, 2));
        assertEquals("0.25", NiceTicks.format(0.25, 0.05));
        assertEquals("150", NiceTicks.format(150, 50));
    }
}
