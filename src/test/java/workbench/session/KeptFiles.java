package workbench.session;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.ejml.data.FMatrixRMaj;
import workbench.data.DatasetRegistry;
import workbench.engine.Trainer;
import workbench.engine.TrainingSpec;
import workbench.io.ModelFile;
import workbench.io.ModelMetadata;

/**
 * What the kept files of every format version are measured with, shared by KeptFormatsTest and the
 * writer of a version's folder (KeptFormatsWriter), so that both measure the same way.
 */
final class KeptFiles {
    private KeptFiles() {
    }

    static Path kept(String version, String name) {
        try {
            return Path.of(KeptFiles.class.getResource("/formats/" + version + "/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("the kept file formats/" + version + "/" + name + " is missing", e);
        }
    }

    /** The fixed input the outputs were recorded on: a low-discrepancy fill of [0, 1). */
    static FMatrixRMaj probe(int columns) {
        FMatrixRMaj x = new FMatrixRMaj(5, columns);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) ((i * 0.6180339887) % 1.0);
        }
        return x;
    }

    /**
     * Trains the opened model one epoch more from its file's training state, on its data prepared
     * as the file says (what {@code train --resume --epochs 1} does).
     */
    static void trainOneMoreEpoch(ModelFile.Loaded loaded) throws IOException {
        ModelMetadata about = loaded.metadata();
        TrainingSpec training = about.training();
        PreparedData data = DataPreparation.prepare(new DatasetRegistry().load(about.dataset()),
                loaded.normalization().kind(), training.validationFraction(), training.seed(), loaded.normalization(),
                about.normalClasses());
        new Trainer(loaded.model(), training.withEpochs(1), data.train().features(),
                data.validation().size() > 0 ? data.validation().features() : null, null, about.history(),
                loaded.trainingState()).run();
    }
}
