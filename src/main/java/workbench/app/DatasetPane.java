package workbench.app;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import workbench.app.anomaly.NormalClassSection;
import workbench.app.image.SampleImages;
import workbench.app.viewmodel.DatasetViewModel;
import workbench.app.viewmodel.TrainingSettingsViewModel;
import workbench.data.DataSplit;
import workbench.data.DatasetInfo;
import workbench.data.Normalization;

/** The Dataset section: pick a bundled or discovered dataset, or open a file or folder of one's own. */
final class DatasetPane extends VBox {
    private final ComboBox<String> picker = new ComboBox<>();
    private final Label details = new Label();
    private final Label problem = new Label();

    DatasetPane(DatasetViewModel vm, TrainingSettingsViewModel training) {
        setSpacing(6);
        picker.setId("datasetPicker");
        picker.setMaxWidth(Double.MAX_VALUE);
        vm.available().addListener((ListChangeListener<DatasetInfo>) c -> picker.getItems().setAll(vm.names()));
        picker.getItems().setAll(vm.names());
        // the list says what each dataset is; the closed box shows just the name
        picker.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty || name == null ? null : label(vm, name));
            }
        });
        picker.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(vm.sourceProperty().get())) {
                vm.choose(now);
            }
        });
        vm.sourceProperty().addListener((o, was, now) -> {
            if (now != null && picker.getItems().contains(now)) {
                picker.setValue(now);
            } else if (now != null) {
                picker.getItems().add(now);
                picker.setValue(now);
            }
        });

        Button openFile = new Button("Open file...");
        openFile.setOnAction(e -> openFile(vm, getScene().getWindow()));
        Button openFolder = new Button("Open folder...");
        openFolder.setOnAction(e -> openFolder(vm, getScene().getWindow()));

        ChoiceBox<Normalization.Kind> normalization = new ChoiceBox<>();
        normalization.getItems().setAll(null, Normalization.Kind.NONE, Normalization.Kind.MIN_MAX, Normalization.Kind.Z_SCORE);
        normalization.setConverter(new StringConverter<>() {
            @Override
            public String toString(Normalization.Kind k) {
                return k == null ? "automatic" : Controls.friendly(k);
            }

            @Override
            public Normalization.Kind fromString(String s) {
                return null;
            }
        });
        normalization.valueProperty().bindBidirectional(vm.normalizationProperty());

        GridPane form = Controls.form();
        Controls.row(form, "Normalisation", normalization, AdvancedControl.NORMALIZATION);
        var validation = Controls.numberField(training.validationFractionProperty(), 0, 0.9, null);
        Controls.row(form, "Validation share", validation, AdvancedControl.VALIDATION_SHARE);

        details.setWrapText(true);
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b34700;");
        problem.textProperty().bind(vm.problemProperty());
        FlowPane preview = new FlowPane(3, 3);
        preview.setId("datasetPreview");
        vm.loadedProperty().addListener((o, was, split) -> {
            details.setText(describe(split));
            preview.getChildren().setAll(previewImages(split));
        });
        vm.loadingProperty().addListener((o, was, loading) -> {
            if (loading) {
                details.setText("Loading " + vm.sourceProperty().get() + "...");
            }
        });
        // the second button goes under the first where the column is too narrow for both (presenter mode)
        FlowPane openButtons = new FlowPane(6, 4, openFile, openFolder);
        openFile.setMinWidth(Region.USE_PREF_SIZE);
        openFolder.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(picker, openButtons, details, preview, form,
                new NormalClassSection(vm), problem);
    }

    private static String label(DatasetViewModel vm, String name) {
        for (DatasetInfo info : vm.available()) {
            if (info.name().equals(name)) {
                return String.format(Locale.ROOT, "%s  (%,d samples, %s, %d classes, %s)", name, info.samples(),
                        info.shape(), info.classCount(), info.source());
            }
        }
        return name;
    }

    /** The first training samples, one of each class where there are classes: a glance at the data. */
    static List<ImageView> previewImages(DataSplit split) {
        List<ImageView> views = new ArrayList<>();
        if (split == null || !split.train().sampleShape().isImage()) {
            return views;
        }
        var train = split.train();
        int scale = Math.max(1, 32 / train.sampleShape().width());
        boolean[] shown = new boolean[Math.max(1, train.classNames().size())];
        for (int i = 0; i < train.size() && views.size() < 16; i++) {
            int label = train.labels()[i];
            boolean newClass = label >= 0 && label < shown.length && !shown[label];
            if (newClass || views.size() >= shown.length) {
                if (label >= 0 && label < shown.length) {
                    shown[label] = true;
                }
                var view = new ImageView(
                        SampleImages.toImage(train.features(), i, train.sampleShape(), scale));
                view.setFitWidth(32);
                view.setPreserveRatio(true);
                views.add(view);
            }
        }
        return views;
    }

    static String describe(DataSplit split) {
        if (split == null) {
            return "";
        }
        var train = split.train();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d training and %,d test samples of %s",
                train.size(), split.test().size(), train.sampleShape().isImage()
                        ? train.sampleShape().height() + "x" + train.sampleShape().width()
                        + (train.sampleShape().channels() == 3 ? " RGB" : " grey") + " pixels"
                        : train.featureCount() + " features"));
        if (train.hasLabels()) {
            s.append(String.format(Locale.ROOT, "; %d classes", train.classNames().size()));
            int[] counts = new int[train.classNames().size()];
            for (int label : train.labels()) {
                if (label >= 0) {
                    counts[label]++;
                }
            }
            s.append(" (");
            for (int i = 0; i < counts.length && i < 12; i++) {
                s.append(i > 0 ? ", " : "").append(train.classNames().get(i)).append(' ').append(counts[i]);
            }
            s.append(counts.length > 12 ? ", ...)" : ")");
        }
        return s.toString();
    }

    private static void openFile(DatasetViewModel vm, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset: a CSV table or an IDX file's folder");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV tables", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            vm.choose(file.isFile() && !file.getName().toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? file.getParent() : file.getPath());
        }
    }

    private static void openFolder(DatasetViewModel vm, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of IDX files, or of images with one subfolder per class");
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            vm.choose(dir.getPath());
        }
    }
}
