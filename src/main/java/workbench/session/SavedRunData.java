package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.io.ModelFile;
import workbench.io.SplitsFile;

/**
 * The data a saved model is measured or exported on, prepared again: the run's own rows when its
 * splits.npz sits beside the model file and the dataset is the one it trained on, so evaluate and the
 * exports see exactly the rows the run saw; otherwise every training row and the dataset's test
 * rows, with a note saying why, for the caller to show on one line.
 *
 * @param note why the run's split was not used; null when it was
 */
public record SavedRunData(PreparedData data, String note) {

    /**
     * @param modelFile the file {@code loaded} was read from, whose folder may hold splits.npz
     * @param dataset   the dataset to use, or null for the one the model trained on
     * @throws IllegalArgumentException when the dataset's samples are not the size the model takes
     * @throws IOException              when the data cannot be read, or splits.npz does not fit it
     */
    public static SavedRunData prepare(ModelFile.Loaded loaded, Path modelFile, String dataset,
                                       DatasetRegistry registry) throws IOException {
        String source = dataset != null ? dataset : loaded.metadata().dataset();
        DataSplit split = registry.load(source);
        int features = loaded.model().spec().inputShape().size();
        if (split.train().featureCount() != features) {
            throw new IllegalArgumentException(source + " has " + split.train().featureCount() + " values per sample"
                    + " but the model takes " + features + ": use data of the same shape");
        }
        Optional<Path> splits = RunSplits.besideModel(modelFile);
        String trainedOn = loaded.metadata().dataset();
        boolean ownDataset = trainedOn != null && source.strip().equals(trainedOn.strip());
        if (splits.isPresent() && ownDataset) {
            return new SavedRunData(DataPreparation.prepare(split, SplitsFile.read(splits.get()), splits.get(),
                    loaded.normalization(), loaded.metadata().normalClasses()), null);
        }
        String why = ownDataset ? "no " + SplitsFile.FILE_NAME + " beside " + modelFile.getFileName()
                + " (a run from before runs kept their split)" : source + " is not the dataset the model trained on";
        return new SavedRunData(DataPreparation.prepare(split, loaded.normalization().kind(), 0, 1,
                loaded.normalization()), why);
    }
}
