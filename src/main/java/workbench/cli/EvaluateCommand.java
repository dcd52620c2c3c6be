package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbench.data.DatasetRegistry;
import workbench.io.Json;
import workbench.io.ModelFile;
import workbench.session.MetricsJson;
import workbench.session.RunMetrics;
import workbench.session.SavedRunData;

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
        SavedRunData prepared;
        try {
            prepared = SavedRunData.prepare(loaded, modelFile, dataset, registry);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (prepared.note() != null) {
            // the run's split makes the PCA baseline and the kNN probe those of metrics.json; without it they may differ
            err.println("note: " + prepared.note() + ", so the PCA baseline and the 5-NN probe are fitted on every"
                    + " training row and may differ from the run's metrics.json in the last digits");
        }
        RunMetrics m = RunMetrics.measure(loaded.model(), prepared.data(), loaded.metadata().history().size());
        // The sections metrics.json has, in the same words: a run's folder and a later evaluate agree.
        out.println(Json.mapper().writer().withoutFeatures(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(MetricsJson.of(m, loaded.model().spec().variant().isVariational())));
        return 0;
    }
}
