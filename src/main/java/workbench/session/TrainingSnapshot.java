package workbench.session;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Pca;
import workbench.engine.EpochStats;

/**
 * What a screen needs to draw a run at one moment, copied out of the live model on the training
 * thread so that no other thread ever reads the model. Never modified after it is published.
 *
 * @param galleryOriginals       the gallery rows of the test split (normalised), as the model sees them
 * @param galleryCorrupted       for a denoising model, the gallery rows corrupted as in training; else null
 * @param galleryReconstructions their reconstructions (of the corrupted rows, for a denoising model)
 * @param codes                  codes of the plotted test rows (the first {@code codes.numRows})
 * @param plane                  the codes in two dimensions: as they are for a code of 2 or fewer
 *                               values, else their first two principal components
 * @param projection             the PCA behind {@code plane}, or null when the codes are drawn as they
 *                               are; computed here, on the training thread, to keep it off the screen's
 */
public record TrainingSnapshot(int epoch, int batch, List<EpochStats> history,
                               FMatrixRMaj galleryOriginals, FMatrixRMaj galleryCorrupted,
                               FMatrixRMaj galleryReconstructions, FMatrixRMaj codes, FMatrixRMaj plane,
                               Pca projection) {

    public TrainingSnapshot {
        history = List.copyOf(history);
    }
}
