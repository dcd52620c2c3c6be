package workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.app.WindowHarness.fx;
import static workbench.app.WindowHarness.onFx;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Padding;
import workbench.engine.VariantSpec;
import workbench.io.plot.FittedXYPlot;
import workbench.io.plot.LabelsOverData;
import workbench.session.Preset;
import workbench.session.Presets;

/**
 * The whole window at the projector sizes of a classroom, 1280x720, 1366x768 and 1920x1080, at the
 * desk and in presenter mode, with a trained model of each kind (dense on images, a 2-D VAE, a
 * small convolutional model, a table with anomalies trained as its preset says): on every tab, no
 * text on show is cut, each main figure has at least the room stated in {@link #MINIMA}, the loss
 * chart's plot is at least {@link #MIN_LOSS_PLOT} tall with its marker labels (the PCA line's, its
 * crossing's) off the curves, the worst-samples table shows {@link #MIN_WORST_ROWS} rows, and no
 * column of the runs table takes more than {@link #MAX_MODEL_COLUMN_SHARE} of it.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutTest {
    /** A window size of the room. */
    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    static final List<Size> SIZES = List.of(new Size(1280, 720), new Size(1366, 768), new Size(1920, 1080));

    /**
     * The least room a figure has, in pixels, on the tab that shows it, at 1366x768 and larger in both
     * modes and at 1280x720 at the desk: enough to read from the back of a room without maximising.
     */
    record Minimum(String id, String tab, double width, double height) {
    }

    /** Presenter mode at 1280x720, where every line of text is half as tall again: a little less. */
    static final List<Minimum> MINIMA_PRESENTING_AT_720 = List.of(
            new Minimum("lossChart", "Reconstructions", 300, 220),
            new Minimum("latentPlot", "Reconstructions", 300, 220),
            new Minimum("lossChart", "Manifold", 300, 140),
            new Minimum("latentPlot", "Manifold", 300, 140),
            new Minimum("reconstructions", "Reconstructions", 600, 140),
            new Minimum("manifold", "Manifold", 500, 250),
            new Minimum("anomalyHistogram", "Anomalies", 250, 150),
            new Minimum("anomalyRoc", "Anomalies", 200, 150),
            new Minimum("runOverlay", "Runs", 300, 200));
    /** The manifold's grid in presenter mode at 1280x720 and at larger sizes: its larger axis text costs it a little. */
    static final double MIN_MANIFOLD_GRID_PRESENTING_AT_720 = 180;
    static final double MIN_MANIFOLD_GRID_PRESENTING = 220;

    static final List<Minimum> MINIMA = List.of(
            new Minimum("lossChart", "Reconstructions", 300, 220),
            new Minimum("latentPlot", "Reconstructions", 300, 220),
            new Minimum("lossChart", "Manifold", 300, 150),
            new Minimum("latentPlot", "Manifold", 300, 150),
            new Minimum("reconstructions", "Reconstructions", 600, 150),
            new Minimum("manifold", "Manifold", 500, 250),
            new Minimum("anomalyHistogram", "Anomalies", 250, 200),
            new Minimum("anomalyRoc", "Anomalies", 200, 200),
            new Minimum("runOverlay", "Runs", 300, 250));

    /** The manifold's grid of tiles (not the view around it, with its title and axes), on its tab, desk and presenter. */
    static final double MIN_MANIFOLD_GRID = 220;

    /** Rows of the worst-samples table a user sees whole, after scrolling its column to it if it scrolls. */
    static final int MIN_WORST_ROWS = 4;
    /**
     * The loss chart's plot (the data area inside its legend and axes) on every tab, at 1366x768 and
     * larger in both modes and at 1280x720 at the desk: the curves need the height, not the chart's text.
     */
    static final double MIN_LOSS_PLOT = 100;
    static final double MIN_LOSS_PLOT_PRESENTING_AT_720 = 80;
    /** The runs table's Model column at 1366x768 and larger: at most this share of the table, the other columns share the rest. */
    static final double MAX_MODEL_COLUMN_SHARE = 0.5;

    private WindowHarness w;
    private Stage stage;
    /** Everything wrong, gathered over all the sizes and models, so one run tells the whole story. */
    private final Set<String> problems = new LinkedHashSet<>();
    private final List<String> measured = new ArrayList<>();
    /** The minima for the size and mode being checked. */
    private List<Minimum> minima = MINIMA;
    private double minManifoldGrid = MIN_MANIFOLD_GRID;
    private double minLossPlot = MIN_LOSS_PLOT;
    /** The size being checked is 1366x768 or larger. */
    private boolean projectorOrLarger;

    @Start
    void start(Stage s) {
        stage = s;
        w = new WindowHarness(s);
    }

    private static Preset preset(String titleStart) {
        return Presets.all().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private void train(int epochs) {
        Object before = onFx(() -> w.vm.run().runProperty().get());
        fx(() -> w.vm.training().epochsProperty().set(epochs));
        fx(w.vm::train);
        w.until(() -> w.vm.run().stateProperty().get() == State.FINISHED && w.vm.run().runProperty().get() != before);
    }

    private void load(Preset p) {
        fx(() -> w.vm.loadPreset(p));
        w.until(() -> w.vm.run().stateProperty().get() == State.READY && !w.vm.dataset().loadingProperty().get());
    }

    /** Monocle's headless screen is 1280x800 unless told: a larger window would not fit its frame buffer. */
    static void requireAScreenOf(Size size) {
        javafx.geometry.Rectangle2D screen = onFx(() -> javafx.stage.Screen.getPrimary().getBounds());
        assertTrue(screen.getWidth() >= size.width() && screen.getHeight() >= size.height(), "the headless screen is "
                + screen.getWidth() + "x" + screen.getHeight() + ", smaller than " + size + ": run the tests with"
                + " -Dheadless.geometry=1920x1080-32 (mvn: -Djvm.extra.flags=-Dheadless.geometry=1920x1080-32)");
    }

    @Test
    void atEveryProjectorSizeNoTextIsCutAndEachFigureHasItsRoomForEveryKindOfModel() {
        requireAScreenOf(SIZES.get(SIZES.size() - 1));
        w.until(State.READY);
        // a dense model on 8x8 digits (the default dataset and design)
        train(2);
        checkEverySize("dense digits-8x8");

        // a small convolutional model on the same digits
        fx(() -> w.vm.designer().load(new ModelSpec(null, List.of(LayerSpec.conv(6, 3, 1, Padding.SAME,
                ActivationFunction.RELU), LayerSpec.maxPool(2), LayerSpec.conv(4, 3, 1, Padding.SAME,
                ActivationFunction.RELU)), ModelSpec.CODE_FROM_ENCODER, null, true, List.of(),
                ActivationFunction.SIGMOID, VariantSpec.plain(), LossFunction.BCE, null, 1)));
        w.until(() -> w.vm.designer().specProperty().get() != null);
        train(1);
        checkEverySize("conv digits-8x8");

        // the 2-D VAE of the lesson, on MNIST
        load(preset("Variational"));
        train(1);
        checkEverySize("2-D VAE");

        // a table, trained on its normal class, with anomalies
        load(Presets.anomalyDetection());
        train(onFx(() -> w.vm.training().epochsProperty().get())); // the preset's run, its PCA line crossed
        checkEverySize("breast-cancer anomalies");

        System.out.println("LayoutTest measured:\n" + String.join("\n", measured));
        List<String> outside = problems.stream().filter(p -> !p.contains("[settings column]")).toList();
        List<String> settings = problems.stream().filter(p -> p.contains("[settings column]")).toList();
        assertTrue(problems.isEmpty(), problems.size() + " problems, " + outside.size() + " outside the settings"
                + " column:\n" + String.join("\n", outside) + "\nin the settings column:\n" + String.join("\n", settings));
    }

    private void checkEverySize(String model) {
        for (Size size : SIZES) {
            for (boolean presenter : new boolean[] {false, true}) {
                boolean tightest = presenter && size.equals(SIZES.get(0));
                minima = tightest ? MINIMA_PRESENTING_AT_720 : MINIMA;
                minManifoldGrid = tightest ? MIN_MANIFOLD_GRID_PRESENTING_AT_720
                        : presenter ? MIN_MANIFOLD_GRID_PRESENTING : MIN_MANIFOLD_GRID;
                minLossPlot = tightest ? MIN_LOSS_PLOT_PRESENTING_AT_720 : MIN_LOSS_PLOT;
                projectorOrLarger = size.width() >= 1366;
                w.resize(stage, size.width(), size.height());
                fx(() -> w.vm.view().presenterModeProperty().set(presenter));
                WaitForAsyncUtils.waitForFxEvents();
                for (Tab tab : onFx(() -> List.copyOf(w.window.outputs().exploreTabs().getTabs()))) {
                    check(model + ", " + size + (presenter ? " presenter" : " desk") + ", tab " + tab.getText(), tab);
                }
            }
        }
        fx(() -> w.vm.view().presenterModeProperty().set(false));
    }

    private void check(String where, Tab tab) {
        fx(() -> w.window.outputs().exploreTabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        ManifoldTab manifold = w.window.outputs().manifoldTab();
        if (tab == manifold) {
            // the grid is decoded in the background for the size and view on show
            w.until(() -> manifold.view().hasTiles());
            double side = onFx(() -> {
                manifold.view().layout();
                javafx.geometry.Rectangle2D first = manifold.view().tileBounds(0, 0);
                return Math.min(first.getWidth(), first.getHeight()) * ManifoldTab.TILES;
            });
            measured.add(String.format("%s: manifold grid %.0f px", where, side));
            if (side < minManifoldGrid) {
                problems.add(String.format("%s: the manifold's grid is %.0f px, less than %.0f", where, side,
                        minManifoldGrid));
            }
        }
        fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            for (TextFit.Cut cut : TextFit.cutTexts(stage.getScene().getRoot())) {
                problems.add(where + ": " + cut + (TextFit.inSettingsColumn(cut.node()) ? " [settings column]" : ""));
            }
            for (Minimum m : minima) {
                if (!m.tab().equals(tab.getText())) {
                    continue;
                }
                Node node = stage.getScene().lookup("#" + m.id());
                if (!(node instanceof Region figure) || !node.isVisible()) {
                    continue; // a view this model has not (the runs chart before a run, a dense model's feature maps)
                }
                measured.add(String.format("%s: %s %.0f x %.0f", where, m.id(), figure.getWidth(), figure.getHeight()));
                if (figure.getWidth() < m.width() || figure.getHeight() < m.height()) {
                    problems.add(String.format("%s: %s is %.0f x %.0f, less than %.0f x %.0f", where, m.id(),
                            figure.getWidth(), figure.getHeight(), m.width(), m.height()));
                }
            }
            checkLossPlot(where);
            if ("Anomalies".equals(tab.getText())) {
                checkWorstRows(where);
            }
            if ("Runs".equals(tab.getText()) && projectorOrLarger) {
                checkModelColumn(where);
            }
        });
    }

    /** The loss chart's plot has its height, and no marker label (the PCA line's, its crossing's) lies on a curve. */
    private void checkLossPlot(String where) {
        FittedXYPlot plot = (FittedXYPlot) w.window.outputs().lossChart().chart().getXYPlot();
        Rectangle2D area = plot.lastDataArea();
        if (area == null || !w.window.outputs().lossChart().isVisible()) {
            return;
        }
        measured.add(String.format("%s: loss plot %.0f x %.0f", where, area.getWidth(), area.getHeight()));
        if (area.getHeight() < minLossPlot) {
            problems.add(String.format("%s: the loss chart's plot is %.0f px tall, less than %.0f", where,
                    area.getHeight(), minLossPlot));
        }
        LabelsOverData.of(plot).forEach((label, pieces) -> {
            if (pieces > 0) {
                problems.add(String.format("%s: the loss chart's label \"%s\" lies on %d pieces of the curves", where,
                        label, pieces));
            }
        });
    }

    /** The worst-samples table shows rows, not only its header: scrolled to, as a user would, when its column scrolls. */
    private void checkWorstRows(String where) {
        Node node = stage.getScene().lookup("#anomalyWorstTable");
        if (!(node instanceof TableView<?> table) || !onShow(table) || table.getItems().isEmpty()) {
            return;
        }
        ShownRows.scrollTo(table);
        stage.getScene().getRoot().layout();
        int rows = ShownRows.of(table);
        measured.add(String.format("%s: worst samples %d rows", where, rows));
        if (rows < Math.min(MIN_WORST_ROWS, table.getItems().size())) {
            problems.add(String.format("%s: the worst-samples table shows %d rows, fewer than %d", where, rows,
                    MIN_WORST_ROWS));
        }
    }

    /** No column of the runs table takes the width the others need: the model's summary is shortened instead. */
    private void checkModelColumn(String where) {
        Node node = stage.getScene().lookup("#runTable");
        if (!(node instanceof TableView<?> table) || !onShow(table)) {
            return;
        }
        for (TableColumn<?, ?> c : table.getColumns()) {
            if ("Model".equals(c.getText())) {
                measured.add(String.format("%s: runs table Model column %.0f of %.0f px", where, c.getWidth(),
                        table.getWidth()));
                if (c.getWidth() > MAX_MODEL_COLUMN_SHARE * table.getWidth()) {
                    problems.add(String.format("%s: the runs table's Model column is %.0f px of the table's %.0f",
                            where, c.getWidth(), table.getWidth()));
                }
            }
        }
    }

    private static boolean onShow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
