package workbench.io.plot;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick steps of 1, 2 or 5 times a power of ten, each labelled with exactly as many decimals as
 * its step needs. Ticks are multiples of their step, so two ticks never read the same: over a
 * narrow range (a loss between 0.6905 and 0.6907) the labels grow digits (0.69052, 0.69054)
 * instead of showing "0.6905" five times, as a fixed number of significant digits does.
 * Locale-independent, like every number the workbench writes.
 */
public final class RoundTickUnits {
    private static final int SMALLEST_EXPONENT = -12;
    private static final int LARGEST_EXPONENT = 12;

    private RoundTickUnits() {
    }

    public static TickUnitSource create() {
        TickUnits units = new TickUnits();
        for (int e = SMALLEST_EXPONENT; e <= LARGEST_EXPONENT; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double step = m * Math.pow(10, e);
                units.add(new NumberTickUnit(step, format(Math.max(0, -e))));
            }
        }
        return units;
    }

    /** Plain decimals, no grouping, "." as the separator. */
    static DecimalFormat format(int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(false);
        return f;
    }
}
