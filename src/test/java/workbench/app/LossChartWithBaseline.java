package workbench.app;

import static workbench.app.FxThread.fx;
import static workbench.app.FxThread.until;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import workbench.app.charts.LiveLossChart;
import workbench.app.pca.PcaBaselineTab;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.DatasetRegistry;
import workbench.engine.EpochStats;

/**
 * The loss chart fed as the window feeds it, beside the "vs PCA" tab that puts the baseline on it,
 * on a real view-model of the bundled digits whose run is read once a frame, as the window's timer
 * reads it. For tests of the two views without the whole window.
 */
public final class LossChartWithBaseline {
    public final WorkbenchViewModel vm = new WorkbenchViewModel(new DatasetRegistry(), Platform::runLater);
    public final LiveLossChart chart = new LiveLossChart();
    public final PcaBaselineTab tab = new PcaBaselineTab(vm, chart);
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.run().tick();
        }
    };

    /** Shows both on {@code stage} and opens the digits; call from the test's {@code @Start}. */
    public LossChartWithBaseline(Stage stage) {
        vm.run().history().addListener((ListChangeListener<EpochStats>) c -> chart.setEpochs(List.copyOf(vm.run().history())));
        stage.setScene(new Scene(new TabPane(tab, new Tab("Loss", chart)), 1100, 560));
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.show();
        frames.start();
        vm.openDefault();
    }

    /** From the test's thread: trains the open design for {@code epochs} epochs and waits for the end. */
    public void trainFor(int epochs) {
        until(() -> vm.run().stateProperty().get() == State.READY);
        fx(() -> {
            vm.training().epochsProperty().set(epochs);
            vm.train();
        });
        until(() -> vm.run().stateProperty().get() == State.FINISHED);
    }

    /** Stops reading the run; call from the test's {@code @AfterEach}. */
    public void stop() {
        fx(frames::stop);
    }
}
