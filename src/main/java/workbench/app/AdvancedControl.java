package workbench.app;

import javafx.scene.Node;
import workbench.session.ViewSettings;

/**
 * The controls presenter mode can hide, each with the id saved in the experiment file and the words
 * the View menu's dialog shows. A node is marked with {@link #tag}; {@link HiddenControls} does the
 * hiding, so no pane needs to know about presenter mode.
 */
enum AdvancedControl {
    NORMALIZATION("normalization", "Dataset: normalisation"),
    VALIDATION_SHARE("validationShare", "Dataset: validation share"),
    ENCODER_LAYERS("encoderLayers", "Model: the encoder's layers (the summary below still names them)"),
    CODE_ACTIVATION("codeActivation", "Model: code activation"),
    MIRROR_DECODER("mirrorDecoder", "Model: decoder mirrors the encoder"),
    OUTPUT_ACTIVATION("outputActivation", "Model: output activation"),
    LOSS("loss", "Model: loss"),
    NOISE_KIND("noiseKind", "Denoising: kind of noise"),
    NOISE_LEVEL("noiseLevel", "Denoising: noise level"),
    SPARSITY_PENALTY("sparsityPenalty", "Sparse: penalty"),
    SPARSITY_WEIGHT("sparsityWeight", "Sparse: weight"),
    SPARSITY_TARGET("sparsityTarget", "Sparse: target activation"),
    BETA("beta", "Variational: beta (KL weight)"),
    WARMUP_EPOCHS("warmupEpochs", "Variational: warm-up epochs"),
    CONTRACTIVE_WEIGHT("contractiveWeight", "Contractive: weight of the Jacobian penalty"),
    OPTIMIZER("optimizer", "Training: optimizer"),
    BATCH_SIZE("batchSize", "Training: batch size"),
    SEED("seed", "Training: seed"),
    PATIENCE("patience", "Training: early stopping patience");

    /** Key of a tagged node's properties. */
    static final Object KEY = AdvancedControl.class;

    private final String id;
    private final String words;

    AdvancedControl(String id, String words) {
        this.id = id;
        this.words = words;
    }

    String id() {
        return id;
    }

    String words() {
        return words;
    }

    boolean hiddenByDefault() {
        return ViewSettings.DEFAULT_HIDDEN.contains(id);
    }

    /**
     * Marks nodes (a field, its label, a hint about it) as this control. Their visibility then
     * belongs to presenter mode: a tagged node must not have it bound elsewhere.
     */
    void tag(Node... nodes) {
        for (Node node : nodes) {
            node.getProperties().put(KEY, this);
            // panes rebuild some rows (a variant's settings): a row joining the window gets its state then
            node.sceneProperty().addListener((o, was, scene) -> HiddenControls.refresh(node));
        }
    }
}
