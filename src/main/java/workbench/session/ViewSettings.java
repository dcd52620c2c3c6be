package workbench.session;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the window shows an experiment: presenter mode (large text and plots for a projector) and
 * the controls it hides, by id. Saved with the experiment so that a lesson prepared at the desk
 * opens in the classroom the way it was prepared.
 *
 * @param hidden controls presenter mode hides; null (a hand-written file that leaves it out) means
 *               {@link #DEFAULT_HIDDEN}. Ids this version does not know are kept, so a file from a
 *               newer workbench keeps its choices when saved again.
 */
public record ViewSettings(boolean presenterMode, Set<String> hidden) {

    /**
     * What a class does not need to see to follow the idea of an autoencoder: data preparation,
     * optimizer details, reproducibility and the fine settings of each variant. Learning rate,
     * epochs, batch size, the layers, the code size, the loss and the variant's main knob stay.
     */
    public static final Set<String> DEFAULT_HIDDEN = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            "normalization", "validationShare", "codeActivation", "outputActivation", "sparsityTarget",
            "warmupEpochs", "optimizer", "seed", "patience")));

    public ViewSettings {
        // sorted, so that the file lists the ids in the same order every time it is saved
        hidden = hidden == null ? DEFAULT_HIDDEN : Collections.unmodifiableSortedSet(new TreeSet<>(hidden));
    }

    /** Presenter mode off, the default controls chosen for hiding. */
    public static ViewSettings defaults() {
        return new ViewSettings(false, DEFAULT_HIDDEN);
    }

    /** Whether the control {@code id} is hidden now: in presenter mode, and chosen. */
    public boolean hides(String id) {
        return presenterMode && hidden.contains(id);
    }
}
