package workbench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.engine.Initializer;
import workbench.engine.Autoencoder;
import workbench.engine.NetworkPlan;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;
import workbench.io.plot.SignificantDigits;

/**
 * A run's design in words, row by row, as a reader new to autoencoders can follow it: the layers
 * from input to output, then the settings that shaped training. Plain strings, not markup, so the
 * page that shows them does all the escaping.
 */
final class SpecRows {

    /** One line of a settings table. */
    record Row(String label, String value) {
    }

    /** One line of the layer table: where in the network, the layer as the designer writes it, its output. */
    record LayerRow(String part, String layer, String output) {
    }

    private SpecRows() {
    }

    /**
     * The network as it trains, step by step from its plan: the output layer added, a mirrored
     * decoder written out, each step's output shape, not just what was typed. The dense code layer
     * and the output layer are named as such.
     */
    static List<LayerRow> layers(Autoencoder model) {
        ModelSpec spec = model.spec();
        NetworkPlan plan = model.plan();
        List<LayerRow> rows = new ArrayList<>();
        rows.add(new LayerRow("input", "sample", spec.inputShape().toString()));
        addSteps(rows, plan.encoder());
        if (spec.variant().isVariational()) {
            rows.add(new LayerRow("code", "mean and log-variance (linear), sampled", Integer.toString(spec.latentSize())));
        } else if (spec.codeIsEncoderOutput()) {
            rows.add(new LayerRow("code", "the encoder's output", plan.codeShape().toString()));
        }
        addSteps(rows, plan.decoder());
        return rows;
    }

    private static void addSteps(List<LayerRow> rows, List<NetworkPlan.Step> steps) {
        for (NetworkPlan.Step step : steps) {
            String part = switch (step.role()) {
                case ROW -> step.stack().name().toLowerCase(Locale.ROOT);
                case CODE -> "code";
                case OUTPUT -> "output";
            };
            rows.add(new LayerRow(part, step.spec().toString(), step.output().toString()));
        }
    }

    static List<Row> settings(Experiment experiment, PreparedData data, int epochsTrained) {
        ModelSpec model = experiment.seededModel();
        TrainingSpec training = experiment.seededTraining();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Dataset", data.name().equals(experiment.dataset().source()) ? data.name()
                : data.name() + " (" + experiment.dataset().source() + ")"));
        rows.add(new Row("Samples", String.format(Locale.ROOT, "%,d training, %,d validation, %,d test",
                data.train().size(), data.validation().size(), data.test().size())));
        rows.add(new Row("Normalisation", switch (data.normalization().kind()) {
            case NONE -> "none";
            case MIN_MAX -> "min-max, fitted on the training rows";
            case Z_SCORE -> "z-score, fitted on the training rows";
        }));
        rows.add(new Row("Architecture", model.summary()));
        rows.add(new Row("Latent size", Integer.toString(model.latentSize())));
        rows.add(new Row("Variant", variant(model.variant())));
        rows.add(new Row("Loss", model.loss().displayName()));
        rows.add(new Row("Optimizer", optimizer(training.optimizer())));
        rows.add(new Row("Learning rate", number(training.optimizer().learningRate())
                + schedule(training.schedule())));
        rows.add(new Row("Batch size", Integer.toString(training.batchSize())));
        // A continued model has more epochs behind it than this run planned; only a short run says so.
        rows.add(new Row("Epochs", epochsTrained < training.epochs()
                ? epochsTrained + " of " + training.epochs() + " planned" : Integer.toString(epochsTrained)));
        rows.add(new Row("Validation share", number(training.validationFraction())));
        if (training.patience() > 0) {
            rows.add(new Row("Early stopping", "after " + epochs(training.patience()) + " without improvement"
                    + (training.restoreBest() ? ", best weights restored" : "")));
        }
        rows.add(new Row("Initialisation", model.initializer() == null
                ? "He before ReLU-family layers, Glorot before the rest" : initializer(model.initializer())));
        rows.add(new Row("Seed", Long.toString(experiment.seed())));
        return rows;
    }

    static String variant(VariantSpec v) {
        return switch (v.kind()) {
            case PLAIN -> "plain";
            case DENOISING -> "denoising: " + words(v.noise().name()) + " noise, level " + number(v.noiseLevel())
                    + (v.clipNoise() ? ", clipped to [0, 1]" : "");
            case SPARSE -> v.sparsity() == VariantSpec.Sparsity.L1
                    ? "sparse: L1 on the code, weight " + number(v.sparsityWeight())
                    : "sparse: KL to target activation " + number(v.sparsityTarget()) + ", weight "
                    + number(v.sparsityWeight());
            case VARIATIONAL -> "variational: beta " + number(v.beta())
                    + (v.warmupEpochs() > 0 ? ", warm-up over " + epochs(v.warmupEpochs()) : "");
            case CONTRACTIVE -> "contractive: the code layer's Jacobian, weight " + number(v.contractiveWeight());
        };
    }

    static String optimizer(OptimizerSpec o) {
        String name = switch (o.kind()) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD with momentum " + number(o.momentum());
            case NESTEROV -> "SGD with Nesterov momentum " + number(o.momentum());
            case RMSPROP -> "RMSProp";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW";
        };
        StringBuilder s = new StringBuilder(name);
        if (o.weightDecay() > 0) {
            s.append(", weight decay ").append(number(o.weightDecay()));
        }
        if (o.l1() > 0) {
            s.append(", L1 ").append(number(o.l1()));
        }
        if (o.clipNorm() > 0) {
            s.append(", gradient norm clipped at ").append(number(o.clipNorm()));
        }
        if (o.clipValue() > 0) {
            s.append(", gradients clipped at ").append(number(o.clipValue()));
        }
        return s.toString();
    }

    private static String initializer(Initializer init) {
        return switch (init) {
            case HE_UNIFORM -> "He uniform";
            case HE_NORMAL -> "He normal";
            case GLOROT_UNIFORM -> "Glorot uniform";
            case GLOROT_NORMAL -> "Glorot normal";
            case PYTORCH_DEFAULT -> "PyTorch's default";
        };
    }

    private static String schedule(ScheduleSpec s) {
        return switch (s.kind()) {
            case CONSTANT -> "";
            case STEP -> ", times " + number(s.factor()) + " every " + (s.every() == 1 ? "epoch" : epochs(s.every()));
            case COSINE -> ", cosine decay to " + number(s.minRate());
            case PLATEAU -> ", times " + number(s.factor()) + " after " + epochs(s.every())
                    + " without improvement";
        };
    }

    private static String epochs(int n) {
        return n == 1 ? "1 epoch" : n + " epochs";
    }

    /** Settings as a person typed them: 0.001, not 1.0E-3. */
    static String number(double v) {
        return new SignificantDigits(6).format(v);
    }

    /** An enum constant as words: SALT_AND_PEPPER becomes "salt and pepper". */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
