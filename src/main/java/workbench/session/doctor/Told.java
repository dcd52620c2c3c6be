package workbench.session.doctor;

import java.util.Locale;
import workbench.io.plot.SignificantDigits;

/** How the diagnoses write their numbers: three significant digits, plainly, and shares as percentages. */
final class Told {
    private static final SignificantDigits DIGITS = new SignificantDigits(3);

    private Told() {
    }

    /** 0.19286 as "0.193", 1e9 as "1E+9". */
    static String number(double value) {
        return DIGITS.format(value);
    }

    /** 0.53 as "53%", 0.0002 as "0.02%". */
    static String percent(double share) {
        double p = 100 * share;
        return (Math.abs(p) >= 10 || p == 0 ? String.format(Locale.ROOT, "%.0f", p) : DIGITS.format(p)) + "%";
    }

    /** "1 unit", "3 units". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
