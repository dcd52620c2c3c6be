package workbench.app.pca;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.ReferenceCrossing;
import workbench.app.charts.LiveLossChart;
import workbench.app.layout.FigureMaximiser;
import workbench.app.recon.ReconstructionGrid;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.engine.EpochStats;
import workbench.session.PcaBaseline;
import workbench.session.ModelHost;
import workbench.session.doctor.PcaReference;
import workbench.session.TrainingSnapshot;

/**
 * "vs PCA": the gallery's test samples, the autoencoder's reconstructions and PCA's with as many
 * components as the code, with both errors, so a reader sees whether the network's non-linearity
 * earns its keep. The baseline is fitted once per run in the background ({@link BaselineJob}) and
 * also drawn on the loss chart as a reference line, where the epoch the autoencoder overtakes it is
 * marked. The PCA row only changes when the gallery's samples do; the autoencoder's follows every
 * snapshot.
 */
public final class PcaBaselineTab extends Tab {
    static final String AUTOENCODER_ROW = "autoencoder";

    private final WorkbenchViewModel vm;
    private final LiveLossChart lossChart;
    private final BaselineJob job = new BaselineJob();
    private final ReconstructionGrid grid = new ReconstructionGrid();
    private final Label errors = new Label();
    private final Label errorsUnit = new Label();
    private final Label provenance = new Label();
    private final Label crossing = new Label();

    private FittedBaseline fitted;
    /** The PCA row and the gallery rows it rebuilds: a new gallery (Reshuffle) needs a new row. */
    private FMatrixRMaj pcaRowsOf;
    private FMatrixRMaj pcaRows;

    /** A tab on its own, outside the main window: its figure has nowhere to be maximised to. */
    public PcaBaselineTab(WorkbenchViewModel vm, LiveLossChart lossChart) {
        this(vm, lossChart, new FigureMaximiser(() -> null));
    }

    public PcaBaselineTab(WorkbenchViewModel vm, LiveLossChart lossChart, FigureMaximiser maximiser) {
        super("vs PCA");
        this.vm = vm;
        this.lossChart = lossChart;
        setClosable(false);
        setId("pcaBaselineTab");

        errors.setId("pcaErrors");
        errors.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
        errorsUnit.setStyle("-fx-text-fill: #555555;");
        provenance.setWrapText(true);
        crossing.setWrapText(true);
        crossing.setId("pcaCrossing");
        grid.setId("pcaGrid");
        grid.setReconstructionLabel(AUTOENCODER_ROW);
        grid.setMinSize(0, 0);
        for (Label l : new Label[] {errors, errorsUnit, provenance, crossing}) {
            l.setMinHeight(Region.USE_PREF_SIZE); // the pictures give way, not the sentences
        }
        Region figure = maximiser.frame("the comparison with PCA", grid);
        VBox.setVgrow(figure, Priority.ALWAYS);
        VBox content = new VBox(6, errors, errorsUnit, figure, provenance, crossing);
        content.setPadding(new Insets(8));
        setContent(content);

        vm.run().runProperty().addListener((o, was, now) -> runChanged(now));
        vm.run().snapshotProperty().addListener((o, was, now) -> show(now));
        // a hidden tab skips the snapshots (up to ten a second) and catches up when it is opened
        selectedProperty().addListener((o, was, now) -> show(vm.run().snapshotProperty().get()));
        vm.run().history().addListener((ListChangeListener<EpochStats>) c -> showCrossing());
        runChanged(vm.run().runProperty().get());
        show(vm.run().snapshotProperty().get());
    }

    private void runChanged(ModelHost now) {
        fitted = null;
        pcaRowsOf = null;
        pcaRows = null;
        lossChart.clearReference();
        grid.setComparison(null, null);
        if (now == null) {
            job.cancel();
            grid.setVisible(false);
            errors.setText("Train a model to compare it with PCA.");
            errorsUnit.setText("");
            provenance.setText("Its reconstructions appear here beside those of PCA with as many components as"
                    + " the code: the linear baseline a non-linear autoencoder should beat.");
            crossing.setText("");
            return;
        }
        errors.setText("Fitting PCA on the training rows\u2026");
        errorsUnit.setText("");
        provenance.setText("");
        crossing.setText("");
        job.request(now, this::baselineReady, this::baselineFailed);
    }

    private void baselineReady(FittedBaseline f) {
        fitted = f;
        lossChart.setReference(f.baseline().line(f.testLoss()));
        ModelHost run = vm.run().runProperty().get();
        if (run != null) {
            // the training doctor holds the model to the same line the chart draws (its "worse than PCA")
            run.holdToPca(new PcaReference(f.baseline().components(), f.testLoss()));
        }
        provenance.setText(BaselineText.provenance(f));
        show(vm.run().snapshotProperty().get());
        showCrossing();
    }

    private void baselineFailed(String message) {
        errors.setText(message);
        lossChart.clearReference();
    }

    private void show(TrainingSnapshot s) {
        ModelHost run = vm.run().runProperty().get();
        if (s == null || run == null || !isSelected()) {
            return;
        }
        grid.setVisible(true);
        grid.show(s.galleryOriginals(), s.galleryReconstructions(), s.galleryCorrupted(), run.data().sampleShape(),
                null);
        if (fitted == null) {
            return;
        }
        PcaBaseline b = fitted.baseline();
        FMatrixRMaj pca = pcaRowsFor(s);
        grid.setComparison(BaselineText.rowLabel(b), pca);
        double autoencoderError = b.loss(s.galleryReconstructions(), s.galleryOriginals());
        double pcaError = b.loss(pca, s.galleryOriginals());
        errors.setText(BaselineText.errors(autoencoderError, b, pcaError));
        errorsUnit.setText("Mean over these " + s.galleryOriginals().numRows + " test samples; "
                + BaselineText.unit(b) + (s.galleryCorrupted() != null
                ? "; both rebuild the corrupted inputs, scored against the clean ones." : "."));
    }

    /** PCA's reconstructions of the gallery, of the corrupted inputs for a denoising model as the network gets them. */
    private FMatrixRMaj pcaRowsFor(TrainingSnapshot s) {
        // the corrupted gallery is drawn from a fixed seed, so it changes only with the originals
        if (pcaRowsOf != s.galleryOriginals()) {
            FMatrixRMaj input = s.galleryCorrupted() != null ? s.galleryCorrupted() : s.galleryOriginals();
            pcaRows = fitted.baseline().reconstruct(input);
            pcaRowsOf = s.galleryOriginals();
        }
        return pcaRows;
    }

    private void showCrossing() {
        if (fitted == null) {
            return;
        }
        List<EpochStats> history = vm.run().history();
        ReferenceCrossing c = ReferenceCrossing.find(history, fitted.testLoss(), fitted.baseline().perSample());
        boolean validation = history.stream().anyMatch(e -> e.validation() != null);
        String curve = (validation ? "validation" : "training") + (fitted.baseline().perSample()
                ? " reconstruction loss" : " loss");
        if (c != null) {
            crossing.setText("The autoencoder's " + curve + " went below PCA's at epoch " + c.epoch() + ".");
        } else if (!history.isEmpty()) {
            crossing.setText("The autoencoder's " + curve + " is not below PCA's yet (" + history.size()
                    + (history.size() == 1 ? " epoch)." : " epochs)."));
        } else {
            crossing.setText("");
        }
    }

    ReconstructionGrid grid() {
        return grid;
    }

    Label errorsLabel() {
        return errors;
    }

    Label crossingLabel() {
        return crossing;
    }
}
