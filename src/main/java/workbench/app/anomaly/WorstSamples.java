package workbench.app.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import workbench.analysis.AnomalyReport;
import workbench.app.image.SampleImages;
import workbench.app.layout.FittedTable;
import workbench.engine.Shape;
import workbench.io.plot.SignificantDigits;

/**
 * The samples the model rebuilt worst, worst first: pictures (original above reconstruction, a bar in
 * the kind's colour on top) or, for table rows, whose bars would say little at this size, a table of
 * index, class and error.
 */
final class WorstSamples extends StackPane {
    /** About this many screen pixels along a picture's longer side. */
    private static final int PICTURE_SIZE = 56;
    /** Rows of the table always on show: the column that holds it scrolls rather than squeeze it to its header. */
    static final int LEAST_ROWS = 4;

    /** One row of the tabular fallback. */
    record Row(int rank, int sample, String className, boolean anomalous, double error) {
    }

    /** The cells wrap in the width they get: the view gives the worst samples a column of their own. */
    private final FlowPane cells = new FlowPane(8, 8);
    private final Label key = new Label("Each: the original above its reconstruction, the bar in its kind's colour.");
    private final VBox strip = new VBox(6, key, cells);
    private final ScrollPane images = new ScrollPane();
    private final FittedTable<Row> table = new FittedTable<>();
    private final SignificantDigits digits = new SignificantDigits(4);

    WorstSamples() {
        key.setWrapText(true);
        key.setStyle("-fx-text-fill: #666666;");
        strip.setPadding(new Insets(4));
        images.setContent(strip);
        images.setFitToWidth(true);
        images.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        images.setId("anomalyWorstImages");

        table.setId("anomalyWorstTable");
        table.setPlaceholder(new Label("No samples scored yet."));
        table.getColumns().add(column("Rank", r -> String.valueOf(r.rank())));
        table.getColumns().add(column("Test sample", r -> String.valueOf(r.sample())));
        table.getColumns().add(column("Class", Row::className));
        table.getColumns().add(column("Kind", r -> r.anomalous() ? "anomaly" : "normal"));
        table.getColumns().add(column("Error", r -> digits.format(r.error())));
        table.setPrefHeight(170);
        table.setLeastRows(LEAST_ROWS);

        getChildren().addAll(images, table);
        showImages(false);
    }

    private TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> c = table.textColumn(title, value);
        c.setSortable(false);
        return c;
    }

    void show(AnomalyReport report) {
        int[] worst = report.worst();
        List<Row> rows = new ArrayList<>(worst.length);
        for (int k = 0; k < worst.length; k++) {
            int i = worst[k];
            rows.add(new Row(k + 1, i, report.className(report.scores().label(i)), report.scores().isAnomaly(i),
                    report.scores().error(i)));
        }
        table.getItems().setAll(rows);
        cells.getChildren().clear();
        if (report.hasImages()) {
            float[][] originals = report.worstOriginals();
            float[][] rebuilt = report.worstReconstructions();
            Shape shape = report.sampleShape();
            int scale = Math.max(1, PICTURE_SIZE / Math.max(shape.height(), shape.width()));
            for (int k = 0; k < worst.length; k++) {
                cells.getChildren().add(cell(rows.get(k), originals[k], rebuilt[k], shape, scale));
            }
        }
        showImages(report.hasImages());
    }

    private VBox cell(Row row, float[] original, float[] rebuilt, Shape shape, int scale) {
        ImageView top = new ImageView(SampleImages.toImage(original, 0, shape, scale));
        ImageView bottom = new ImageView(SampleImages.toImage(rebuilt, 0, shape, scale));
        Rectangle kind = new Rectangle(shape.width() * scale, 4, AnomalyColors.of(row.anomalous()));
        Label caption = new Label("#" + row.sample() + " " + row.className() + "\n" + digits.format(row.error()));
        caption.setStyle("-fx-font-size: 11px;");
        VBox box = new VBox(2, kind, top, bottom, caption);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("anomaly-worst-cell");
        return box;
    }

    void clear() {
        table.getItems().clear();
        cells.getChildren().clear();
        showImages(false);
    }

    private void showImages(boolean pictures) {
        images.setVisible(pictures);
        table.setVisible(!pictures);
    }

    /** Never less than the table's header and {@link #LEAST_ROWS} rows, or one row of pictures under their key. */
    @Override
    protected double computeMinHeight(double width) {
        if (!images.isVisible()) {
            return snappedTopInset() + table.minHeight(width) + snappedBottomInset();
        }
        double cell = cells.getChildren().isEmpty() ? 0 : cells.getChildren().get(0).prefHeight(-1);
        return snappedTopInset() + strip.getPadding().getTop() + key.prefHeight(width) + strip.getSpacing() + cell
                + strip.getPadding().getBottom() + snappedBottomInset();
    }

    boolean showsImages() {
        return images.isVisible();
    }

    int cellCount() {
        return cells.getChildren().size();
    }
}
