package workbench.engine;

import org.ejml.data.FMatrixRMaj;

/**
 * A variant's extra term on the code, added to the plain autoencoder's loss: the sparse penalty or
 * the contractive one. The autoencoder asks for it once and calls it on every batch; which term, and
 * whether the design allows it, is each penalty's own business.
 */
interface CodePenalty {
    /** The term for a batch of codes, in the units of the objective (added to the per-element mean loss). */
    double penalty(FMatrixRMaj code);

    /**
     * Adds the term's gradient with respect to the code to {@code gradCode}, before the encoder's
     * backward pass carries it down, and returns the term.
     */
    double addCodeGradient(FMatrixRMaj code, FMatrixRMaj gradCode);

    /**
     * Adds what the term owes the parameters directly (not through the code), after the encoder's
     * backward pass has written their gradients. Uses the batch of the last {@link #addCodeGradient}.
     */
    default void addParameterGradients() {
    }

    /** The penalty of {@code spec}'s variant on {@code encoder}, or null when the variant has none. */
    static CodePenalty of(ModelSpec spec, Sequential encoder) {
        return switch (spec.variant().kind()) {
            case SPARSE -> new SparsityPenalty(spec.variant());
            case CONTRACTIVE -> new ContractivePenalty(spec.variant().contractiveWeight(), spec.codeActivation(),
                    ContractivePenalty.codeLayer(encoder));
            case PLAIN, DENOISING, VARIATIONAL -> null;
        };
    }

    /** Refuses, in words, a design on which the variant's penalty cannot be computed. */
    static void check(ModelSpec spec) {
        switch (spec.variant().kind()) {
            case SPARSE -> SparsityPenalty.check(spec);
            case CONTRACTIVE -> ContractivePenalty.check(spec);
            case PLAIN, DENOISING, VARIATIONAL -> {
            }
        }
    }
}
