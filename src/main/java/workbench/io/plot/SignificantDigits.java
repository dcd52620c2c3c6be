package workbench.io.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels with a fixed number of significant digits, written plainly (0.001, 0.25, 40) over the
 * range losses live in and in E notation only beyond it: log axes otherwise label ticks such as
 * 2.512E0, which nobody reads at a glance. Locale-independent, like every number the workbench
 * writes.
 */
public final class SignificantDigits extends NumberFormat {

    private final MathContext context;

    public SignificantDigits(int digits) {
        this.context = new MathContext(digits);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (!Double.isFinite(number)) {
            return toAppendTo.append(number);
        }
        if (number == 0) {
            return toAppendTo.append('0');
        }
        BigDecimal rounded = new BigDecimal(number).round(context).stripTrailingZeros();
        double magnitude = Math.abs(number);
        return toAppendTo.append(magnitude >= 1e-5 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString());
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are only formatted");
    }
}
