package workbench.app.viewmodel;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import workbench.data.DataSplit;
import workbench.data.DatasetInfo;
import workbench.data.DatasetRegistry;
import workbench.data.Normalization;

/**
 * The Dataset section: what can be chosen, what is chosen, and the loaded data. Loading runs on a
 * background executor and lands on the UI executor, so a large dataset never freezes the window.
 */
public final class DatasetViewModel {
    private final DatasetRegistry registry;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<DatasetInfo> available = FXCollections.observableArrayList();
    private final ObjectProperty<String> source = new SimpleObjectProperty<>();
    /** Null: none for images, min-max for tables. */
    private final ObjectProperty<Normalization.Kind> normalization = new SimpleObjectProperty<>();
    /** The names of the classes to train on, the rest being anomalies; null trains on every class. */
    private final ObjectProperty<List<String>> normalClasses = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DataSplit> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private long loadGeneration;

    public DatasetViewModel(DatasetRegistry registry, Executor background, Executor ui) {
        this.registry = registry;
        this.background = background;
        this.ui = ui;
    }

    /** Lists the bundled, system and synthetic datasets; a listing error is shown, not thrown. */
    public void refresh() {
        try {
            available.setAll(registry.list());
        } catch (IOException e) {
            problem.set(e.getMessage());
        }
    }

    /**
     * Starts loading a dataset by name or path; the previous data stays until the new one is in.
     * Another dataset drops the choice of normal classes, whose names belong to the old one.
     */
    public void choose(String nameOrPath) {
        long generation = ++loadGeneration;
        if (!Objects.equals(nameOrPath, source.get())) {
            normalClasses.set(null);
        }
        source.set(nameOrPath);
        loading.set(true);
        problem.set("");
        background.execute(() -> {
            try {
                DataSplit split = registry.load(nameOrPath);
                ui.execute(() -> {
                    if (generation == loadGeneration) {
                        loaded.set(split);
                        loading.set(false);
                    }
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    if (generation == loadGeneration) {
                        problem.set("Could not open " + nameOrPath + ": " + e.getMessage());
                        loading.set(false);
                    }
                });
            }
        });
    }

    public List<String> names() {
        return available.stream().map(DatasetInfo::name).toList();
    }

    public ObservableList<DatasetInfo> available() {
        return available;
    }

    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    public ObjectProperty<Normalization.Kind> normalizationProperty() {
        return normalization;
    }

    public ObjectProperty<List<String>> normalClassesProperty() {
        return normalClasses;
    }

    public ReadOnlyObjectProperty<DataSplit> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
