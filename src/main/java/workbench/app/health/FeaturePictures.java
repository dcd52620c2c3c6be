package workbench.app.health;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.app.image.SampleImages;
import workbench.engine.Shape;
import workbench.session.doctor.LearnedFeatures;

/**
 * The first layer's weights drawn as pictures, the features it learned to look for: each on its
 * own grey scale, mid-grey for 0, white for its largest positive weight and black for its largest
 * negative one, so that the pattern shows whatever its size.
 */
final class FeaturePictures extends VBox {
    /** Pixels a feature's picture is drawn at, about: large enough to see a stroke from the back. */
    private static final int PICTURE = 56;

    private final Label caption = new Label();
    private final FlowPane pictures = new FlowPane(4, 4);

    FeaturePictures() {
        super(4);
        setId("learnedFeatures");
        setPadding(new Insets(4, 8, 8, 8));
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(caption, pictures);
    }

    void show(LearnedFeatures f) {
        pictures.getChildren().clear();
        setVisible(f != null);
        setManaged(f != null);
        if (f == null) {
            return;
        }
        caption.setText("What " + f.layer() + " looks for at epoch " + f.epoch() + ": "
                + (f.count() < f.units() ? "the first " + f.count() + " of its " + f.units() : "its " + f.units())
                + (f.kernels() ? " kernels, each drawn as the patch it slides over the image"
                        : " units, each unit's weights drawn as the picture they multiply")
                + " (white positive, black negative).");
        Shape shown = f.picture().channels() == 3 ? f.picture() : Shape.image(1, f.picture().height(),
                f.picture().width() * f.picture().channels()); // channels side by side, unless they make a colour
        int scale = Math.max(1, PICTURE / Math.max(shown.height(), shown.width()));
        int size = f.picture().size();
        for (int i = 0; i < f.count(); i++) {
            float[] one = new float[size];
            float largest = 1e-12f;
            for (int j = 0; j < size; j++) {
                one[j] = f.value(i, j);
                largest = Math.max(largest, Math.abs(one[j]));
            }
            ImageView view = new ImageView(SampleImages.toImage(channelsSideBySide(one, f.picture(), shown), 0,
                    shown, scale, -largest, largest));
            view.getStyleClass().add("learned-feature");
            pictures.getChildren().add(view);
        }
    }

    /** A multi-channel picture that is not a colour one, its channels laid side by side in one grey image. */
    private static float[] channelsSideBySide(float[] values, Shape picture, Shape shown) {
        if (shown == picture || picture.channels() == 1) {
            return values;
        }
        int h = picture.height();
        int w = picture.width();
        float[] out = new float[values.length];
        for (int c = 0; c < picture.channels(); c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[y * shown.width() + c * w + x] = values[c * h * w + y * w + x];
                }
            }
        }
        return out;
    }

    /** Pictures shown; for tests. */
    int shown() {
        return pictures.getChildren().size();
    }
}
