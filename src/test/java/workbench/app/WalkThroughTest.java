package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.app.WindowHarness.fx;
import static workbench.app.WindowHarness.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.anomaly.AnomalyTab;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.Shape;
import workbench.session.Preset;
import workbench.session.Presets;
import workbench.session.ModelHost;
import workbench.session.TrainingSnapshot;

/**
 * A lesson's walk through the window: a preset on images, trained; a preset on a table, trained; a
 * saved model opened; a CSV opened. After each step every view shows the current model and data,
 * or nothing: the latent plot's title, axes and points, the reconstructions' number and shape, the
 * manifold's tiles, the loss chart's unit, and the content of the tabs.
 */
@ExtendWith(ApplicationExtension.class)
class WalkThroughTest {
    @TempDir
    Path dir;

    private WindowHarness w;

    @Start
    void start(Stage stage) {
        w = new WindowHarness(stage);
    }

    private static Preset preset(String titleStart) {
        return Presets.all().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private OutputArea outputs() {
        return w.window.outputs();
    }

    private void train(int epochs) {
        Object before = onFx(() -> w.vm.run().runProperty().get());
        fx(() -> w.vm.training().epochsProperty().set(epochs));
        fx(w.vm::train);
        w.until(() -> w.vm.run().stateProperty().get() == State.FINISHED && w.vm.run().runProperty().get() != before);
    }

    private void select(Tab tab) {
        fx(() -> outputs().exploreTabs().getSelectionModel().select(tab));
    }

    private AnomalyTab anomalyTab() {
        return onFx(() -> (AnomalyTab) outputs().exploreTabs().getTabs().stream()
                .filter(t -> t instanceof AnomalyTab).findFirst().orElseThrow());
    }

    /** No view shows anything of a model: the state after a new dataset, preset or design. */
    private void assertEveryViewEmpty(String after) {
        OutputArea.LatentShown latent = onFx(() -> outputs().latentShown());
        assertEquals(0, latent.points(), after + ": the latent plot has no points");
        assertEquals(workbench.app.latent.ViewRange.DEFAULT, onFx(() -> outputs().latentScatter().viewRange()),
                after + ": and no range of the last model's codes");
        assertNull(latent.title(), after + ": and no title");
        assertFalse(onFx(() -> outputs().reconstructionGrid().hasSamples()), after + ": no reconstructions");
        assertNull(onFx(() -> outputs().decodedImage()), after + ": no decoded sample");
        assertEquals(0, (int) onFx(() -> outputs().lossChart().batchCount()), after + ": no loss curve");
        String unit = onFx(() -> outputs().lossChart().getUnit());
        assertTrue(unit == null || unit.isEmpty(), after + ": no loss unit, not " + unit);
        assertFalse(onFx(() -> outputs().manifoldTab().view().hasTiles()), after + ": no manifold");
        assertEquals(0, (int) onFx(() -> outputs().interpolationTab().strip().steps()), after + ": no interpolation");
        assertNull(onFx(() -> anomalyTab().view().report()), after + ": no anomaly report");
    }

    /** Every view shows the run on show: its code, its data's shape, its loss. */
    private void assertViewsOf(String after, ModelHost run) {
        TrainingSnapshot s = onFx(() -> w.vm.run().snapshotProperty().get());
        int code = s.codes().numCols;
        Shape shape = run.data().sampleShape();
        OutputArea.LatentShown latent = onFx(() -> outputs().latentShown());
        if (code == 2) {
            assertEquals(new OutputArea.LatentShown(null, "z1", "z2", s.codes().numRows), latent,
                    after + ": a 2-D code is drawn as it is");
        } else {
            assertEquals(new OutputArea.LatentShown("PCA projection of the " + run.spec().latentSize()
                    + "-D code", "PC1", "PC2", s.codes().numRows), latent, after + ": the title names this code's size");
        }
        assertEquals(s.galleryOriginals().numRows, (int) onFx(() -> outputs().reconstructionGrid().sampleCount()),
                after + ": one reconstruction per gallery sample");
        assertEquals(shape, onFx(() -> outputs().reconstructionGrid().shownShape()), after + ": of this data's shape");
        String loss = run.spec().loss().displayName();
        assertTrue(onFx(() -> outputs().lossChart().getUnit()).startsWith(loss), after + ": the loss unit is " + loss);
        assertEquals(run.spec().variant().isVariational(), onFx(() -> outputs().lossChart().isVariational()));

        select(outputs().manifoldTab());
        w.until(() -> outputs().manifoldTab().shownShape() != null);
        assertEquals(shape, onFx(() -> outputs().manifoldTab().shownShape()), after + ": the manifold decodes this data");
    }

    @Test
    void afterEachStepOfALessonEveryViewBelongsToTheCurrentModelAndData() throws Exception {
        w.until(State.READY);

        // A: a preset on 8x8 digit images, a 2-D code
        fx(() -> w.vm.loadPreset(preset("Linear autoencoder")));
        w.until(() -> w.vm.run().stateProperty().get() == State.READY && !w.vm.dataset().loadingProperty().get());
        assertEveryViewEmpty("preset A loaded");
        train(2);
        ModelHost a = onFx(() -> w.vm.run().runProperty().get());
        assertTrue(a.data().sampleShape().isImage());
        assertViewsOf("preset A trained", a);

        // a design edit makes another network: nothing of A's model is shown for it; undone, A is back
        int code = onFx(() -> w.vm.designer().latentSizeProperty().get());
        fx(() -> w.vm.designer().latentSizeProperty().set(code + 1));
        assertEveryViewEmpty("the code widened");
        assertTrue(onFx(() -> w.vm.noticeProperty().get()).startsWith("A new design"), "the status bar says why");
        fx(() -> w.vm.designer().latentSizeProperty().set(-1));
        assertTrue(onFx(() -> w.vm.designer().specProperty().get()) == null, "a code of -1 values is refused");
        assertEveryViewEmpty("an invalid design");
        fx(() -> w.vm.designer().undo()); // both edits of the one field are one step
        w.until(() -> w.vm.run().runProperty().get() == a && outputs().reconstructionGrid().hasSamples());
        assertEquals(State.FINISHED, onFx(() -> w.vm.run().stateProperty().get()), "A is back as it ended");
        assertViewsOf("the edits undone", a);
        assertTrue(onFx(() -> outputs().lossChart().batchCount()) > 0, "with its loss curve");
        Path model = dir.resolve("digits.npz");
        fx(() -> w.window.perform(w.vm::saveModel, model));
        assertTrue(Files.size(model) > 0);

        // B: the anomaly preset on a table of 30 measurements
        fx(() -> w.vm.loadPreset(Presets.anomalyDetection()));
        w.until(() -> w.vm.run().stateProperty().get() == State.READY && !w.vm.dataset().loadingProperty().get());
        assertEveryViewEmpty("preset B loaded");
        select(anomalyTab());
        train(2);
        ModelHost b = onFx(() -> w.vm.run().runProperty().get());
        assertTrue(b.data().sampleShape().isFlat());
        w.until(() -> anomalyTab().view().report() != null);
        assertEquals(b.data().classNames(), onFx(() -> anomalyTab().view().report().classNames()),
                "the anomaly report is of the table's classes");
        assertViewsOf("preset B trained", b);

        // the model saved from A: its design, its data, its views
        fx(() -> w.window.perform(w.vm::openModel, model));
        w.until(() -> w.vm.run().runProperty().get() != null && w.vm.run().runProperty().get() != b
                && w.vm.run().snapshotProperty().get() != null);
        ModelHost opened = onFx(() -> w.vm.run().runProperty().get());
        assertEquals(a.data().sampleShape(), opened.data().sampleShape());
        w.until(() -> outputs().reconstructionGrid().hasSamples());
        assertViewsOf("model A opened", opened);
        assertNull(onFx(() -> anomalyTab().view().report()), "a model trained on every class scores no anomalies");

        // a CSV table of the user's: nothing of the model before stays
        Path csv = dir.resolve("measurements.csv");
        StringBuilder rows = new StringBuilder("width,height,depth,weight,class\n");
        for (int i = 0; i < 60; i++) {
            rows.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%s%n", i % 7, i % 5, i % 3, i % 11, i % 2 == 0 ? "a" : "b"));
        }
        Files.writeString(csv, rows);
        fx(() -> w.vm.reset());
        fx(() -> w.vm.dataset().choose(csv.toString()));
        w.until(() -> w.vm.dataset().loadedProperty().get() != null && !w.vm.dataset().loadingProperty().get()
                && w.vm.dataset().loadedProperty().get().train().sampleShape().size() == 4);
        assertEveryViewEmpty("a CSV opened");
    }
}
