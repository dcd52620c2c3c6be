package workbench.session;

import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Pca;
import workbench.analysis.ReconstructionMetrics;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.Corruption;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.VariantSpec;
import workbench.io.plot.LossReference;
import workbench.io.plot.SignificantDigits;

/**
 * PCA with as many components as the autoencoder's code, the linear baseline its reconstructions
 * are judged against, scored in exactly the units of the run's own loss so the two can share an
 * axis.
 *
 * <p>Choices that make the comparison fair, and cheap enough to compute at the start of every run:
 * <ul>
 * <li>Fitted on the run's training rows only, never on validation or test rows. At most
 * {@value #MAX_FIT_ROWS} of them, evenly spaced through the split: the d x d scatter costs n d^2,
 * and more rows move the leading components by less than the plot can show.</li>
 * <li>k = min(code size, features, fitted rows) components.</li>
 * <li>Reconstructions are clipped to the range the model's output activation can reach: a sigmoid
 * network cannot answer -0.2 or 1.3, so neither may PCA, or PCA would be scored on outputs the
 * network is forbidden. For a sigmoid the range is [1e-7, 1 - 1e-7] (in float), the clip that
 * {@link ReconstructionMetrics} applies for BCE, so that a pixel PCA gets confidently wrong costs
 * about 16 nats rather than the 100 of the loss's log floor.
 * Clipping to a range that holds the targets never increases any of the losses.</li>
 * <li>The loss is the model's {@link LossFunction} as the engine reports it: the mean per element,
 * or for a variational model the per-sample sum in nats. The variational objective adds beta times
 * KL, which PCA has no counterpart for, so there only the reconstruction terms are comparable; the
 * same holds for a sparse model's penalty.</li>
 * <li>For a denoising model the test inputs are corrupted as its validation inputs are and the
 * clean rows are the target: the network's curve measures denoising, so the baseline must too.</li>
 * </ul>
 */
public final class PcaBaseline {
    /** Training rows used for the fit at most; see the class comment. */
    public static final int MAX_FIT_ROWS = 10_000;
    private static final SignificantDigits LINE_DIGITS = new SignificantDigits(4);

    private final Pca pca;
    private final int components;
    private final int fitRows;
    private final ModelSpec spec;
    private final float lower;
    private final float upper;

    private PcaBaseline(Pca pca, int components, int fitRows, ModelSpec spec) {
        this.pca = pca;
        this.components = components;
        this.fitRows = fitRows;
        this.spec = spec;
        ActivationFunction output = spec.outputActivation();
        float alpha = output.defaultAlpha();
        float lo = output.apply(Float.NEGATIVE_INFINITY, alpha);
        float hi = output.apply(Float.POSITIVE_INFINITY, alpha);
        if (output.outputsProbabilities()) {
            lo = (float) ReconstructionMetrics.BCE_CLIP;
            hi = (float) (1 - ReconstructionMetrics.BCE_CLIP);
        }
        this.lower = lo;
        this.upper = hi;
    }

    /** The baseline for a run's model on its data: fitted on the training split. */
    public static PcaBaseline fit(PreparedData data, Autoencoder model) {
        return fit(data.train().features(), model.codeSize(), model.spec());
    }

    /**
     * @param trainRows training rows, one sample per row
     * @param codeSize  values in the model's code: the components wanted
     * @param spec      the model's design: its loss, output activation and variant set the units
     */
    public static PcaBaseline fit(FMatrixRMaj trainRows, int codeSize, ModelSpec spec) {
        if (codeSize < 1) {
            throw new IllegalArgumentException("the code has " + codeSize + " values; a PCA baseline needs at least 1");
        }
        FMatrixRMaj rows = evenlySpaced(trainRows, MAX_FIT_ROWS);
        Pca pca = Pca.fit(rows);
        return new PcaBaseline(pca, Math.min(codeSize, pca.maxComponents()), rows.numRows, spec);
    }

    /** At most {@code max} rows spread over the whole matrix, so a split sorted by class keeps every class. */
    private static FMatrixRMaj evenlySpaced(FMatrixRMaj m, int max) {
        if (m.numRows <= max) {
            return m;
        }
        FMatrixRMaj out = new FMatrixRMaj(max, m.numCols);
        for (int i = 0; i < max; i++) {
            int row = (int) ((long) i * m.numRows / max);
            System.arraycopy(m.data, row * m.numCols, out.data, i * m.numCols, m.numCols);
        }
        return out;
    }

    /** Principal components used: min(code size, features, fitted rows). */
    public int components() {
        return components;
    }

    /** Training rows the PCA was fitted on (at most {@value #MAX_FIT_ROWS}). */
    public int fitRows() {
        return fitRows;
    }

    /** The fitted PCA (all its components; the baseline uses the first {@link #components()}). */
    public Pca pca() {
        return pca;
    }

    /** True when the loss is the per-sample sum (a variational model), false for the per-element mean. */
    public boolean perSample() {
        return spec.variant().isVariational();
    }

    /** The loss function the baseline is scored with: the model's. */
    public LossFunction lossFunction() {
        return spec.loss();
    }

    /** The rows rebuilt from their first k components, clipped to the output activation's range. A new matrix. */
    public FMatrixRMaj reconstruct(FMatrixRMaj rows) {
        FMatrixRMaj out = pca.reconstruct(rows, components);
        if (lower > Float.NEGATIVE_INFINITY || upper < Float.POSITIVE_INFINITY) {
            float[] v = out.data;
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                v[i] = Math.max(lower, Math.min(upper, v[i]));
            }
        }
        return out;
    }

    /** The model's loss of {@code reconstruction} against {@code target}, in the run's units (see {@link #perSample()}). */
    public double loss(FMatrixRMaj reconstruction, FMatrixRMaj target) {
        double total = spec.loss().evaluate(reconstruction, target, false, null, null, 0f);
        return perSample() ? total / target.numRows : total / ((double) target.numRows * target.numCols);
    }

    /**
     * The baseline's reconstruction loss on the test split, comparable with the model's validation
     * and test losses (their reconstruction term, for a variational or sparse model).
     */
    public double testLoss(PreparedData data) {
        FMatrixRMaj test = data.test().features();
        return loss(reconstruct(asValidationInput(test)), test);
    }

    /**
     * The loss chart's line for this baseline at {@code testLoss} (its {@link #testLoss}), short
     * enough for a narrow chart: "PCA (32): 0.1187"; for a VAE "PCA (2), reconstruction: 181.8".
     */
    public LossReference line(double testLoss) {
        return line(components, perSample(), testLoss);
    }

    /**
     * As {@link #line(double)}, from what a run's metrics keep of a baseline: the window's line and
     * the one in a run folder's figure read alike.
     */
    public static LossReference line(int components, boolean perSample, double testLoss) {
        return new LossReference("PCA (" + components + ")" + (perSample ? ", reconstruction" : "") + ": "
                + LINE_DIGITS.format(testLoss), testLoss);
    }

    /** What the model is fed when it is scored on clean {@code rows}: a denoising model gets them corrupted. */
    private FMatrixRMaj asValidationInput(FMatrixRMaj rows) {
        VariantSpec variant = spec.variant();
        if (variant.kind() != VariantSpec.Kind.DENOISING) {
            return rows;
        }
        return Corruption.forDisplay(variant, rows);
    }
}
