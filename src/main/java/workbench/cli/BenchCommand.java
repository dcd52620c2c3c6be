package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.EpochStats;
import workbench.engine.Gemm;
import workbench.engine.Initializer;
import workbench.engine.LayerSpec;
import workbench.engine.LayerSyntax;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.ScheduleSpec;
import workbench.engine.Trainer;
import workbench.engine.TrainingListener;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;
import workbench.session.doctor.Doctor;

/**
 * {@code bench}: training speed of the reference configurations, the same ones as
 * ../shared/bench/torch_ae.py (ReLU hidden, sigmoid output, BCE, Adam 1e-3, float32), so that the
 * two can be run side by side and compared as ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure training speed in samples/s: shallow 784-32-784, deep 784-128-64-32-64-128-784 and",
                "viz 784-512-256-2-256-512-784 on Fashion-MNIST (batch 256), and small 64-32-16-2-16-32-64 on",
                "digits-8x8 (batch 32); conv, the Keras blog's convolutional autoencoder on the same images (batch 128).",
                "The first epoch warms up and is not counted. One JSON line per config."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "NAME", split = ",",
            description = "shallow, deep, viz, small, conv (default: the four dense ones)")
    List<String> configs = List.of("shallow", "deep", "viz", "small");

    @Option(names = "--doctor", description = "Train with the training doctor watching, as train and the window do;"
            + " without it the engine trains alone. Compare the two lines' samples_per_s_wall_median for its cost.")
    boolean doctor;

    @Option(names = "--epochs", paramLabel = "N", description = "Timed epochs after the warm-up epoch (default 3).")
    int epochs = 3;

    @Option(names = "--dataset", paramLabel = "NAME|PATH",
            description = "Images for the 784-input configs. Default: fashion-mnist (the full 60,000) when installed, else fashion-mnist-10k.")
    String dataset;

    private final PrintStream out;
    private final PrintStream err;
    private final DatasetRegistry registry;

    BenchCommand(PrintStream out, PrintStream err, DatasetRegistry registry) {
        this.out = out;
        this.err = err;
        this.registry = registry;
    }

    /** @param layers the encoder in the train command's syntax, with its decoder, when not a dense stack of {@code hidden} */
    private record Config(String name, int[] hidden, int latent, int batch, boolean images, String layers,
                          String decoder) {
        Config(String name, int[] hidden, int latent, int batch, boolean images) {
            this(name, hidden, latent, batch, images, null, null);
        }
    }

    private static Config config(String name) {
        return switch (name) {
            case "shallow" -> new Config(name, new int[0], 32, 256, true);
            case "deep" -> new Config(name, new int[] {128, 64}, 32, 256, true);
            case "viz" -> new Config(name, new int[] {512, 256}, 2, 256, true);
            case "small" -> new Config(name, new int[] {32, 16}, 2, 32, false);
            case "conv" -> new Config(name, new int[0], 0, 128, true, "conv16k3,pool2,conv8k3,pool2,conv8k3,pool2",
                    "conv8k3,up2,conv8k3,up2,conv16k3valid,up2");
            default -> throw new UsageException("unknown bench config '" + name
                    + "': expected shallow, deep, viz, small or conv");
        };
    }

    @Override
    public Integer call() throws IOException {
        if (epochs < 1) {
            throw new UsageException("--epochs must be at least 1");
        }
        DataSplit images = null;
        for (String name : configs) {
            Config c = config(name.trim());
            DataSplit split;
            if (c.images()) {
                if (images == null) {
                    String source = dataset != null ? dataset
                            : registry.names().contains("fashion-mnist") ? "fashion-mnist" : "fashion-mnist-10k";
                    images = registry.load(source);
                }
                split = images;
            } else {
                split = registry.load("digits-8x8");
            }
            out.println(run(c, split));
        }
        return 0;
    }

    private String run(Config c, DataSplit split) {
        List<LayerSpec> encoder = new ArrayList<>();
        for (int units : c.hidden()) {
            encoder.add(LayerSpec.dense(units, ActivationFunction.RELU));
        }
        List<LayerSpec> decoder = List.of();
        if (c.layers() != null) {
            encoder = LayerSyntax.parse(c.layers(), ActivationFunction.RELU);
            decoder = LayerSyntax.parse(c.decoder(), ActivationFunction.RELU, "--decoder");
        }
        ModelSpec spec = new ModelSpec(split.train().sampleShape(), encoder, c.latent(), ActivationFunction.RELU,
                decoder.isEmpty(), decoder, ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE,
                Initializer.PYTORCH_DEFAULT, 0);
        Autoencoder model = new Autoencoder(spec);
        TrainingSpec training = new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.ADAM), ScheduleSpec.constant(),
                c.batch(), 1 + epochs, 0, 0, 0, 0, false, 0);
        err.printf(Locale.ROOT, "bench %s: %s, %,d samples, batch %d, 1 warm-up + %d timed epochs%n", c.name(),
                spec.summary(), split.train().size(), c.batch(), epochs);
        Trainer trainer = new Trainer(model, training, split.train().features(), null);
        if (doctor) {
            new Doctor(model, training, split.train().features(), List.of(), List.of(), d -> { }).attachTo(trainer);
        }
        // from one epoch's end to the next: the batches, and the doctor's look at the end (which the
        // epoch's own samples/s, over its batches alone, leaves out)
        List<Long> epochEnds = new ArrayList<>();
        epochEnds.add(System.nanoTime());
        trainer.addListener(new TrainingListener() {
            @Override
            public void epochEnded(EpochStats stats, int totalEpochs, double etaSeconds) {
                epochEnds.add(System.nanoTime());
            }
        });
        List<EpochStats> history = trainer.run().history();
        double[] timed = history.stream().skip(1).mapToDouble(EpochStats::samplesPerSecond).toArray();
        double[] wall = new double[epochEnds.size() - 2];
        for (int i = 0; i < wall.length; i++) {
            wall[i] = split.train().size() / ((epochEnds.get(i + 2) - epochEnds.get(i + 1)) / 1e9);
        }
        Arrays.sort(wall);
        double[] seconds = history.stream().mapToDouble(EpochStats::seconds).toArray();
        double[] sorted = timed.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        return String.format(Locale.ROOT,
                "{\"bench\": \"workbench\", \"config\": \"%s\", \"layers\": \"%s\", \"samples\": %d, \"batch\": %d,"
                        + " \"gemm\": \"%s\", \"java\": \"%s\", \"epoch_s\": %s, \"samples_per_s_median\": %.1f,"
                        + " \"samples_per_s_wall_median\": %.1f, \"doctor\": %b, \"train_loss_last\": %.5f}",
                c.name(), spec.summary(), split.train().size(), c.batch(), Gemm.standard(),
                System.getProperty("java.version"), Arrays.toString(round(seconds)), median, wall[wall.length / 2],
                doctor,
                history.get(history.size() - 1).train().objective());
    }

    private static double[] round(double[] values) {
        double[] r = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = Math.round(values[i] * 1000) / 1000.0;
        }
        return r;
    }
}
