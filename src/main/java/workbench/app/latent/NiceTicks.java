package workbench.app.latent;

import java.util.Locale;

/**
 * Tick positions at round numbers (1, 2 or 5 times a power of ten) and labels with just enough
 * decimals to tell them apart: a reader compares 0.5 and 1.0 at a glance, 0.4837 and 0.9674 not.
 */
final class NiceTicks {

    private NiceTicks() {
    }

    /** A round step that cuts {@code span} into about {@code target} pieces. */
    static double step(double span, int target) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalised = raw / magnitude;
        double nice = normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /** The next round step up from a round {@code step}: 1 to 2, 2 to 5, 5 to 10. */
    static double coarser(double step) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double normalised = Math.round(step / magnitude);
        return (normalised < 2 ? 2 : normalised < 5 ? 5 : 10) * magnitude;
    }

    /** The next round step down from a round {@code step}: 5 to 2, 2 to 1, 1 to 0.5. */
    static double finer(double step) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double normalised = Math.round(step / magnitude);
        return (normalised > 2 ? 2 : normalised > 1 ? 1 : 0.5) * magnitude;
    }

    /** Multiples of {@code step} inside [min, max]. */
    static double[] values(double min, double max, double step) {
        double first = Math.ceil(min / step - 1e-9);
        double last = Math.floor(max / step + 1e-9);
        int count = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            double v = (first + i) * step;
            // (first + i) * step can land a hair off the round number, e.g. 0.30000000000000004.
            out[i] = Math.abs(v) < step * 1e-6 ? 0 : v;
        }
        return out;
    }

    /** {@code value} written with as many decimals as {@code step} needs; never "-0". */
    static String format(double value, double step) {
        double magnitude = Math.max(Math.abs(value), step);
        if (magnitude >= 1e6 || step < 1e-4) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
