package workbench.app;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import workbench.app.latent.LatentScatter;
import workbench.app.latent.ManifoldView;
import workbench.app.latent.ViewRange;
import workbench.app.layout.FigureMaximiser;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.engine.Shape;
import workbench.session.LatentPlane;
import workbench.session.LatentTools;
import workbench.session.LatestRequest;
import workbench.session.ModelHost;
import workbench.session.TrainingSnapshot;

/**
 * The decoded manifold: a grid of codes over the region the latent plot shows, each decoded, so
 * the plot's regions can be seen as what the decoder makes of them (the classic figure of a 2-D
 * VAE). A code of more than two values is sampled over the plotted PCA plane. It follows zooming,
 * panning and training, and computes only while the tab is on show.
 */
final class ManifoldTab extends Tab {
    static final int TILES = 15;
    private static final String UNTRAINED = "Train a model: the grid decodes the region the latent plot shows.";

    private final WorkbenchViewModel vm;
    private final LatentScatter latent;
    private final Supplier<TrainingSnapshot> shown;
    private final BooleanSupplier tsneShown;
    private final ManifoldView view = new ManifoldView();
    /** The shape of the tiles on show, null when none. */
    private Shape shownShape;
    /** One grid decoding at a time; a new model cancels it, since its tiles belong to the model before. */
    private final LatestRequest<float[][]> decoding = new LatestRequest<>(Platform::runLater);

    /**
     * @param shown     the snapshot the latent plot draws now (live or replayed)
     * @param tsneShown true while the plot shows a t-SNE map, which has no inverse to decode through
     */
    ManifoldTab(WorkbenchViewModel vm, LatentScatter latent, Supplier<TrainingSnapshot> shown, BooleanSupplier tsneShown,
            FigureMaximiser maximiser) {
        super("Manifold");
        this.vm = vm;
        this.latent = latent;
        this.shown = shown;
        this.tsneShown = tsneShown;
        setClosable(false);
        setId("manifoldTab");
        view.setId("manifold");
        setContent(maximiser.frame("the manifold", view));
        view.clear(UNTRAINED);
        // the tiles belong to the model that decoded them: another model's grid starts blank
        vm.run().runProperty().addListener((o, was, now) -> {
            if (was == null || now == null || was != now) {
                decoding.cancel();
                view.clear(UNTRAINED);
                refresh();
            }
        });
        latent.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> refresh());
        latent.addEventHandler(ScrollEvent.SCROLL, e -> refresh());
        selectedProperty().addListener((o, was, now) -> refresh());
    }

    /** Decodes the grid for the plot as it stands; while a grid is decoding, the newest request waits. */
    void refresh() {
        ModelHost run = vm.run().runProperty().get();
        TrainingSnapshot s = shown.get();
        if (!isSelected() || run == null || s == null) {
            return;
        }
        if (tsneShown.getAsBoolean()) {
            view.clear("t-SNE has no inverse, so its map cannot be decoded: choose PCA above the latent plot.");
            return;
        }
        if (s.codes().numCols < 2) {
            view.clear("A 1-D code has no plane to tile.");
            return;
        }
        LatentPlane plane = LatentPlane.of(s);
        ViewRange v = latent.viewRange();
        // inset by half a tile, so that the tiles, each centred on its code, cover the view exactly
        double hx = (v.xMax() - v.xMin()) / (2.0 * TILES);
        double hy = (v.yMax() - v.yMin()) / (2.0 * TILES);
        ViewRange centres = new ViewRange(v.xMin() + hx, v.xMax() - hx, v.yMin() + hy, v.yMax() - hy);
        decoding.submit(() -> vm.run().withModel(m -> LatentTools.manifold(m, plane, centres.xMin(), centres.xMax(),
                        centres.yMin(), centres.yMax(), TILES, TILES)),
                tiles -> show(run, s, tiles, centres), error -> view.clear(error.getMessage()));
    }

    private void show(ModelHost run, TrainingSnapshot s, float[][] tiles, ViewRange centres) {
        boolean pca = s.projection() != null;
        view.setAxisLabels(pca ? "PC1" : "z1", pca ? "PC2" : "z2");
        view.setTitle(pca ? "Decoded over the PCA plane of the " + s.codes().numCols + "-D code"
                : "Decoded over the latent plane");
        view.show(tiles, run.data().sampleShape(), TILES, TILES, centres);
        shownShape = run.data().sampleShape();
    }

    ManifoldView view() {
        return view;
    }

    /** The shape of the decoded samples on show, or null while the grid is empty. */
    Shape shownShape() {
        return view.hasTiles() ? shownShape : null;
    }
}
