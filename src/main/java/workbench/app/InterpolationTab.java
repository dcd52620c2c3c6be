package workbench.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import workbench.app.latent.InterpolationStrip;
import workbench.app.latent.LatentScatter;
import workbench.app.layout.FigureMaximiser;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.session.LatentTools;
import workbench.session.LatestRequest;
import workbench.session.ModelHost;

/**
 * Interpolation between two test samples picked in the latent plot (click one, shift-click the
 * other): their codes joined by a straight line, or a great-circle arc for a VAE, decoded step by
 * step. It follows training: each new snapshot decodes the path again with the newer model.
 */
final class InterpolationTab extends Tab {
    static final int STEPS = 10;

    private final WorkbenchViewModel vm;
    private final InterpolationStrip strip = new InterpolationStrip();
    private final Label hint = new Label("Click a point in the latent plot, then shift-click another:"
            + " the strip decodes the way between their codes.");
    private int pickA = -1;
    private int pickB = -1;
    /** One path decoding at a time; a new model cancels it, since its path belongs to the model before. */
    private final LatestRequest<float[][]> decoding = new LatestRequest<>(Platform::runLater);

    InterpolationTab(WorkbenchViewModel vm, LatentScatter latent, FigureMaximiser maximiser) {
        super("Interpolation");
        this.vm = vm;
        setClosable(false);
        setId("interpolationTab");
        strip.setId("interpolationStrip");
        hint.setWrapText(true);
        VBox box = new VBox(6, hint, maximiser.frame("the interpolation", strip));
        box.setPadding(new Insets(6));
        setContent(box);
        latent.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return; // a drag pans the plot; it picks nothing
            }
            pick(latent.hoveredPoint(), e.isShiftDown());
        });
        strip.sphericalProperty().addListener((o, was, now) -> refresh());
        selectedProperty().addListener((o, was, now) -> refresh());
        vm.run().runProperty().addListener((o, was, now) -> {
            decoding.cancel();
            pickA = -1;
            pickB = -1;
            if (now != null) {
                strip.setVariational(now.spec().variant().isVariational());
            }
            strip.clear("Pick two samples in the latent plot.");
        });
        vm.run().snapshotProperty().addListener((o, was, now) -> refresh());
    }

    /** Picks test sample {@code index} as the start, or as the end when {@code asEnd}. */
    void pick(int index, boolean asEnd) {
        if (index < 0) {
            return;
        }
        if (asEnd) {
            pickB = index;
        } else {
            pickA = index;
        }
        refresh();
    }

    /** Decodes the path with the model as it is now; while a path is decoding, the newest request waits. */
    void refresh() {
        ModelHost run = vm.run().runProperty().get();
        if (run == null || pickA < 0 || pickB < 0 || !isSelected()) {
            return; // a hidden strip catches up when its tab is selected
        }
        float[] a = row(run, pickA);
        float[] b = row(run, pickB);
        boolean spherical = strip.isSpherical();
        String from = className(run, pickA);
        String to = className(run, pickB);
        decoding.submit(() -> vm.run().withModel(m -> LatentTools.interpolate(m, a, b, STEPS, spherical)),
                decoded -> strip.show(decoded, run.data().sampleShape(), from, to),
                error -> strip.clear(error.getMessage()));
    }

    private static float[] row(ModelHost run, int index) {
        var test = run.data().test().features();
        float[] values = new float[test.numCols];
        System.arraycopy(test.data, index * test.numCols, values, 0, values.length);
        return values;
    }

    private static String className(ModelHost run, int index) {
        int label = run.data().test().labels()[index];
        var names = run.data().classNames();
        return "#" + index + (label >= 0 && label < names.size() ? " (" + names.get(label) + ")" : "");
    }

    InterpolationStrip strip() {
        return strip;
    }

    /** The test samples picked as the start and the end, -1 when not yet. */
    int[] picks() {
        return new int[] {pickA, pickB};
    }

}
