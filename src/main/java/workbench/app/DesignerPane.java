package workbench.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.app.viewmodel.DesignerViewModel;
import workbench.engine.ActivationFunction;
import workbench.engine.LossFunction;
import workbench.engine.VariantSpec;

/**
 * The Model section: encoder stack, code, decoder (mirrored or its own), variant with its
 * settings, loss, and a live summary of shapes and parameters. A problem is shown in words next to
 * what is at fault (under the layer's row, which is outlined, or under the code's or variant's form)
 * and in the status bar.
 */
final class DesignerPane extends VBox {

    DesignerPane(DesignerViewModel vm) {
        setSpacing(6);
        Label problem = new Label();
        problem.setId("designProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b34700; -fx-font-weight: bold;");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label encoderTitle = new Label("Encoder");
        encoderTitle.setStyle("-fx-font-weight: bold;");
        LayerStackEditor encoder = new LayerStackEditor("encoder", vm.encoder(), vm.problemFieldProperty(), problem);
        AdvancedControl.ENCODER_LAYERS.tag(encoderTitle, encoder);

        GridPane code = Controls.form();
        var latent = Controls.intSpinner(vm.latentSizeProperty(), 0, 100_000, 1);
        latent.setId("latentSize");
        latent.setTooltip(new Tooltip("Values in the code. 0: the encoder's last output is the"
                + " code, as in a convolutional autoencoder whose code is feature maps"));
        Controls.row(code, "Latent size", latent);
        Controls.row(code, "Code activation", Controls.choice(vm.codeActivationProperty(), ActivationFunction.values()),
                AdvancedControl.CODE_ACTIVATION);

        CheckBox mirror = new CheckBox("Decoder mirrors the encoder");
        mirror.setWrapText(true); // whole on two lines where the column is narrow, never "enc..."
        mirror.setMinHeight(Region.USE_PREF_SIZE);
        mirror.selectedProperty().bindBidirectional(vm.mirrorDecoderProperty());
        AdvancedControl.MIRROR_DECODER.tag(mirror);
        LayerStackEditor decoder = new LayerStackEditor("decoder", vm.decoder(), vm.problemFieldProperty(), problem);
        decoder.visibleProperty().bind(mirror.selectedProperty().not());
        decoder.managedProperty().bind(decoder.visibleProperty());

        GridPane output = Controls.form();
        var outputActivation = Controls.choice(vm.outputActivationProperty(), ActivationFunction.values());
        Controls.row(output, "Output activation", outputActivation, AdvancedControl.OUTPUT_ACTIVATION);
        Controls.row(output, "Loss", Controls.choice(vm.lossProperty(), LossFunction.values()), AdvancedControl.LOSS);
        Controls.row(output, "Variant", Controls.choice(vm.variantProperty(), VariantSpec.Kind.values()));

        VBox variantSettings = new VBox(4);
        Runnable showVariant = () -> variantSettings.getChildren().setAll(variantForm(vm));
        vm.variantProperty().addListener((o, was, now) -> showVariant.run());
        vm.sparsityProperty().addListener((o, was, now) -> showVariant.run());
        showVariant.run();

        // a problem of the code (latent size) goes under its form, one of the whole model under the
        // variant's; a layer's goes under its row (LayerStackEditor)
        VBox codeProblem = new VBox();
        VBox modelProblem = new VBox();
        Runnable placeProblem = () -> {
            String field = vm.problemFieldProperty().get();
            if (field.equals("latent") || field.equals("dataset")) {
                codeProblem.getChildren().setAll(problem);
            } else if (!field.startsWith("encoder.") && !field.startsWith("decoder.")) {
                modelProblem.getChildren().setAll(problem);
            }
        };
        vm.problemFieldProperty().addListener((o, was, now) -> placeProblem.run());
        placeProblem.run();

        Label summary = new Label();
        summary.setId("designSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        // one wrapping line per layer rather than a list that scrolls sideways: every shape is read whole
        VBox shapes = new VBox(1);
        shapes.setId("layerShapes");
        shapes.setStyle("-fx-font-family: monospace; -fx-font-size: 0.9em;");
        Runnable showShapes = () -> shapes.getChildren().setAll(vm.layerShapes().stream().map(line -> {
            Label l = new Label(line);
            l.setWrapText(true);
            return l;
        }).toList());
        vm.layerShapes().addListener((ListChangeListener<String>) c -> showShapes.run());
        showShapes.run();

        getChildren().addAll(encoderTitle, encoder, code, codeProblem, mirror, decoder, output, variantSettings,
                modelProblem, summary, shapes);
    }

    private static GridPane variantForm(DesignerViewModel vm) {
        GridPane form = Controls.form();
        switch (vm.variantProperty().get()) {
            case DENOISING -> {
                Controls.row(form, "Noise", Controls.choice(vm.noiseProperty(), VariantSpec.Noise.values()),
                        AdvancedControl.NOISE_KIND);
                Controls.row(form, "Noise level", Controls.numberField(vm.noiseLevelProperty(), 0, 10, null),
                        AdvancedControl.NOISE_LEVEL);
            }
            case SPARSE -> {
                Controls.row(form, "Penalty", Controls.choice(vm.sparsityProperty(), VariantSpec.Sparsity.values()),
                        AdvancedControl.SPARSITY_PENALTY);
                Controls.row(form, "Weight", Controls.numberField(vm.sparsityWeightProperty(), 0, 1e3, null),
                        AdvancedControl.SPARSITY_WEIGHT);
                if (vm.sparsityProperty().get() == VariantSpec.Sparsity.KL) {
                    var target = Controls.numberField(vm.sparsityTargetProperty(), 0, 1, null);
                    Controls.row(form, "Target activation", target, AdvancedControl.SPARSITY_TARGET);
                }
            }
            case VARIATIONAL -> {
                Controls.row(form, "Beta (KL weight)", Controls.numberField(vm.betaProperty(), 0, 1e3, null),
                        AdvancedControl.BETA);
                Controls.row(form, "Warm-up epochs", Controls.intSpinner(vm.warmupEpochsProperty(), 0, 10_000, 1),
                        AdvancedControl.WARMUP_EPOCHS);
            }
            case CONTRACTIVE -> Controls.row(form, "Jacobian weight",
                    Controls.numberField(vm.contractiveWeightProperty(), 0, 1e3, null), AdvancedControl.CONTRACTIVE_WEIGHT);
            case PLAIN -> { }
        }
        return form;
    }
}
