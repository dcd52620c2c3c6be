package workbench.app.pca;

import java.util.Locale;
import workbench.io.plot.SignificantDigits;
import workbench.session.PcaBaseline;

/** The words and numbers the tab and the loss chart show for a baseline, in one place so they agree. */
final class BaselineText {
    private static final SignificantDigits FOUR = new SignificantDigits(4);

    private BaselineText() {
    }

    static String number(double v) {
        return FOUR.format(v);
    }

    /** "PCA (32 components)", "PCA (1 component)". */
    static String name(PcaBaseline b) {
        return "PCA (" + components(b) + ")";
    }

    /** The grid row's label: "PCA, 32 components". */
    static String rowLabel(PcaBaseline b) {
        return "PCA, " + components(b);
    }

    /** What the errors measure: "BCE, mean per element" or "BCE summed per sample (nats), reconstruction only". */
    static String unit(PcaBaseline b) {
        String loss = b.lossFunction().displayName();
        return b.perSample() ? loss + " summed per sample (nats), reconstruction only" : loss + ", mean per element";
    }

    /** "autoencoder 0.0912 · PCA (32 components) 0.1043". */
    static String errors(double autoencoder, PcaBaseline b, double pca) {
        return "autoencoder " + number(autoencoder) + " \u00b7 " + name(b) + " " + number(pca);
    }

    /** Where the line on the loss chart comes from, and how long it took. */
    static String provenance(FittedBaseline f) {
        PcaBaseline b = f.baseline();
        return String.format(Locale.ROOT, "Test split: %s %s (%s). Fitted on %,d training rows in %.1f s; the loss"
                        + " chart's dashed line is this value, comparable with the validation curve.",
                name(b), number(f.testLoss()), unit(b), b.fitRows(), f.seconds());
    }

    private static String components(PcaBaseline b) {
        return b.components() + (b.components() == 1 ? " component" : " components");
    }
}
