package workbench.app.featuremaps;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import workbench.app.charts.Presentable;
import workbench.session.FeatureMap;

/**
 * One channel: its picture enlarged without smoothing (drawn on a canvas, since an ImageView's
 * smooth flag is not honoured by every rendering pipeline), and under it the channel's number and the
 * range its colours span, since every channel has a scale of its own and colours alone do not
 * compare across channels. Hovering a pixel reports its value.
 */
final class ChannelTile extends Region implements Presentable {
    /**
     * Height of the caption under the picture: two lines of presenter-size text, so that a tile too
     * narrow for "#12  -0.031 - 0.887" on one line shows the number above the range instead of
     * cutting it.
     */
    static final double CAPTION = 34;
    static final double FONT_SIZE = 11;
    static final double PRESENTATION_SCALE = 1.25;
    /** Captions get no smaller than this to fit a narrow tile. */
    static final double SMALLEST_FONT_SIZE = 9;

    private final Canvas view = new Canvas();
    private WritableImage image;
    private final Label caption = new Label();
    private final Tooltip tooltip = new Tooltip();
    private FeatureMap map;
    private int channel;
    private double scale = 1;

    /** @param hover receives a line about the value under the pointer, or "" when it leaves */
    ChannelTile(Consumer<String> hover) {
        getStyleClass().add("feature-map-channel");
        caption.setTextFill(Color.web("#555555"));
        caption.setMinWidth(0);
        caption.setWrapText(false);
        caption.setEllipsisString(""); // the text is chosen to fit: never "#1 0 ..."
        getChildren().addAll(view, caption);
        Tooltip.install(this, tooltip);
        view.setOnMouseMoved(e -> hover.accept(readout(e.getX(), e.getY())));
        view.setOnMouseExited(e -> hover.accept(""));
    }

    void show(FeatureMap newMap, int c) {
        map = newMap;
        channel = c;
        image = ChannelImages.draw(newMap, c, image);
        paint();
        String lo = format(newMap.min(c));
        String hi = format(newMap.max(c));
        fitCaption();
        int peak = newMap.argmax(c);
        int width = newMap.shape().width();
        tooltip.setText("Channel " + (c + 1) + " of " + newMap.channels() + ", on its own colour scale:\n"
                + "min " + lo + " (dark violet), max " + hi + " (yellow),\npeak at row " + (peak / width + 1)
                + ", column " + (peak % width + 1));
    }

    /** Sizes the picture; the caption goes under it, as wide. */
    void fit(double width, double height) {
        if (width != view.getWidth() || height != view.getHeight()) {
            view.setWidth(width);
            view.setHeight(height);
            paint();
            fitCaption();
            requestLayout();
        }
    }

    /** Larger caption text for a projector, or the usual size again. */
    @Override
    public void setPresentation(boolean on) {
        double next = on ? PRESENTATION_SCALE : 1;
        if (next != scale) {
            scale = next;
            fitCaption();
        }
    }

    @Override
    public boolean isPresentation() {
        return scale != 1;
    }

    private void fitCaption() {
        if (map == null) {
            return;
        }
        Caption fitted = Caption.fit(channel + 1, map.min(channel), map.max(channel), view.getWidth(),
                FONT_SIZE * scale, SMALLEST_FONT_SIZE);
        caption.setFont(fitted.font());
        caption.setText(fitted.text());
    }

    private void paint() {
        GraphicsContext gc = view.getGraphicsContext2D();
        gc.clearRect(0, 0, view.getWidth(), view.getHeight());
        if (image != null) {
            gc.setImageSmoothing(false);
            gc.drawImage(image, 0, 0, view.getWidth(), view.getHeight());
        }
    }

    /** The channel at one pixel per value. */
    Image image() {
        return image;
    }

    String caption() {
        return caption.getText();
    }

    /** The picture's place within this tile. */
    Canvas view() {
        return view;
    }

    @Override
    protected void layoutChildren() {
        view.relocate(0, 0);
        caption.resizeRelocate(0, view.getHeight(), view.getWidth(), CAPTION);
    }

    @Override
    protected double computePrefWidth(double height) {
        return view.getWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return view.getHeight() + CAPTION;
    }

    private String readout(double x, double y) {
        if (map == null || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return "";
        }
        int w = map.shape().width();
        int h = map.shape().height();
        int col = Math.min(w - 1, Math.max(0, (int) (x / view.getWidth() * w)));
        int row = Math.min(h - 1, Math.max(0, (int) (y / view.getHeight() * h)));
        return "Channel " + (channel + 1) + ", row " + (row + 1) + ", column " + (col + 1) + ": "
                + format(map.at(channel, row, col));
    }

    /** Three significant digits, plain notation where it reads well: 0.0213, 0.5, 12.3. */
    static String format(double v) {
        return format(v, 3);
    }

    /** {@code digits} significant digits, plain notation where it reads well. */
    static String format(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        double magnitude = Math.abs(v);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }
}
