package workbench.session;

import java.util.Locale;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.LossFunction;
import workbench.engine.Shape;
import org.ejml.data.FMatrixRMaj;

/**
 * What kind of data a dataset is, as far as the settings that depend on it go: a table, images in
 * [0, 1], or images of unbounded values. Each kind has its own defaults for normalisation, output
 * activation, loss and code activation. Switching to data of another kind resets them, since a
 * setting that suits one kind can ruin training on another (a ReLU code and no normalisation on a
 * table collapse every code to one point). The one home of the rule "data in [0, 1] gets a sigmoid
 * output and cross-entropy": the window's designer and the command line both ask here.
 */
public enum DataKind {
    /** Columns of measurements: automatic normalisation is min-max, and the output is a linear regression. */
    TABLE("a table", Normalization.Kind.MIN_MAX, ActivationFunction.LINEAR, LossFunction.MSE),
    /** Pixels in [0, 1]: kept as they are, reconstructed through a sigmoid with cross-entropy. */
    UNIT_IMAGE("images in [0, 1]", Normalization.Kind.NONE, ActivationFunction.SIGMOID, LossFunction.BCE),
    /** Pixels outside [0, 1]: kept as they are, a linear output and squared error. */
    UNBOUNDED_IMAGE("images of unbounded values", Normalization.Kind.NONE, ActivationFunction.LINEAR, LossFunction.MSE);

    private final String words;
    /** What the automatic normalisation (null in the view-model) does on this kind. */
    private final Normalization.Kind automaticNormalization;
    private final ActivationFunction outputActivation;
    private final LossFunction loss;

    DataKind(String words, Normalization.Kind automaticNormalization, ActivationFunction outputActivation,
             LossFunction loss) {
        this.words = words;
        this.automaticNormalization = automaticNormalization;
        this.outputActivation = outputActivation;
        this.loss = loss;
    }

    /** The kind of samples of {@code shape} whose training values are {@code train}. */
    public static DataKind of(Shape shape, FMatrixRMaj train) {
        if (!shape.isImage()) {
            return TABLE;
        }
        return inUnitRange(train) ? UNIT_IMAGE : UNBOUNDED_IMAGE;
    }

    /** True when every value lies in [0, 1], so that a sigmoid output can reach each and BCE applies. */
    public static boolean inUnitRange(FMatrixRMaj values) {
        for (float v : values.data) {
            if (v < 0f || v > 1f) {
                return false;
            }
        }
        return true;
    }

    public ActivationFunction outputActivation() {
        return outputActivation;
    }

    public LossFunction loss() {
        return loss;
    }

    /** A code of any sign: the default for every kind, as a ReLU code can collapse to zeros. */
    public ActivationFunction codeActivation() {
        return ActivationFunction.LINEAR;
    }

    /** The status bar's words, e.g. "New data: a table; normalisation min-max, linear output, MSE". */
    public String announcement() {
        return "New data: " + words + "; normalisation " + name(automaticNormalization) + ", "
                + name(outputActivation) + " output, " + name(loss) + ", " + name(codeActivation()) + " code";
    }

    private static String name(Enum<?> e) {
        return switch (e.name()) {
            case "MIN_MAX" -> "min-max";
            case "NONE" -> "none";
            case "MSE", "BCE" -> e.name();
            default -> e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
