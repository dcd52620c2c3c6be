package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbench.data.DatasetRegistry;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.Gemm;
import workbench.engine.Initializer;
import workbench.engine.LayerSpec;
import workbench.engine.LayerSyntax;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.Shape;
import workbench.engine.TrainingListener;
import workbench.engine.TrainingResult;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;
import workbench.engine.VectorGemm;
import workbench.io.RunFolders;
import workbench.session.AnomalyMetrics;
import workbench.session.DataKind;
import workbench.session.DataChecks;
import workbench.session.DataPreparation;
import workbench.session.DatasetRef;
import workbench.session.Experiment;
import workbench.session.ExperimentFile;
import workbench.session.PreparedData;
import workbench.session.RunExporter;
import workbench.session.RunMetrics;
import workbench.session.MetricsJson;
import workbench.session.ModelHost;
import workbench.session.doctor.PcaReference;

/** {@code train}: trains one autoencoder headless and writes the run folder. */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Train an autoencoder on a dataset and write the model, history, codes, metrics and figures.",
                "The decoder mirrors --layers unless --decoder is given. Hidden layers use --activation; for data in [0, 1] the output is a",
                "sigmoid and the loss BCE unless you say otherwise.", ""},
        footer = {"", "Example:",
                "  java -jar target/workbench.jar train --dataset mnist-10k --layers 128,64 --latent 32 \\",
                "      --variant plain --loss bce --optimizer adam --lr 0.001 --batch 256 --epochs 10 --seed 1 --out runs/x",
                "A convolutional autoencoder (the code is the encoder's 8x4x4 output):",
                "  java -jar target/workbench.jar train --dataset mnist-10k --layers conv16k3,pool2,conv8k3,pool2,conv8k3,pool2 \\",
                "      --latent 0 --decoder conv8k3,up2,conv8k3,up2,conv16k3valid,up2 --epochs 50 --batch 128 --lr 0.001",
                "Anomaly detection, trained on benign tumours only (the AUC of the malignant ones is in metrics.json):",
                "  java -jar target/workbench.jar train --dataset breast-cancer --normalization z-score --normal-classes benign \\",
                "      --layers 16 --latent 8 --code-activation linear --batch 32 --epochs 100 --out runs/bc",
                "Train a saved model 20 epochs more, its optimizer going on where it stopped:",
                "  java -jar target/workbench.jar train --resume runs/x/model.npz --epochs 20 --out runs/x2",
                "", "Exit codes: 0 done, 1 training diverged (the run folder is still written), 2 bad option or file."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--resume", paramLabel = "MODEL",
            description = "Train a saved model (model.npz) on: its design, data, history and optimizer state go on from the file, for --epochs more (default: as many as its last run). --lr, --batch and --patience may change; options that say otherwise than the saved model are refused.")
    Path resumeFile;

    @Option(names = "--experiment", paramLabel = "FILE",
            description = "Run this experiment file (JSON) instead of the model and training options; --out, --epochs and --seed still apply when given.")
    Path experimentFile;

    @Option(names = "--dataset", paramLabel = "NAME|PATH", description = "A bundled dataset (see 'datasets') or a path: IDX folder, CSV file, image folder. Default: mnist-10k.")
    String dataset;

    @Option(names = "--normalization", paramLabel = "KIND", description = "none, min-max or z-score, fitted on the training rows. Default: none for images, min-max for tables.")
    String normalization;

    @Option(names = "--normal-classes", paramLabel = "NAMES", split = ",",
            description = "Anomaly detection: train and validate only on these classes (comma-separated names, e.g. benign); the other classes of the test split are the anomalies, and metrics.json gets their AUC and the default threshold's precision and recall. Default: every class trains.")
    List<String> normalClasses;

    @Option(names = "--layers", paramLabel = "LIST", description = "Encoder hidden layers, e.g. 128,64 or 256:tanh,dropout0.2,64 or conv16k3,pool2,conv8k3s2valid,flatten (see README, 'Layer syntax'). Empty for none. Default: 128,64.")
    String layers;

    @Option(names = "--decoder", paramLabel = "LIST", description = "Decoder hidden layers in the same syntax, from the code up; the output layer is added (dense, or a 3x3 convolution after feature maps). Default: the encoder mirrored.")
    String decoderLayers;

    @Option(names = "--latent", paramLabel = "N", description = "Size of the code; 0 takes the encoder's last output as the code (a convolutional code such as 8x4x4). Default: 32.")
    Integer latent;

    @Option(names = "--activation", paramLabel = "NAME", description = "Hidden activation: relu, leaky_relu, elu, sigmoid, tanh, linear, softplus. Default: relu.")
    String activation;

    @Option(names = "--code-activation", paramLabel = "NAME", description = "Activation of the code layer. Default: relu, linear for a 2-D code (better to plot).")
    String codeActivation;

    @Option(names = "--output-activation", paramLabel = "NAME", description = "Default: sigmoid for images in [0, 1]; linear for tables and other images.")
    String outputActivation;

    @Option(names = "--variant", paramLabel = "KIND", description = "plain, denoising, sparse, variational (vae) or contractive (cae). Default: plain.")
    String variant;

    @Option(names = "--noise", paramLabel = "KIND", description = "Denoising corruption: gaussian, masking or salt-and-pepper. Default: gaussian.")
    String noise;

    @Option(names = "--noise-level", paramLabel = "X", description = "Gaussian deviation, or fraction corrupted. Default: 0.3.")
    Double noiseLevel;

    @Option(names = "--no-clip-noise", description = "Do not clamp corrupted inputs to [0, 1].")
    boolean noClipNoise;

    @Option(names = "--sparsity", paramLabel = "KIND", description = "Sparse penalty: l1 or kl. Default: l1.")
    String sparsity;

    @Option(names = "--sparsity-weight", paramLabel = "X", description = "Default: 1e-4 for l1, 0.1 for kl.")
    Double sparsityWeight;

    @Option(names = "--sparsity-target", paramLabel = "RHO", description = "KL target mean activation. Default: 0.05.")
    Double sparsityTarget;

    @Option(names = "--contractive-weight", paramLabel = "X", description = "Contractive: weight of the squared"
            + " Frobenius norm of the code layer's Jacobian. Default: " + VariantSpec.DEFAULT_CONTRACTIVE_WEIGHT + ".")
    Double contractiveWeight;

    @Option(names = "--beta", paramLabel = "X", description = "VAE weight of the KL term. Default: 1.")
    Double beta;

    @Option(names = "--warmup", paramLabel = "EPOCHS", description = "VAE: beta ramps up over this many epochs. Default: 0.")
    Integer warmup;

    @Option(names = "--loss", paramLabel = "NAME", description = "bce, mse, mae or huber. Default: bce for images in [0, 1]; mse for tables and other images.")
    String loss;

    @Option(names = "--init", paramLabel = "NAME", description = "auto, he-uniform, he-normal, glorot-uniform, glorot-normal, pytorch-default. Default: auto (He before ReLU-family layers, Glorot before the rest).")
    String init;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "sgd, momentum, nesterov, rmsprop, adam, adamw. Default: adam.")
    String optimizer;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate. Default: the optimizer's (adam 0.001).")
    Double lr;

    @Option(names = "--weight-decay", paramLabel = "X", description = "L2 on weights (decoupled for adamw). Default: 0 (adamw 0.01).")
    Double weightDecay;

    @Option(names = "--l1", paramLabel = "X", description = "L1 on weights. Default: 0.")
    Double l1;

    @Option(names = "--clip-norm", paramLabel = "X", description = "Clip the global gradient norm. Default: off.")
    Double clipNorm;

    @Option(names = "--schedule", paramLabel = "KIND", description = "constant, step, cosine or plateau. Default: constant.")
    String schedule;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size. Default: 256.")
    Integer batch;

    @Option(names = "--epochs", paramLabel = "N", description = "Default: 10.")
    Integer epochs;

    @Option(names = "--val", paramLabel = "FRACTION", description = "Validation share of the training split. Default: 0.1.")
    Double validation;

    @Option(names = "--patience", paramLabel = "EPOCHS", description = "Early stopping patience (0 = off). Default: 0.")
    Integer patience;

    @Option(names = "--seed", paramLabel = "N", description = "Seeds the weights, the splits and the batches. Default: 1.")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the run's files (created if needed; refused if it exists, unless --force).")
    String outText;

    @Option(names = "--force", description = "Replace the run folder --out names if it exists.")
    boolean force;

    private Path out;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    /** How progress and the summary are printed. */
    enum LogFormat { TEXT, JSONL }

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text: progress lines on stderr, the summary on stdout. jsonl: one JSON object a line on"
                    + " stdout, an epoch each (the keys of history.csv), then the test metrics as metrics.json"
                    + " has them. Default: text.")
    LogFormat logFormat;

    private final PrintStream stdout;
    private final PrintStream err;
    private final DatasetRegistry registry;

    TrainCommand(PrintStream stdout, PrintStream err, DatasetRegistry registry) {
        this.stdout = stdout;
        this.err = err;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        out = runFolder();
        ModelHost.Parts parts = resumeFile != null ? Resumption.parts(this, registry, err) : freshParts();
        Experiment experiment = parts.experiment();
        PreparedData data = parts.data();
        Measured measured;
        TrainingResult result;
        try (ModelHost run = new ModelHost(parts)) {
            if (!quiet && logFormat == LogFormat.TEXT) {
                err.printf(Locale.ROOT, "%s on %s: %d train, %d validation, %d test samples; %,d parameters; products: %s%n",
                        experiment.seededModel().summary(), data.name(), data.train().size(), data.validation().size(),
                        data.test().size(), run.parameterCount(), VectorGemm.describe(Gemm.standard()));
            }
            List<TrainingListener> listeners = logFormat == LogFormat.JSONL ? List.of(new JsonLinesProgress(stdout))
                    : quiet ? List.of() : List.of(new ProgressPrinter(err, RunExporter.lossUnit(run)));
            // warnings even when quiet: "no progress lines" is not "say nothing of what went wrong"
            run.watchDiagnoses(d -> {
                if (!d.kind().endsRun()) { // a fatal one is the run's message, printed at the end
                    err.println("warning: " + d.message());
                }
            });
            // SIGTERM or Ctrl-C: the training stops at the next batch, the folder is written with what was
            // trained, and only then does the JVM end (with 143 or 130, the signal's code)
            CountDownLatch written = new CountDownLatch(1);
            AtomicBoolean signalled = new AtomicBoolean();
            Thread onSignal = new Thread(() -> {
                signalled.set(true);
                run.stop();
                try {
                    written.await(SIGNAL_GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "interrupted run");
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                result = run.trainAndWait(experiment, listeners).result();
                if (signalled.get()) {
                    result = new TrainingResult(result.status(), result.history(), result.bestEpoch(),
                            result.trainSeconds(), "Interrupted after " + result.history().size() + " of "
                            + experiment.training().epochs() + " epochs: the folder holds the model as it stood.");
                }
                measured = export(run, data, result);
            } finally {
                written.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException shuttingDown) {
                    // the signal came: the hook is running, and ends now that the folder is written
                }
            }
        }
        return report(result, measured, experiment.model().variant().isVariational());
    }

    /** How long a signalled run may take to finish its batch and write its folder before the JVM ends anyway. */
    static final int SIGNAL_GRACE_SECONDS = 60;

    /** Measures the trained model and writes the run folder, on the model's own thread. */
    private Measured export(ModelHost run, PreparedData data, TrainingResult ended) throws IOException {
        // measured and written on the model's own thread, like every use of a live model
        Measured m = run.queryAndWait(model -> Measured.of(model, data, ended.history().size()));
        // the PCA baseline is known only now: the doctor judges the run against it before metrics.json is written
        if (m.metrics().hasPcaBaseline()) {
            run.judgeAgainstPca(new PcaReference(m.metrics().pcaComponents(), m.metrics().pcaTestLoss())).join();
        }
        return run.queryAndWait(model -> {
            // whole or not at all: written beside, then renamed into place (RunFolders)
            RunFolders.write(out, force, folder -> RunExporter.export(folder, run, model, ended, m.metrics(),
                    m.anomaly()));
            return m;
        });
    }

    /** What the command says at the end, and its exit code. */
    private int report(TrainingResult result, Measured measured, boolean variational) {
        RunMetrics metrics = measured.metrics();
        AnomalyMetrics anomaly = measured.anomaly();
        String anomalyProblem = measured.anomalyProblem();
        if (result.failed()) {
            err.println(result.message());
            return 1;
        }
        if (logFormat == LogFormat.JSONL) {
            JsonLinesProgress.line(stdout, MetricsJson.of(metrics, variational));
            err.println("wrote " + out);
            return 0;
        }
        stdout.printf(Locale.ROOT, "test: loss %.5f, BCE %.5f, MSE %.5f, MAE %.5f; %s%s%n",
                metrics.testLoss().objective(), metrics.test().bce(), metrics.test().mse(), metrics.test().mae(),
                metrics.hasPcaBaseline() ? String.format(Locale.ROOT, "PCA with %d components: BCE %.5f, MSE %.5f",
                        metrics.pcaComponents(), metrics.pcaBaseline().bce(), metrics.pcaBaseline().mse())
                        : "no PCA baseline (fewer than " + RunMetrics.PCA_MIN_ROWS + " training rows)",
                Double.isNaN(metrics.knnAccuracy()) ? "" : String.format(Locale.ROOT, "; %d-NN accuracy on codes %.3f",
                        metrics.knnNeighbours(), metrics.knnAccuracy()));
        if (anomaly != null) {
            stdout.println(anomalyLine(anomaly));
        } else if (anomalyProblem != null) {
            stdout.println("anomaly metrics not computed: " + anomalyProblem);
        }
        stdout.println("wrote " + out);
        return 0;
    }

    /** A new model from the options or the experiment file, sized for its data. */
    private ModelHost.Parts freshParts() throws IOException {
        Experiment experiment = experimentFile != null ? fromFile() : fromOptions();
        if (normalClasses != null) {
            experiment = new Experiment(experiment.dataset().withNormalClasses(normalClassNames()), experiment.model(),
                    experiment.training(), experiment.seed());
        }
        PreparedData data = new DataPreparation(registry).prepare(experiment.dataset(),
                experiment.training().validationFraction(), experiment.seed());
        // a file read other than as plain CSV says how, even when quiet: a wrong guess must be seen
        registry.readingNote(experiment.dataset().source()).ifPresent(note -> err.println("note: " + note));
        experiment = fitToData(experiment, data);
        try {
            return ModelHost.Parts.fresh(experiment, data);
        } catch (IllegalArgumentException e) {
            throw new UsageException("the model cannot be built: " + e.getMessage());
        }
    }

    /** The test metrics of a trained model, and its anomaly metrics or why there are none. */
    private record Measured(RunMetrics metrics, AnomalyMetrics anomaly, String anomalyProblem) {
        static Measured of(Autoencoder model, PreparedData data, int epochs) {
            RunMetrics metrics = RunMetrics.measure(model, data, epochs);
            try {
                return new Measured(metrics, AnomalyMetrics.measure(model, data), null);
            } catch (IllegalArgumentException e) {
                return new Measured(metrics, null, e.getMessage());
            }
        }
    }

    /** "anomaly (normal: benign; anomalies: malignant): AUC 0.953; at threshold ...: precision ..., recall ...". */
    static String anomalyLine(AnomalyMetrics a) {
        double precision = a.precision();
        return String.format(Locale.ROOT, "anomaly (normal: %s; anomalies: %s): AUC %.4f; at the default threshold %.5g"
                        + " (%.1f%% of normal test samples flagged): precision %s, recall %.3f",
                String.join(", ", a.normalClasses()), String.join(", ", a.anomalyClasses()), a.auc(), a.threshold(),
                100 * a.atThreshold().falsePositiveRate(),
                Double.isNaN(precision) ? "undefined (nothing flagged)" : String.format(Locale.ROOT, "%.3f", precision),
                a.recall());
    }

    List<String> normalClassNames() {
        List<String> names = normalClasses.stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new UsageException("--normal-classes names no class: give the normal classes' names, e.g."
                    + " --normal-classes benign");
        }
        return names;
    }

    private Experiment fromFile() throws IOException {
        Experiment e = ExperimentFile.read(experimentFile);
        TrainingSpec training = epochs != null ? e.training().withEpochs(epochs) : e.training();
        DatasetRef ref = dataset != null
                ? new DatasetRef(dataset, e.dataset().normalization(), e.dataset().normalClasses()) : e.dataset();
        return new Experiment(ref, e.model(), training, seed != null ? seed : e.seed());
    }

    private Experiment fromOptions() {
        try {
            DatasetRef ref = new DatasetRef(dataset != null ? dataset : "mnist-10k",
                    normalization == null ? null : parseNormalization(normalization));
            ActivationFunction hidden = activation != null ? ActivationFunction.parse(activation) : ActivationFunction.RELU;
            List<LayerSpec> encoder = LayerSyntax.parse(layers != null ? layers : "128,64", hidden);
            int latentSize = latent != null ? latent : 32;
            ActivationFunction code = codeActivation != null ? ActivationFunction.parse(codeActivation)
                    : latentSize <= 2 ? ActivationFunction.LINEAR : ActivationFunction.RELU;
            boolean mirror = decoderLayers == null;
            List<LayerSpec> decoder = mirror ? List.of() : LayerSyntax.parse(decoderLayers, hidden, "--decoder");
            ModelSpec model = new ModelSpec(null, encoder, latentSize, code, mirror, decoder,
                    outputActivation != null ? ActivationFunction.parse(outputActivation) : null, variantSpec(),
                    loss != null ? LossFunction.parse(loss) : null, init != null ? parseInit(init) : null, 1);
            OptimizerKind kind = optimizer != null ? OptimizerKind.parse(optimizer) : OptimizerKind.ADAM;
            OptimizerSpec opt = OptimizerSpec.defaults(kind);
            if (lr != null) {
                opt = opt.withLearningRate(lr);
            }
            opt = opt.withRegularization(weightDecay != null ? weightDecay : opt.weightDecay(), l1 != null ? l1 : 0)
                    .withClipping(clipNorm != null ? clipNorm : 0, 0);
            int epochCount = epochs != null ? epochs : 10;
            ScheduleSpec sched = scheduleSpec(epochCount);
            TrainingSpec training = new TrainingSpec(opt, sched, batch != null ? batch : 256, epochCount,
                    validation != null ? validation : 0.1, 1, patience != null ? patience : 0, 0, true, 0);
            return new Experiment(ref, model, training, seed != null ? seed : 1);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The run folder, checked before any training: an empty name would write into the working folder,
     * and an existing folder is replaced only when asked, so that hours of training never end in a
     * refusal or a silent overwrite.
     */
    private Path runFolder() {
        Path folder = OutFolder.parse(outText, "runs/a");
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new UsageException(folder + " already exists: pass --force to replace it, or choose another --out");
        }
        return folder;
    }

    /** Fills what depends on the data: the input shape, and output and loss where the user left them open. */
    private Experiment fitToData(Experiment e, PreparedData data) {
        ModelSpec m = e.model();
        DataKind kind = data.kind();
        ActivationFunction output = outputActivation == null && experimentFile == null
                ? kind.outputActivation() : m.outputActivation();
        LossFunction lossFunction = loss == null && experimentFile == null ? kind.loss() : m.loss();
        try {
            DataChecks.requireFitFor(lossFunction, data); // every split, not the training rows alone
        } catch (IllegalArgumentException unfit) {
            throw new UsageException(unfit.getMessage());
        }
        ModelSpec fitted = new ModelSpec(data.sampleShape(), m.encoder(), m.latentSize(), m.codeActivation(),
                m.mirrorDecoder(), m.decoder(), output, m.variant(), lossFunction, m.initializer(), e.seed());
        return new Experiment(e.dataset(), fitted, e.training(), e.seed());
    }

    private VariantSpec variantSpec() {
        VariantSpec.Kind kind = variant != null ? VariantSpec.Kind.parse(variant) : VariantSpec.Kind.PLAIN;
        return switch (kind) {
            case PLAIN -> VariantSpec.plain();
            case DENOISING -> VariantSpec.denoising(noise != null ? VariantSpec.Noise.parse(noise) : VariantSpec.Noise.GAUSSIAN,
                    noiseLevel != null ? noiseLevel : VariantSpec.DEFAULT_NOISE_LEVEL, !noClipNoise);
            case SPARSE -> {
                VariantSpec.Sparsity s = sparsity != null ? VariantSpec.Sparsity.parse(sparsity) : VariantSpec.Sparsity.L1;
                yield s == VariantSpec.Sparsity.L1 ? VariantSpec.sparseL1(sparsityWeight != null ? sparsityWeight : VariantSpec.DEFAULT_L1_WEIGHT)
                        : VariantSpec.sparseKl(sparsityWeight != null ? sparsityWeight : VariantSpec.DEFAULT_KL_WEIGHT,
                        sparsityTarget != null ? sparsityTarget : VariantSpec.DEFAULT_KL_TARGET);
            }
            case VARIATIONAL -> VariantSpec.variational(beta != null ? beta : VariantSpec.DEFAULT_BETA,
                    warmup != null ? warmup : 0);
            case CONTRACTIVE -> VariantSpec.contractive(contractiveWeight != null ? contractiveWeight
                    : VariantSpec.DEFAULT_CONTRACTIVE_WEIGHT);
        };
    }

    private ScheduleSpec scheduleSpec(int epochCount) {
        ScheduleSpec.Kind kind = schedule != null ? ScheduleSpec.Kind.parse(schedule) : ScheduleSpec.Kind.CONSTANT;
        return switch (kind) {
            case CONSTANT -> ScheduleSpec.constant();
            case STEP -> new ScheduleSpec(kind, Math.max(1, epochCount / 3), 0.1, 0);
            case COSINE -> new ScheduleSpec(kind, 0, 1, 0);
            case PLATEAU -> new ScheduleSpec(kind, 3, 0.5, 1e-6);
        };
    }

    static Normalization.Kind parseNormalization(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "none" -> Normalization.Kind.NONE;
            case "min-max", "minmax" -> Normalization.Kind.MIN_MAX;
            case "z-score", "zscore", "standard" -> Normalization.Kind.Z_SCORE;
            default -> throw new IllegalArgumentException("unknown normalization '" + name
                    + "': expected none, min-max or z-score");
        };
    }

    /** Null for "auto": He before ReLU-family layers, Glorot before the rest. */
    static Initializer parseInit(String name) {
        if (name.trim().equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Initializer.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown initializer '" + name
                    + "': expected auto, he-uniform, he-normal, glorot-uniform, glorot-normal or pytorch-default");
        }
    }
}
