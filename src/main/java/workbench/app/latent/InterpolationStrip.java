package workbench.app.latent;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.engine.Shape;

/**
 * The decoded path between two samples' codes, in a row: the first and last images are the two
 * samples' reconstructions, labelled with their classes, and the ones between show what the
 * decoder makes of the codes on the way, which tells a smooth latent space (gradual morphing) from
 * a patchy one (abrupt jumps, or blurry nonsense in the gaps).
 *
 * <p>The path is linear or spherical; the owner listens to {@link #sphericalProperty()} and
 * decodes again. Spherical is the default for a VAE, whose prior keeps codes near a shell that a
 * straight line cuts through. Images are enlarged without smoothing so pixels stay crisp. Call
 * every method on the FX thread.
 */
public final class InterpolationStrip extends VBox {

    private static final double GAP = 4;
    private static final double MAX_CELL = 112;
    private static final double MIN_CELL = 16;
    /** A heat strip is drawn this share of its width tall, enough to read its colours. */
    private static final double STRIP_ASPECT = 0.35;

    private final BooleanProperty spherical = new SimpleBooleanProperty(false);
    private final RadioButton linearChoice = new RadioButton("Linear");
    private final RadioButton sphericalChoice = new RadioButton("Spherical");
    private final HBox cells = new HBox(GAP);
    private final Label message = new Label();
    private final List<Image> images = new ArrayList<>();
    private Shape shape;

    public InterpolationStrip() {
        setId("interpolationStrip");
        ToggleGroup group = new ToggleGroup();
        linearChoice.setToggleGroup(group);
        sphericalChoice.setToggleGroup(group);
        linearChoice.setId("interpolationLinear");
        sphericalChoice.setId("interpolationSpherical");
        linearChoice.setTooltip(new Tooltip("A straight line from one code to the other"));
        sphericalChoice.setTooltip(new Tooltip("Along the great circle, the length changing evenly: for a VAE,"
                + " whose codes lie near a shell that a straight line cuts through"));
        linearChoice.setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                spherical.set(now == sphericalChoice);
            }
        });
        spherical.addListener((o, was, now) -> (now ? sphericalChoice : linearChoice).setSelected(true));

        Label title = new Label("Interpolation");
        title.setStyle("-fx-font-weight: bold;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, linearChoice, sphericalChoice);
        header.setAlignment(Pos.CENTER_LEFT);

        cells.setAlignment(Pos.TOP_LEFT);
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #666666;");
        setSpacing(6);
        setPadding(new Insets(4, 6, 4, 6));
        getChildren().addAll(header, message, cells);
        clear("Pick two samples in the latent plot to see the path between them.");
        widthProperty().addListener((o, was, now) -> sizeCells());
    }

    /** True for the spherical path; the radio buttons set it, and setting it selects them. */
    public BooleanProperty sphericalProperty() {
        return spherical;
    }

    public boolean isSpherical() {
        return spherical.get();
    }

    /** Chooses the default path for the model: spherical for a VAE, linear for the others. */
    public void setVariational(boolean variational) {
        spherical.set(variational);
    }

    /**
     * Shows the decoded path. The values are read now and not kept.
     *
     * @param decoded    one decoded sample per step, from the first sample's code to the second's
     * @param startLabel caption of the first image (e.g. its class), or null
     * @param endLabel   caption of the last image, or null
     */
    public void show(float[][] decoded, Shape shape, String startLabel, String endLabel) {
        if (decoded.length < 2) {
            throw new IllegalArgumentException("a path has at least its two ends, got " + decoded.length
                    + " decoded samples");
        }
        this.shape = shape;
        float[] scale = DecodedTiles.scale(decoded, shape);
        images.clear();
        List<VBox> boxes = new ArrayList<>(decoded.length);
        for (int i = 0; i < decoded.length; i++) {
            images.add(DecodedTiles.image(decoded[i], shape, scale));
            ImageView view = new ImageView();
            view.setId("interpolationStep" + i);
            String caption = i == 0 ? startLabel : i == decoded.length - 1 ? endLabel : null;
            Label label = new Label(caption == null ? "" : caption);
            label.setId(i == 0 ? "interpolationStart" : i == decoded.length - 1 ? "interpolationEnd" : null);
            label.setMaxWidth(MAX_CELL);
            VBox box = new VBox(2, view, label);
            box.setAlignment(Pos.TOP_CENTER);
            boxes.add(box);
        }
        cells.getChildren().setAll(boxes);
        message.setText("");
        message.setManaged(false);
        message.setVisible(false);
        sizeCells();
    }

    /** Removes the images and says why there are none. */
    public void clear(String why) {
        images.clear();
        cells.getChildren().clear();
        message.setText(why == null ? "" : why);
        message.setManaged(true);
        message.setVisible(true);
    }

    /** How many images are shown; 0 when cleared. */
    public int steps() {
        return images.size();
    }

    /** The image of step {@code i} at the sample's own resolution, before enlarging. */
    public Image imageAt(int i) {
        return images.get(i);
    }

    /**
     * Cells share the width, up to a size where an 8x8 or 28x28 sample is comfortably legible;
     * pictures are enlarged by a whole factor so every sample pixel is the same size.
     */
    private void sizeCells() {
        int n = images.size();
        if (n == 0 || shape == null) {
            return;
        }
        double available = getWidth() - getPadding().getLeft() - getPadding().getRight() - GAP * (n - 1);
        double cell = available > 0 ? available / n : MAX_CELL;
        cell = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(cell)));
        int w = DecodedTiles.width(shape);
        int sx;
        int sy;
        if (shape.isImage()) {
            sx = Math.max(1, (int) (cell / Math.max(w, shape.height())));
            sy = sx;
        } else {
            sx = Math.max(1, (int) (cell / w));
            sy = (int) Math.max(4, Math.round(w * sx * STRIP_ASPECT));
        }
        for (int i = 0; i < n; i++) {
            ImageView view = (ImageView) ((VBox) cells.getChildren().get(i)).getChildren().get(0);
            view.setImage(DecodedTiles.enlarge(images.get(i), sx, sy));
        }
    }
}
