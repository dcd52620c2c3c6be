package workbench.session.doctor;

import java.util.Locale;

/** What can go wrong with a run, as the doctor names it; the name in files is the constant in lower case. */
public enum DiagnosisKind {
    DEAD_NETWORK("Dead network", true),
    EXPLODING("Exploding training", false),
    DEAD_RELU("Dead ReLU units", false),
    SATURATION("Saturated units", false),
    VANISHING_GRADIENTS("Vanishing gradients", false),
    LEARNING_RATE_TOO_LOW("Learning rate too low", false),
    OVERFITTING("Overfitting", false),
    WORSE_THAN_PCA("Worse than PCA", false),
    POSTERIOR_COLLAPSE("Posterior collapse", false),
    SPARSITY_TARGET_MISSED("Sparsity target missed", false);

    private final String title;
    private final boolean endsRun;

    DiagnosisKind(String title, boolean endsRun) {
        this.title = title;
        this.endsRun = endsRun;
    }

    /** A few words for a heading or a status line: "Dead ReLU units". */
    public String title() {
        return title;
    }

    /** True when the run cannot go on (it ends as a NaN loss does); the others are warnings. */
    public boolean endsRun() {
        return endsRun;
    }

    /** How {@code metrics.json} spells the kind: "dead_relu". */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
