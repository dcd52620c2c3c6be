package workbench.app.history;

import java.util.Locale;
import workbench.io.plot.SignificantDigits;

/** How the run table writes numbers: losses to four significant digits, times in the units people say. */
final class RunFormat {
    private static final SignificantDigits LOSS = new SignificantDigits(4);

    private RunFormat() {
    }

    /** A dash for NaN: no validation split, or no test loss measured. */
    static String loss(double value) {
        return Double.isFinite(value) ? LOSS.format(value) : "\u2014";
    }

    static String seconds(double s) {
        if (!(s >= 0)) {
            return "\u2014";
        }
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        long whole = Math.round(s);
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole / 60 % 60);
    }
}
