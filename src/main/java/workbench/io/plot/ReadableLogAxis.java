package workbench.io.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A vertical log axis whose ticks fall on round numbers. JFreeChart's own log axis spaces ticks
 * evenly in the exponent, so over less than a decade (the usual case late in training) it labels
 * 0.316, 0.282, 0.251... Here major ticks are 1, 2, 5 (or denser mantissas when the range is
 * narrow) times a power of ten, and lighter minor ticks fill the gaps like log paper.
 */
public final class ReadableLogAxis extends LogAxis {

    private static final double[][] MANTISSAS = {
        {1},
        {1, 2, 5},
        {1, 2, 3, 5},
        {1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9},
        {1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2, 2.2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9},
    };
    private static final int MIN_DECADE_TICKS = 3;
    private static final int MIN_MAJOR_TICKS = 5;
    private static final int MAX_MAJOR_TICKS = 12;

    private final NumberFormat labels = new SignificantDigits(3);
    private final Supplier<Range> focus;

    public ReadableLogAxis(String label) {
        this(label, null);
    }

    /**
     * @param focus when it gives a range, auto-ranging uses it instead of the data's full extent;
     *              null or a null answer keeps JFreeChart's own auto range
     */
    public ReadableLogAxis(String label, Supplier<Range> focus) {
        super(label);
        this.focus = focus;
        setSmallestValue(1e-12);
        setMinorTickMarksVisible(true);
        setMinorTickMarkOutsideLength(4f);
    }

    @Override
    protected void autoAdjustRange() {
        Range r = focus == null ? null : focus.get();
        if (r == null) {
            super.autoAdjustRange();
        } else {
            setRange(r, false, false);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        double lo = getLowerBound();
        double hi = getUpperBound();
        if (!RectangleEdge.isLeftOrRight(edge) || !(lo > 0) || !(hi > lo)) {
            return super.refreshTicks(g2, state, dataArea, edge);
        }
        double[][] ticks = ticks(lo, hi);
        List<NumberTick> out = new ArrayList<>();
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        if (ticks[0].length < 2) {
            // Too narrow a range for round mantissas (0.6905 to 0.6907): evenly spaced round
            // ticks, with as many decimals as their step needs, read apart.
            double step = linearStep(hi - lo);
            NumberFormat format = RoundTickUnits.format((int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
            for (double k = Math.ceil(lo / step - 1e-9); k * step <= hi * (1 + 1e-12); k++) {
                out.add(new NumberTick(TickType.MAJOR, k * step, format.format(k * step), anchor, anchor, 0.0));
            }
            return out;
        }
        for (double v : ticks[0]) {
            out.add(new NumberTick(TickType.MAJOR, v, labels.format(v), anchor, anchor, 0.0));
        }
        for (double v : ticks[1]) {
            out.add(new NumberTick(TickType.MINOR, v, "", anchor, anchor, 0.0));
        }
        return out;
    }

    /** A step of 1, 2 or 5 times a power of ten that cuts {@code span} into about five. */
    static double linearStep(double span) {
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / magnitude;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * magnitude;
    }

    /** Major tick values, then minor ones, inside [lo, hi]. */
    static double[][] ticks(double lo, double hi) {
        int firstExp = (int) Math.floor(Math.log10(lo));
        int lastExp = (int) Math.ceil(Math.log10(hi));
        for (int set = 0; set < MANTISSAS.length; set++) {
            TreeSet<Double> major = values(MANTISSAS[set], firstExp, lastExp, lo, hi, 1);
            boolean last = set == MANTISSAS.length - 1;
            if (major.size() >= (set == 0 ? MIN_DECADE_TICKS : MIN_MAJOR_TICKS) || last) {
                int decadeStep = 1;
                while (set == 0 && major.size() > MAX_MAJOR_TICKS) {
                    decadeStep++;
                    major = values(MANTISSAS[0], firstExp, lastExp, lo, hi, decadeStep);
                }
                TreeSet<Double> minor = new TreeSet<>();
                if (decadeStep == 1) {
                    double[] finer = set == 0 ? MANTISSAS[3] : MANTISSAS[Math.min(set + 2, MANTISSAS.length - 1)];
                    minor = values(finer, firstExp, lastExp, lo, hi, 1);
                    minor.removeAll(major);
                }
                return new double[][] {toArray(major), toArray(minor)};
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static TreeSet<Double> values(double[] mantissas, int firstExp, int lastExp, double lo, double hi,
            int decadeStep) {
        TreeSet<Double> out = new TreeSet<>();
        for (int e = firstExp; e <= lastExp; e++) {
            if (Math.floorMod(e, decadeStep) != 0) {
                continue;
            }
            for (double m : mantissas) {
                double v = new BigDecimal(Double.toString(m)).scaleByPowerOfTen(e).doubleValue();
                if (v >= lo && v <= hi) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static double[] toArray(TreeSet<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
