package workbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSyntax;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;
import workbench.engine.WeightedSpec;
import workbench.io.ModelFile;

/**
 * The options given with {@code --resume} that say otherwise than the saved model: its design, its
 * data and how they were prepared, its seed, its optimizer and schedule. Resuming goes on with all
 * of those as the file has them, so an option that contradicts one is refused, named with what the
 * file says; an option that agrees (a script that adds --resume to the command that made the model)
 * passes.
 */
final class ResumeConflicts {
    private final List<String> found = new ArrayList<>();

    private ResumeConflicts() {
    }

    /** Throws a usage error naming every contradicting option, or returns when there is none. */
    static void refuse(TrainCommand o, ModelFile.Loaded loaded) {
        ResumeConflicts c = new ResumeConflicts();
        c.design(o, loaded.model().spec());
        c.data(o, loaded);
        c.training(o, loaded.metadata().training());
        if (!c.found.isEmpty()) {
            throw new UsageException("--resume trains " + o.resumeFile + " on as it was designed and trained, but "
                    + String.join("; ", c.found) + ". Leave those options out, or train a new model without --resume");
        }
    }

    private void design(TrainCommand o, ModelSpec m) {
        ActivationFunction hidden = o.activation != null ? ActivationFunction.parse(o.activation)
                : ActivationFunction.RELU;
        check("--layers", o.layers, text -> LayerSyntax.parse(text, hidden), m.encoder());
        check("--decoder", o.decoderLayers, text -> LayerSyntax.parse(text, hidden, "--decoder"),
                m.mirrorDecoder() ? "the encoder mirrored" : m.decoder());
        check("--activation", o.activation, text -> List.of(ActivationFunction.parse(text)), hiddenActivations(m));
        check("--latent", o.latent, n -> n, m.latentSize());
        check("--code-activation", o.codeActivation, ActivationFunction::parse, m.codeActivation());
        check("--output-activation", o.outputActivation, ActivationFunction::parse, m.outputActivation());
        check("--loss", o.loss, LossFunction::parse, m.loss());
        check("--init", o.init, TrainCommand::parseInit, m.initializer());
        VariantSpec v = m.variant();
        check("--variant", o.variant, VariantSpec.Kind::parse, v.kind());
        check("--noise", o.noise, VariantSpec.Noise::parse, v.noise());
        check("--noise-level", o.noiseLevel, x -> x, v.noiseLevel());
        if (o.noClipNoise && v.clipNoise()) {
            found.add("--no-clip-noise (the saved model clips its corrupted inputs to [0, 1])");
        }
        check("--sparsity", o.sparsity, VariantSpec.Sparsity::parse, v.sparsity());
        check("--sparsity-weight", o.sparsityWeight, x -> x, v.sparsityWeight());
        check("--sparsity-target", o.sparsityTarget, x -> x, v.sparsityTarget());
        check("--beta", o.beta, x -> x, v.beta());
        check("--warmup", o.warmup, n -> n, v.warmupEpochs());
        check("--contractive-weight", o.contractiveWeight, x -> x, v.contractiveWeight());
    }

    /** The activations of the encoder's layers with weights: what --activation gave them. */
    private static List<ActivationFunction> hiddenActivations(ModelSpec m) {
        return m.encoder().stream().filter(WeightedSpec.class::isInstance).map(WeightedSpec.class::cast)
                .map(WeightedSpec::activation).distinct().toList();
    }

    private void data(TrainCommand o, ModelFile.Loaded loaded) {
        check("--dataset", o.dataset, name -> name, loaded.metadata().dataset());
        check("--normalization", o.normalization, TrainCommand::parseNormalization, loaded.normalization().kind());
        if (!Resumption.takesNormalClassesFromOptions(loaded)) {
            List<String> saved = loaded.metadata().normalClasses();
            check("--normal-classes", o.normalClasses == null ? null : String.join(",", o.normalClasses),
                    text -> o.normalClassNames(), saved == null ? "every class" : saved);
        }
    }

    private void training(TrainCommand o, TrainingSpec t) {
        OptimizerSpec opt = t.optimizer();
        check("--seed", o.seed, n -> n, t.seed());
        check("--val", o.validation, x -> x, t.validationFraction());
        check("--optimizer", o.optimizer, OptimizerKind::parse, opt.kind());
        check("--weight-decay", o.weightDecay, x -> x, opt.weightDecay());
        check("--l1", o.l1, x -> x, opt.l1());
        check("--clip-norm", o.clipNorm, x -> x, opt.clipNorm());
        check("--schedule", o.schedule, ScheduleSpec.Kind::parse, t.schedule().kind());
    }

    /** Notes {@code option} when it was given and, read as the command line reads it, is not {@code saved}. */
    private <T> void check(String option, T given, Function<T, ?> read, Object saved) {
        if (given != null && !Objects.equals(read.apply(given), saved)) {
            found.add(option + " " + given + " (the saved model has " + shown(saved) + ")");
        }
    }

    private static String shown(Object saved) {
        if (saved == null) {
            return "the default";
        }
        if (saved instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (saved instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(ResumeConflicts::shown).collect(Collectors.joining(", "));
        }
        return saved.toString();
    }
}
