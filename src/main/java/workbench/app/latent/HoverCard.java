package workbench.app.latent;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * The small card next to the cursor: the sample under it and its class. A child of the plot
 * rather than a {@link javafx.scene.control.Tooltip}, because a tooltip waits for the mouse to
 * rest, and sweeping over a cluster to see what it holds is the point of hovering here.
 */
final class HoverCard extends VBox {

    /** Images wider or taller than this are shown scaled down, so the card never hides the plot. */
    private static final double MAX_IMAGE = 160;
    private static final double OFFSET = 16;

    private final ImageView image = new ImageView();
    private final Text caption = new Text();

    HoverCard() {
        super(4);
        setPadding(new Insets(5));
        setAlignment(Pos.CENTER);
        setBackground(new Background(new BackgroundFill(Color.rgb(255, 255, 255, 0.96), new CornerRadii(4), null)));
        setBorder(new Border(new BorderStroke(ScatterStyle.FRAME, BorderStrokeStyle.SOLID, new CornerRadii(4),
                BorderWidths.DEFAULT)));
        image.setPreserveRatio(true);
        image.setSmooth(false);
        caption.setFont(ScatterStyle.CARD);
        caption.setFill(ScatterStyle.TEXT);
        getChildren().addAll(image, caption);
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    /** Shows {@code sample} (may be null: text only) above {@code text}. */
    void show(Image sample, String text) {
        image.setImage(sample);
        image.setVisible(sample != null);
        image.setManaged(sample != null);
        if (sample != null) {
            image.setFitWidth(Math.min(MAX_IMAGE, sample.getWidth()));
            image.setFitHeight(Math.min(MAX_IMAGE, sample.getHeight()));
        }
        caption.setText(text);
        autosize();
        setVisible(true);
    }

    /**
     * Moves the card beside the cursor at (x, y), on whichever side keeps it inside a parent of
     * the given size.
     */
    void follow(double x, double y, double parentWidth, double parentHeight) {
        double w = getWidth();
        double h = getHeight();
        double left = x + OFFSET + w <= parentWidth ? x + OFFSET : x - OFFSET - w;
        double top = y + OFFSET + h <= parentHeight ? y + OFFSET : y - OFFSET - h;
        relocate(Math.max(0, left), Math.max(0, top));
    }

    void hide() {
        setVisible(false);
        image.setImage(null);
    }
}
