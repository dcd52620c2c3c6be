package workbench.app.latent;

import workbench.app.charts.Presentable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The latent space: every test sample's code as a dot coloured by class, so a reader sees whether
 * the autoencoder, which never saw a label, still put the classes apart. Hovering shows the
 * sample behind a dot; clicking empty space asks the owner to decode that spot.
 *
 * <p>Drawn on a {@link Canvas}, not a chart with a node per point: 10,000 nodes take seconds to
 * lay out, while the dots here are stamped into one image (see {@link DotRaster}) and the whole
 * plot redraws in a few milliseconds, fast enough to follow training live. A second canvas on top
 * holds only the hover ring and the clicked cross, so moving the mouse never repaints the points.
 *
 * <p>The view stays put while the points move a little (a rescale every epoch would make clusters
 * jump); it refits when points leave it by a lot or shrink into a corner. Scroll zooms about the
 * cursor and dragging pans; after either, the view stays where the user put it until
 * {@link #resetView()} or a double click. All methods must be called on the FX thread.
 */
public class LatentScatter extends Region implements Presentable {

    private static final double DRAG_THRESHOLD = 3;
    /** Zoom per scroll unit: one wheel notch (40 units) zooms by about 10%. */
    private static final double ZOOM_PER_UNIT = 0.0025;
    /** How much larger presenter mode draws everything: text, dots, lines and legend. */
    public static final double PRESENTATION_SCALE = 1.25;

    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final HoverCard card = new HoverCard();
    private final DotRaster raster = new DotRaster();
    private final Legend legend = new Legend();
    private final NearestPointIndex index = new NearestPointIndex(ScatterStyle.HOVER_RADIUS);
    private final ObservableSet<Integer> hiddenClasses = FXCollections.observableSet(new TreeSet<>());

    private PointCloud points = PointCloud.EMPTY;
    private ViewRange view = ViewRange.DEFAULT;
    /** True once the user zoomed or panned: automatic refits then leave the view alone. */
    private boolean userView;
    /** True once the view was fitted to real points (the first points always get a fit). */
    private boolean fittedOnce;
    private PlotLayout layout;
    private String xLabel = "";
    private String yLabel = "";
    private String title = "";
    /**
     * Screen pixels per drawing unit. The plot is laid out and painted in drawing units, so a
     * presentation scale enlarges all of it at once; mouse positions are divided by it on the way in.
     */
    private double zoom = 1;

    private IntConsumer onHoverPoint;
    private BiConsumer<Double, Double> onPlotClicked;
    private IntFunction<Image> sampleRenderer;

    private boolean dirty = true;
    private boolean indexDirty = true;
    private long lastRedrawNanos;
    private int hovered = -1;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private Point2D marker;
    private double pressX;
    private double pressY;
    private ViewRange pressView;
    /** A drag is moving the view right now. */
    private boolean panning;
    /** The mouse moved the view since the last press, so the coming click event is not a click. */
    private boolean panned;

    public LatentScatter() {
        overlay.setMouseTransparent(true);
        getChildren().addAll(base, overlay, card);
        hiddenClasses.addListener((SetChangeListener<Integer>) change -> {
            indexDirty = true;
            invalidate();
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX() / zoom, e.getY() / zoom));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            mouseY = Double.NaN;
            setHovered(-1);
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    // ---- data and captions ----

    /**
     * Shows these points, replacing the previous ones. The arrays are copied, so the caller may
     * refill them for the next epoch.
     *
     * @param labels     class of each point, -1 (or any negative) for none; null when nothing is labelled
     * @param classNames names by class number; classes beyond the list are called "class N"; may be null
     */
    public void setPoints(float[] x, float[] y, int[] labels, List<String> classNames) {
        points = PointCloud.of(x, y, labels, classNames);
        legend.setClasses(points);
        if (!userView && !points.isEmpty()
                && (!fittedOnce || !view.stillShows(points.minX, points.maxX, points.minY, points.maxY))) {
            view = fitted();
        }
        indexDirty = true;
        invalidate();
    }

    /** Where point {@code index} is drawn, in data coordinates. */
    public Point2D point(int index) {
        return new Point2D(points.x[index], points.y[index]);
    }

    /** Axis captions, e.g. "z1" and "z2", or "PC1 of the 32-D code"; null or empty for none. */
    public void setAxisLabels(String x, String y) {
        xLabel = x == null ? "" : x;
        yLabel = y == null ? "" : y;
        indexDirty = true;
        invalidate();
    }

    /** Caption above the plot, e.g. "PCA projection of the 32-D code"; null or empty for none. */
    public void setTitle(String title) {
        this.title = title == null ? "" : title;
        indexDirty = true;
        invalidate();
    }

    /**
     * Classes whose points are not drawn (and cannot be hovered); -1 stands for the unlabelled
     * points. The legend toggles membership; the owner may change it too.
     */
    public ObservableSet<Integer> hiddenClasses() {
        return hiddenClasses;
    }

    // ---- callbacks ----

    /** Called with the index of the point under the cursor whenever it changes, -1 for none. */
    public void setOnHoverPoint(IntConsumer listener) {
        onHoverPoint = listener;
    }

    /** Called with the data coordinates (x, y) of a click in the plot area. */
    public void setOnPlotClicked(BiConsumer<Double, Double> listener) {
        onPlotClicked = listener;
    }

    /** Draws sample {@code i} for the hover card; null (or a null image) shows its label only. */
    public void setSampleRenderer(IntFunction<Image> renderer) {
        sampleRenderer = renderer;
        showCard();
    }

    /** Draws everything larger for a projector (fewer ticks, the same points), or at the usual size again. */
    public void setPresentation(boolean on) {
        zoom = on ? PRESENTATION_SCALE : 1;
        indexDirty = true;
        invalidate();
    }

    public boolean isPresentation() {
        return zoom != 1;
    }

    // ---- view ----

    /** Fits the view to the points again (with a 5% margin) and lets it follow them from now on. */
    public void resetView() {
        userView = false;
        fittedOnce = false;
        view = points.isEmpty() ? ViewRange.DEFAULT : fitted();
        indexDirty = true;
        invalidate();
    }

    /** The rectangle of data space on screen. */
    public ViewRange viewRange() {
        return view;
    }

    /** Shows exactly this rectangle of data space, kept until {@link #resetView()}. */
    public void setViewRange(ViewRange range) {
        view = Objects.requireNonNull(range);
        userView = true;
        indexDirty = true;
        invalidate();
    }

    /** The plot area (inside the axes) in this component's coordinates, as of the last redraw. */
    public Rectangle2D plotArea() {
        ensureDrawn();
        Projection p = layout.projection();
        return new Rectangle2D(p.left() * zoom, p.top() * zoom, p.width() * zoom, p.height() * zoom);
    }

    /** Where the data point (x, y) is drawn, in this component's coordinates. */
    public Point2D dataToLocal(double x, double y) {
        ensureDrawn();
        Projection p = layout.projection();
        return new Point2D(p.toX(x) * zoom, p.toY(y) * zoom);
    }

    /** The data coordinates under the local point (x, y) of this component. */
    public Point2D localToData(double x, double y) {
        ensureDrawn();
        Projection p = layout.projection();
        return new Point2D(p.fromX(x / zoom), p.fromY(y / zoom));
    }

    /** Index of the point under the cursor, -1 for none. */
    public int hoveredPoint() {
        return hovered;
    }

    /** Where the legend row of class {@code cls} is (local coordinates), or null; for tests. */
    Rectangle2D legendEntryBounds(int cls) {
        ensureDrawn();
        Rectangle2D b = legend.bounds(cls);
        return b == null ? null : new Rectangle2D(b.getMinX() * zoom, b.getMinY() * zoom, b.getWidth() * zoom,
                b.getHeight() * zoom);
    }

    /** Whether the hover card is on screen; for tests. */
    boolean hoverCardShown() {
        return card.isVisible();
    }

    /** Removes the cross drawn at the last clicked point. */
    public void clearClickMarker() {
        marker = null;
        paintOverlay();
    }

    // ---- drawing ----

    /** Nanoseconds the last full redraw took: layout, grid, points, axes and legend. */
    public long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    /**
     * The plot as an image for export (PNG via SwingFXUtils), without the hover card and markers,
     * at the component's current size.
     */
    public WritableImage snapshotImage() {
        ensureDrawn();
        boolean cardShown = card.isVisible();
        card.setVisible(false);
        overlay.setVisible(false);
        try {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(ScatterStyle.BACKGROUND);
            return snapshot(parameters, null);
        } finally {
            overlay.setVisible(true);
            card.setVisible(cardShown);
        }
    }

    /** Redraws everything now, at the current size. Changes otherwise redraw at the next layout pass. */
    public void redraw() {
        long start = System.nanoTime();
        double w = base.getWidth() / zoom;
        double h = base.getHeight() / zoom;
        layout = PlotLayout.compute(w, h, view, !title.isEmpty(), !xLabel.isEmpty(), !yLabel.isEmpty(), legend);
        Projection p = layout.projection();
        legend.place(layout.legendLeft(), layout.legendTop());
        GraphicsContext gc = base.getGraphicsContext2D();
        gc.save();
        gc.scale(zoom, zoom);
        AxesPainter.paintBackground(gc, layout, w, h);
        WritableImage dots = raster.paint(points, p, hiddenClasses, renderScale() * zoom);
        gc.drawImage(dots, p.left(), p.top(), p.width(), p.height());
        AxesPainter.paintFrame(gc, layout, xLabel, yLabel, title);
        legend.paint(gc, hiddenClasses);
        gc.restore();
        dirty = false;
        lastRedrawNanos = System.nanoTime() - start;
        indexDirty = true;
        paintOverlay();
        if (!Double.isNaN(mouseX)) {
            hoverAt(mouseX, mouseY);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth()));
        double h = Math.max(1, snapSizeY(getHeight()));
        if (w != base.getWidth() || h != base.getHeight()) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 720;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 520;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 150;
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    private void ensureDrawn() {
        if (dirty || layout == null) {
            redraw();
        }
    }

    private ViewRange fitted() {
        fittedOnce = true;
        return ViewRange.fit(points.minX, points.maxX, points.minY, points.maxY);
    }

    /** Device pixels per layout pixel, so dots stay sharp on high-density screens. */
    private double renderScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        double scale = window == null ? 1 : window.getRenderScaleX();
        return scale > 0 ? scale : 1;
    }

    /** The hover ring and the clicked cross, on their own canvas so hovering never repaints the dots. */
    private void paintOverlay() {
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (layout == null) {
            return;
        }
        Projection p = layout.projection();
        gc.save();
        gc.scale(zoom, zoom);
        gc.beginPath();
        gc.rect(p.left(), p.top(), p.width(), p.height());
        gc.clip();
        if (hovered >= 0 && hovered < points.size()) {
            double x = p.toX(points.x[hovered]);
            double y = p.toY(points.y[hovered]);
            gc.setStroke(ScatterStyle.MARKER);
            gc.setLineWidth(1.5);
            gc.strokeOval(x - 5, y - 5, 10, 10);
        }
        if (marker != null) {
            double x = p.toX(marker.getX());
            double y = p.toY(marker.getY());
            double arm = 7;
            gc.setLineWidth(4);
            gc.setStroke(ScatterStyle.BACKGROUND);
            gc.strokeLine(x - arm, y, x + arm, y);
            gc.strokeLine(x, y - arm, x, y + arm);
            gc.setLineWidth(2);
            gc.setStroke(ScatterStyle.MARKER);
            gc.strokeLine(x - arm, y, x + arm, y);
            gc.strokeLine(x, y - arm, x, y + arm);
        }
        gc.restore();
    }

    // ---- mouse ----

    private void hoverAt(double x, double y) {
        mouseX = x;
        mouseY = y;
        if (panning || layout == null) {
            return;
        }
        if (indexDirty) {
            index.build(points, layout.projection(), hiddenClasses);
            indexDirty = false;
        }
        int found = index.nearest(x, y, ScatterStyle.HOVER_RADIUS);
        setCursor(legend.hit(x, y).isPresent() ? Cursor.HAND
                : layout.projection().contains(x, y) ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        setHovered(found);
        if (found >= 0) {
            card.follow(x * zoom, y * zoom, getWidth(), getHeight());
        }
    }

    private void setHovered(int i) {
        if (i == hovered) {
            return;
        }
        hovered = i;
        showCard();
        paintOverlay();
        if (onHoverPoint != null) {
            onHoverPoint.accept(i);
        }
    }

    /** Fills the hover card for the hovered point, or hides it when there is none. */
    private void showCard() {
        if (hovered < 0 || Double.isNaN(mouseX)) {
            card.hide();
            return;
        }
        Image image = sampleRenderer == null ? null : sampleRenderer.apply(hovered);
        card.show(image, points.labelText(hovered) + "  #" + hovered);
        card.follow(mouseX * zoom, mouseY * zoom, getWidth(), getHeight());
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX() / zoom;
        pressY = e.getY() / zoom;
        pressView = view;
        panned = false;
    }

    private void dragged(MouseEvent e) {
        if (layout == null || pressView == null || !e.isPrimaryButtonDown()
                || !layout.projection().contains(pressX, pressY)) {
            return;
        }
        double dx = e.getX() / zoom - pressX;
        double dy = e.getY() / zoom - pressY;
        if (!panning && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!panning) {
            panning = true;
            panned = true;
            setHovered(-1);
        }
        Projection p = layout.projection();
        view = pressView.shift(-dx / p.width() * pressView.width(), dy / p.height() * pressView.height());
        userView = true;
        redraw();
    }

    private void released(MouseEvent e) {
        panning = false;
    }

    private void clicked(MouseEvent e) {
        if (panned || layout == null || e.getButton() != MouseButton.PRIMARY) {
            return; // the end of a pan is not a click
        }
        double ex = e.getX() / zoom;
        double ey = e.getY() / zoom;
        OptionalInt cls = legend.hit(ex, ey);
        if (cls.isPresent()) {
            if (!hiddenClasses.remove(cls.getAsInt())) {
                hiddenClasses.add(cls.getAsInt());
            }
            return;
        }
        Projection p = layout.projection();
        if (!p.contains(ex, ey)) {
            return;
        }
        if (e.getClickCount() == 2) {
            resetView();
            return;
        }
        double x = p.fromX(ex);
        double y = p.fromY(ey);
        marker = new Point2D(x, y);
        paintOverlay();
        if (onPlotClicked != null) {
            onPlotClicked.accept(x, y);
        }
    }

    private void scrolled(ScrollEvent e) {
        double ex = e.getX() / zoom;
        double ey = e.getY() / zoom;
        if (layout == null || e.getDeltaY() == 0 || !layout.projection().contains(ex, ey)) {
            return;
        }
        Projection p = layout.projection();
        double factor = Math.exp(-e.getDeltaY() * ZOOM_PER_UNIT);
        view = view.zoom(factor, p.fromX(ex), p.fromY(ey));
        userView = true;
        indexDirty = true;
        redraw();
        e.consume();
    }
}
