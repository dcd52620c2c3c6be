package workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.io.Json;
import workbench.io.ModelFile;
import workbench.io.SplitsFile;
import workbench.session.DataPreparation;
import workbench.session.MetricsJson;
import workbench.session.PreparedData;
import workbench.session.RunMetrics;
import workbench.session.RunSplits;

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
        PreparedData data = prepare(loaded, source, split);
        RunMetrics m = RunMetrics.measure(loaded.model(), data, loaded.metadata().history().size());
        // The sections metrics.json has, in the same words: a run's folder and a later evaluate agree.
        out.println(Json.mapper().writer().withoutFeatures(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(MetricsJson.of(m, loaded.model().spec().variant().isVariational())));
        return 0;
    }

    /**
     * The run's own rows when its splits.npz sits beside the model and the dataset is the run's: the
     * PCA baseline and the kNN probe are then fitted on the training rows left after its validation
     * carve, as metrics.json's were, and the numbers agree to the last digit. Otherwise every training
     * row, as before the runs kept their split, and one line says so.
     */
    private PreparedData prepare(ModelFile.Loaded loaded, String source, DataSplit split) throws IOException {
        Optional<Path> splits = RunSplits.besideModel(modelFile);
        boolean ownDataset = source.strip().equals(loaded.metadata().dataset().strip());
        if (splits.isPresent() && ownDataset) {
            return DataPreparation.prepare(split, SplitsFile.read(splits.get()), splits.get(), loaded.normalization(),
                    loaded.metadata().normalClasses());
        }
        err.println("note: " + (ownDataset ? "no " + SplitsFile.FILE_NAME + " beside " + modelFile.getFileName()
                + " (a run from before runs kept their split)" : source + " is not the dataset the model trained on")
                + ", so the PCA baseline and the 5-NN probe are fitted on every training row and may differ from the"
                + " run's metrics.json in the last digits");
        return DataPreparation.prepare(split, loaded.normalization().kind(), 0, 1, loaded.normalization());
    }
}
