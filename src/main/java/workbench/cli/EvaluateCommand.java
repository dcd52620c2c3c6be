package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.io.ModelFile;
import workbench.session.DataPreparation;
import workbench.session.PreparedData;
import workbench.session.RunMetrics;

/** {@code evaluate}: a saved model's test metrics on its dataset or another of the same shape. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Print a saved model's test metrics: its loss, BCE, MSE, MAE, the PCA baseline and the 5-NN accuracy of its codes.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file (model.npz from train).")
    Path modelFile;

    @Option(names = "--dataset", paramLabel = "NAME|PATH", description = "Default: the dataset the model was trained on.")
    String dataset;

    private final PrintStream out;
    private final PrintStream err;
    private final DatasetRegistry registry;

    EvaluateCommand(PrintStream out, PrintStream err, DatasetRegistry registry) {
        this.out = out;
        this.err = err;
        this.registry = registry;
    }

    @Override
    public Integer call() throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(modelFile);
        String source = dataset != null ? dataset : loaded.metadata().dataset();
        DataSplit split = registry.load(source);
        int features = loaded.model().spec().inputShape().size();
        if (split.train().featureCount() != features) {
            throw new UsageException(source + " has " + split.train().featureCount() + " values per sample but the model takes "
                    + features + ": evaluate it on data of the same shape");
        }
        PreparedData data = DataPreparation.prepare(split, loaded.normalization().kind(), 0, 1, loaded.normalization());
        RunMetrics m = RunMetrics.measure(loaded.model(), data, loaded.metadata().history().size());
        out.printf(Locale.ROOT, "{\"test\": {\"loss\": %.6f, \"bce\": %.6f, \"mse\": %.6f, \"mae\": %.6f}, "
                        + "\"pca_baseline\": {\"components\": %d, \"bce\": %.6f, \"mse\": %.6f}, \"knn_accuracy\": %s}%n",
                m.testLoss().objective(), m.test().bce(), m.test().mse(), m.test().mae(), m.pcaComponents(),
                m.pcaBaseline().bce(), m.pcaBaseline().mse(),
                Double.isNaN(m.knnAccuracy()) ? "null" : String.format(Locale.ROOT, "%.4f", m.knnAccuracy()));
        return 0;
    }
}
