package workbench.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.NetworkPlan;
import workbench.engine.Shape;
import workbench.engine.ShapeException;
import workbench.engine.VariantSpec;
import workbench.session.DataKind;

/**
 * The model designer's state: the encoder stack, the code, the decoder, the variant and the loss.
 * Every change rebuilds the spec; a design that cannot be built leaves {@link #specProperty()}
 * null and says why in {@link #problemProperty()}, naming the field at fault.
 */
public final class DesignerViewModel {
    private final ObjectProperty<Shape> inputShape = new SimpleObjectProperty<>();
    private final ObservableList<LayerRow> encoder = FXCollections.observableArrayList(r -> r.observables());
    private final IntegerProperty latentSize = new SimpleIntegerProperty(2);
    private final ObjectProperty<ActivationFunction> codeActivation = new SimpleObjectProperty<>(ActivationFunction.LINEAR);
    private final BooleanProperty mirrorDecoder = new SimpleBooleanProperty(true);
    private final ObservableList<LayerRow> decoder = FXCollections.observableArrayList(r -> r.observables());
    private final ObjectProperty<ActivationFunction> outputActivation = new SimpleObjectProperty<>(ActivationFunction.SIGMOID);
    private final ObjectProperty<VariantSpec.Kind> variant = new SimpleObjectProperty<>(VariantSpec.Kind.PLAIN);
    private final ObjectProperty<VariantSpec.Noise> noise = new SimpleObjectProperty<>(VariantSpec.Noise.GAUSSIAN);
    private final DoubleProperty noiseLevel = new SimpleDoubleProperty(VariantSpec.DEFAULT_NOISE_LEVEL);
    private final ObjectProperty<VariantSpec.Sparsity> sparsity = new SimpleObjectProperty<>(VariantSpec.Sparsity.L1);
    private final DoubleProperty sparsityWeight = new SimpleDoubleProperty(VariantSpec.DEFAULT_L1_WEIGHT);
    private final DoubleProperty sparsityTarget = new SimpleDoubleProperty(VariantSpec.DEFAULT_KL_TARGET);
    private final DoubleProperty beta = new SimpleDoubleProperty(VariantSpec.DEFAULT_BETA);
    private final IntegerProperty warmupEpochs = new SimpleIntegerProperty(0);
    private final DoubleProperty contractiveWeight = new SimpleDoubleProperty(VariantSpec.DEFAULT_CONTRACTIVE_WEIGHT);
    private final ObjectProperty<LossFunction> loss = new SimpleObjectProperty<>(LossFunction.BCE);

    private final ReadOnlyObjectWrapper<ModelSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemField = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> layerShapes = FXCollections.observableArrayList();
    private final IntegerProperty userEdits = new SimpleIntegerProperty();
    private final DesignHistory history;

    public DesignerViewModel() {
        // A first design that trains in seconds on the opening dataset and plots its 2-D code directly.
        encoder.addAll(LayerRow.dense(32, ActivationFunction.RELU), LayerRow.dense(16, ActivationFunction.RELU));
        history = new DesignHistory(this::design, this::put, () -> userEdits.set(userEdits.get() + 1));
        inputShape.addListener(x -> rebuild()); // the data's, not the design's: no undo step
        Observable[] fields = {latentSize, codeActivation, mirrorDecoder, outputActivation, variant, noise,
                noiseLevel, sparsity, sparsityWeight, sparsityTarget, beta, warmupEpochs, contractiveWeight, loss};
        for (Observable o : fields) {
            o.addListener(x -> {
                rebuild();
                history.changed(o);
            });
        }
        encoder.forEach(this::recordEdits);
        ListChangeListener<LayerRow> rowsChanged = c -> {
            rebuild();
            boolean structural = false;
            while (c.next()) {
                if (c.wasAdded()) {
                    c.getAddedSubList().forEach(this::recordEdits);
                }
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                history.changed(null);
            }
        };
        encoder.addListener(rowsChanged);
        decoder.addListener(rowsChanged);
        rebuild();
    }

    /** Each field of a row becomes an undo step of its own when edited. */
    private void recordEdits(LayerRow row) {
        for (Observable field : row.observables()) {
            field.addListener(x -> history.changed(field));
        }
    }

    /**
     * Moves a row of {@code stack} (the encoder or decoder list) by {@code delta} places, as one
     * change of the list, so that it is one undo step.
     */
    public static void move(ObservableList<LayerRow> stack, int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= stack.size() || target < 0 || target >= stack.size()) {
            return;
        }
        List<LayerRow> reordered = new ArrayList<>(stack);
        reordered.add(target, reordered.remove(index));
        stack.setAll(reordered);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Counts the design's changes by the user (an edit, undo or redo), not those of loading a file or preset. */
    public ReadOnlyIntegerProperty userEditsProperty() {
        return userEdits;
    }

    private Design design() {
        return new Design(encoder.stream().map(LayerRow::state).toList(), latentSize.get(), codeActivation.get(),
                mirrorDecoder.get(), decoder.stream().map(LayerRow::state).toList(), outputActivation.get(),
                variant.get(), noise.get(), noiseLevel.get(), sparsity.get(), sparsityWeight.get(),
                sparsityTarget.get(), beta.get(), warmupEpochs.get(), contractiveWeight.get(), loss.get());
    }

    private void put(Design d) {
        encoder.setAll(d.encoder().stream().map(LayerRow::of).toList());
        decoder.setAll(d.decoder().stream().map(LayerRow::of).toList());
        latentSize.set(d.latentSize());
        codeActivation.set(d.codeActivation());
        mirrorDecoder.set(d.mirrorDecoder());
        outputActivation.set(d.outputActivation());
        variant.set(d.variant());
        noise.set(d.noise());
        noiseLevel.set(d.noiseLevel());
        sparsity.set(d.sparsity());
        sparsityWeight.set(d.sparsityWeight());
        sparsityTarget.set(d.sparsityTarget());
        beta.set(d.beta());
        warmupEpochs.set(d.warmupEpochs());
        contractiveWeight.set(d.contractiveWeight());
        loss.set(d.loss());
    }

    /** Sets the data-dependent settings (see {@link DataKind}) as one undo step. */
    void applyDataDefaults(DataKind kind) {
        history.asOneStep(() -> {
            outputActivation.set(kind.outputActivation());
            loss.set(kind.loss());
            codeActivation.set(kind.codeActivation());
        });
    }

    /** Loads a design, for example from a model or experiment file, as one undo step. */
    public void load(ModelSpec m) {
        history.asOneStep(() -> put(m));
    }

    private void put(ModelSpec m) {
        encoder.setAll(m.encoder().stream().map(LayerRow::of).toList());
        decoder.setAll(m.decoder().stream().map(LayerRow::of).toList());
        mirrorDecoder.set(m.mirrorDecoder());
        latentSize.set(m.latentSize());
        codeActivation.set(m.codeActivation());
        outputActivation.set(m.outputActivation());
        VariantSpec v = m.variant();
        variant.set(v.kind());
        noise.set(v.noise());
        if (v.noiseLevel() > 0) {
            noiseLevel.set(v.noiseLevel());
        }
        sparsity.set(v.sparsity());
        if (v.sparsityWeight() > 0) {
            sparsityWeight.set(v.sparsityWeight());
        }
        if (v.sparsityTarget() > 0) {
            sparsityTarget.set(v.sparsityTarget());
        }
        beta.set(v.beta());
        warmupEpochs.set(v.warmupEpochs());
        if (v.contractiveWeight() > 0) {
            contractiveWeight.set(v.contractiveWeight());
        }
        loss.set(m.loss());
        if (m.inputShape() != null) {
            inputShape.set(m.inputShape());
        }
    }

    private void rebuild() {
        layerShapes.clear();
        if (inputShape.get() == null) {
            fail("dataset", "Choose a dataset: the input size comes from it.");
            return;
        }
        if (latentSize.get() < 0) {
            fail("latent", "The latent size must be at least 1, or 0 to take the encoder's last output as the code.");
            return;
        }
        ModelSpec candidate;
        try {
            candidate = new ModelSpec(inputShape.get(), rows(encoder), latentSize.get(), codeActivation.get(),
                    mirrorDecoder.get(), rows(decoder), outputActivation.get(), variantSpec(), loss.get(), null, 1);
        } catch (IllegalArgumentException e) {
            fail("variant", e.getMessage());
            return;
        }
        NetworkPlan plan;
        try {
            plan = NetworkPlan.of(candidate);
        } catch (ShapeException e) {
            fail(switch (e.stack()) {
                case ENCODER -> "encoder." + e.layerIndex();
                case DECODER -> "decoder." + e.layerIndex();
                case MODEL -> "model";
            }, e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            fail("model", e.getMessage());
            return;
        }
        List<String> shapes = new ArrayList<>();
        shapes.add("Input  " + candidate.inputShape());
        describe(shapes, plan.encoder());
        if (candidate.codeIsEncoderOutput()) {
            shapes.add("Code   the encoder's output, " + plan.codeShape() + " = " + plan.codeShape().size() + " values");
        }
        if (candidate.variant().isVariational()) {
            shapes.add("Code   mean and log-variance heads, " + candidate.latentSize() + " each; z sampled");
        }
        describe(shapes, plan.decoder());
        layerShapes.setAll(shapes);
        double ratio = candidate.inputShape().size() / (double) plan.codeShape().size();
        summary.set(String.format(Locale.ROOT, "%s  |  %,d parameters  |  compression %.1f : 1",
                candidate.summary(plan), plan.parameterCount(), ratio));
        problem.set("");
        problemField.set("");
        spec.set(candidate);
    }

    private static void describe(List<String> out, List<NetworkPlan.Step> steps) {
        for (NetworkPlan.Step step : steps) {
            out.add(String.format(Locale.ROOT, "%-7s %-16s -> %s", step.stack().title(), step.spec(), step.output()));
        }
    }

    private void fail(String field, String message) {
        spec.set(null);
        problem.set(message);
        problemField.set(field);
        summary.set("");
    }

    private static List<LayerSpec> rows(List<LayerRow> rows) {
        return rows.stream().map(LayerRow::toSpec).toList();
    }

    private VariantSpec variantSpec() {
        return switch (variant.get()) {
            case PLAIN -> VariantSpec.plain();
            case DENOISING -> VariantSpec.denoising(noise.get(), noiseLevel.get(), true);
            case SPARSE -> sparsity.get() == VariantSpec.Sparsity.L1 ? VariantSpec.sparseL1(sparsityWeight.get())
                    : VariantSpec.sparseKl(sparsityWeight.get(), sparsityTarget.get());
            case VARIATIONAL -> VariantSpec.variational(beta.get(), warmupEpochs.get());
            case CONTRACTIVE -> VariantSpec.contractive(contractiveWeight.get());
        };
    }

    public ObjectProperty<Shape> inputShapeProperty() {
        return inputShape;
    }

    public ObservableList<LayerRow> encoder() {
        return encoder;
    }

    public ObservableList<LayerRow> decoder() {
        return decoder;
    }

    public IntegerProperty latentSizeProperty() {
        return latentSize;
    }

    public ObjectProperty<ActivationFunction> codeActivationProperty() {
        return codeActivation;
    }

    public BooleanProperty mirrorDecoderProperty() {
        return mirrorDecoder;
    }

    public ObjectProperty<ActivationFunction> outputActivationProperty() {
        return outputActivation;
    }

    public ObjectProperty<VariantSpec.Kind> variantProperty() {
        return variant;
    }

    public ObjectProperty<VariantSpec.Noise> noiseProperty() {
        return noise;
    }

    public DoubleProperty noiseLevelProperty() {
        return noiseLevel;
    }

    public ObjectProperty<VariantSpec.Sparsity> sparsityProperty() {
        return sparsity;
    }

    public DoubleProperty contractiveWeightProperty() {
        return contractiveWeight;
    }

    public DoubleProperty sparsityWeightProperty() {
        return sparsityWeight;
    }

    public DoubleProperty sparsityTargetProperty() {
        return sparsityTarget;
    }

    public DoubleProperty betaProperty() {
        return beta;
    }

    public IntegerProperty warmupEpochsProperty() {
        return warmupEpochs;
    }

    public ObjectProperty<LossFunction> lossProperty() {
        return loss;
    }

    /** The design as a spec, or null while it is invalid. */
    public ReadOnlyObjectProperty<ModelSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Why the design is invalid, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Which field is at fault: "dataset", "latent", "encoder.N", "decoder.N", "variant" or "model". */
    public ReadOnlyStringProperty problemFieldProperty() {
        return problemField.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per layer: what it is and the shape it outputs. */
    public ObservableList<String> layerShapes() {
        return layerShapes;
    }
}
