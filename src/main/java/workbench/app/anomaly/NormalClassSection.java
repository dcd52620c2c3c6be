package workbench.app.anomaly;

import java.util.List;
import java.util.TreeSet;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import workbench.analysis.NormalClasses;
import workbench.app.viewmodel.DatasetViewModel;
import workbench.data.DataSplit;

/**
 * The dataset section's switch for anomaly detection: off, every class trains; on, only the checked
 * classes do and the others become the anomalies of the test split. The view-model holds class
 * names (what an experiment file stores), the chooser indices of the loaded data.
 */
public final class NormalClassSection extends VBox {
    private final DatasetViewModel vm;
    private final CheckBox enabled = new CheckBox("Train only on these classes (the rest are anomalies)");
    {
        enabled.setWrapText(true); // a long line in a narrow column, at presenter size too
    }
    private final NormalClassChooser chooser = new NormalClassChooser();
    /** Set while one side copies to the other, so the copy does not echo back. */
    private boolean syncing;

    public NormalClassSection(DatasetViewModel vm) {
        this.vm = vm;
        setSpacing(4);
        enabled.setId("trainOnNormalClasses");
        enabled.setTooltip(new Tooltip("For anomaly detection: the model learns the checked classes only, and its"
                + " reconstruction error on the test split scores every sample (see the Anomalies tab)"));
        chooser.visibleProperty().bind(enabled.selectedProperty());
        chooser.managedProperty().bind(chooser.visibleProperty());
        getChildren().addAll(enabled, chooser);

        enabled.selectedProperty().addListener((o, was, now) -> toViewModel());
        chooser.normalClassesProperty().addListener((o, was, now) -> toViewModel());
        vm.normalClassesProperty().addListener((o, was, now) -> fromViewModel());
        vm.loadedProperty().addListener((o, was, now) -> fromViewModel());
        fromViewModel();
    }

    private List<String> classNames() {
        DataSplit split = vm.loadedProperty().get();
        return split == null ? List.of() : split.train().classNames();
    }

    private void toViewModel() {
        if (syncing) {
            return;
        }
        NormalClasses chosen = chooser.getNormalClasses();
        List<String> names = classNames();
        List<String> value = !enabled.isSelected() || chosen == null ? null
                : chosen.classes().stream().filter(c -> c < names.size()).map(names::get).toList();
        syncing = true;
        try {
            vm.normalClassesProperty().set(value);
        } finally {
            syncing = false;
        }
    }

    private void fromViewModel() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            List<String> names = classNames();
            List<String> chosen = vm.normalClassesProperty().get();
            TreeSet<Integer> indices = new TreeSet<>();
            if (chosen != null) {
                // names the data lacks stay in the view-model, where preparing the run reports them
                for (String n : chosen) {
                    int i = names.indexOf(n);
                    if (i >= 0) {
                        indices.add(i);
                    }
                }
            }
            chooser.setClasses(names, indices.isEmpty() ? null : NormalClasses.of(indices));
            enabled.setSelected(chosen != null);
            enabled.setDisable(names.size() < 2 && chosen == null);
        } finally {
            syncing = false;
        }
    }

    /** The check boxes, for tests. */
    public NormalClassChooser chooser() {
        return chooser;
    }
}
