package workbench.app.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import workbench.app.layout.FigureMaximiser;
import workbench.app.layout.WholeText;
import workbench.app.viewmodel.RunViewModel;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.session.RunHistory;
import workbench.session.RunRecord;

/**
 * The "Runs" tab: every run of the session in a table, the loss curves of the ticked ones on one
 * chart, and the commands to set a run up again or forget it. Nothing here is redrawn per frame:
 * the table changes when a run ends or is removed, the chart when the ticked runs change.
 */
public final class RunHistoryTab extends Tab {
    private final WorkbenchViewModel vm;
    private final RunHistory history;
    private final ObservableList<RunRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.overlayProperty()});
    private final RunTable table = new RunTable(rows);
    private final RunOverlayChart chart = new RunOverlayChart();
    private final CheckBox logScale = new CheckBox("Log scale");
    private final Button restore = new Button("Restore into designer");
    private final Button remove = new Button("Remove");

    public RunHistoryTab(WorkbenchViewModel vm, FigureMaximiser maximiser) {
        super("Runs");
        this.vm = vm;
        this.history = vm.run().runs();
        setClosable(false);
        setId("runsTab");

        restore.setId("restoreRun");
        restore.setTooltip(new Tooltip("Puts the run's design, training settings, seed and dataset back in the panel,"
                + " ready to train again. Pause or stop a run in progress first."));
        remove.setId("removeRun");
        logScale.setId("runLogScale");
        var selected = table.getSelectionModel().selectedItemProperty();
        // a restore resets the run: while one trains it would end it, and its end would then land on the new setup
        restore.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || busy(vm.run().stateProperty().get()),
                selected, vm.run().stateProperty()));
        remove.disableProperty().bind(selected.isNull());
        restore.setOnAction(e -> restoreSelected());
        remove.setOnAction(e -> removeSelected());
        logScale.selectedProperty().addListener((o, was, log) -> chart.setLogScale(log));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // the hint is a tooltip: a label in the bar would be cut in a narrow window
        table.setTooltip(new Tooltip("Tick runs in the Plot column to overlay their loss curves."));
        HBox bar = new HBox(8, restore, remove, gap, logScale);
        WholeText.keep(restore, remove, logScale);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        // side by side: the tab is wide and short, and stacked the two got a row and a strip each
        SplitPane split = new SplitPane(table, maximiser.frame("the runs chart", chart));
        split.setOrientation(Orientation.HORIZONTAL);
        // the table a little wider: its columns scroll sideways, and the chart keeps its room at 45%
        split.setDividerPositions(0.55);
        BorderPane content = new BorderPane(split);
        content.setTop(bar);
        setContent(content);

        rows.addListener((ListChangeListener<RunRow>) c -> redrawOverlay());
        history.addListener(this::recordsChanged);
        recordsChanged();
    }

    private static boolean busy(RunViewModel.State state) {
        return state == RunViewModel.State.STARTING || state == RunViewModel.State.RUNNING
                || state == RunViewModel.State.PAUSED;
    }

    /** Rebuilds the rows, keeping each run's tick and the selection; a new run comes ticked. */
    private void recordsChanged() {
        Map<Integer, Boolean> ticked = new HashMap<>();
        for (RunRow r : rows) {
            ticked.put(r.record().number(), r.overlayProperty().get());
        }
        RunRow was = table.getSelectionModel().getSelectedItem();
        int selectedNumber = was == null ? 0 : was.record().number();
        rows.setAll(history.records().stream()
                .map(r -> new RunRow(r, ticked.getOrDefault(r.number(), true))).toList());
        for (RunRow r : table.getItems()) {
            if (r.record().number() == selectedNumber) {
                table.getSelectionModel().select(r);
            }
        }
    }

    private void redrawOverlay() {
        chart.show(rows.stream().filter(r -> r.overlayProperty().get()).map(RunRow::record).toList());
    }

    private void restoreSelected() {
        RunRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.restore(row.record());
        }
    }

    private void removeSelected() {
        RunRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            history.remove(row.record().number());
        }
    }

    // Package-private views for tests.

    RunTable table() {
        return table;
    }

    RunOverlayChart overlay() {
        return chart;
    }

    List<RunRow> rows() {
        return rows;
    }
}
