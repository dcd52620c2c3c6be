package workbench.app.latent;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import workbench.app.charts.Presentable;
import workbench.app.recon.Viridis;
import workbench.engine.Shape;

/**
 * The decoded manifold: a grid of codes over a rectangle of the latent plane, each decoded and
 * drawn as a tile where its code lies, with the plane's axes around it. For a 2-D VAE this is the
 * classic figure in which digits morph smoothly into each other across the plane.
 *
 * <p>The tiles are written into one image at the samples' own resolution and drawn enlarged
 * without smoothing in a single call, so a live update of hundreds of tiles costs one image
 * upload, not a node or a draw per tile. Tiles keep the samples' aspect ratio (square heat strips
 * for data that is not a picture, see {@link DecodedTiles}). Tile (r, c) is centred on the code
 * it decodes, so the axes run half a tile past the outermost codes. Call every method on the FX
 * thread.
 */
public final class ManifoldView extends Region implements Presentable {
    /** How much larger presenter mode draws the axes, their labels and the title. */
    public static final double PRESENTATION_SCALE = 1.25;

    private static final double COLOUR_BAR_WIDTH = 90;
    private static final double COLOUR_BAR_HEIGHT = 10;
    /** Tiles smaller than this (pixels) are drawn without seams between them. */
    private static final double MIN_TILE_FOR_SEAMS = 12;
    /**
     * The title (and a heat strip's colour bar) moves beside the tiles when the square grid leaves a
     * column at least this wide (drawing units) on its right: in a wide, low view, such as the
     * manifold's tab under the plots, the band a title takes above the grid is better spent on the grid.
     */
    static final double SIDE_COLUMN = 150;
    private static final double SIDE_GAP = 16;
    private static final double LINE_SPACING = 1.25;

    private final Canvas canvas = new Canvas();
    private final Legend noLegend = new Legend();
    private int[] pixels = new int[0];
    private WritableImage mosaic;
    private Shape shape;
    private int cols;
    private int rows;
    private float[] scale;
    /** The rectangle the tiles cover: the codes' range plus half a tile on every side. */
    private ViewRange extent;
    private String xLabel = "z1";
    private String yLabel = "z2";
    private String title = "";
    private String emptyMessage = "The decoded manifold appears here.";
    private PlotLayout layout;
    /** True when the layout on show has the title beside the tiles rather than above them. */
    private boolean titleBeside;
    /**
     * Screen pixels per drawing unit: the view is laid out and painted in drawing units, so
     * presenter mode enlarges text, ticks and frame at once (the tiles fill what is left).
     */
    private double zoom = 1;

    public ManifoldView() {
        setId("manifoldView");
        getChildren().add(canvas);
    }

    /**
     * Shows decoded tiles, row by row from the top ({@code decoded[r * cols + c]}), as
     * {@code LatentTools.manifold} returns them. The values are read now and not kept.
     *
     * @param codes where the corner tiles' codes lie: tile (0, 0) decodes (xMin, yMax), tile
     *              (rows - 1, cols - 1) decodes (xMax, yMin)
     */
    public void show(float[][] decoded, Shape shape, int cols, int rows, ViewRange codes) {
        if (cols < 1 || rows < 1 || decoded.length != cols * rows) {
            throw new IllegalArgumentException(decoded.length + " decoded samples do not fill a grid of " + cols
                    + " x " + rows + "; pass one per tile, row by row");
        }
        this.shape = shape;
        this.cols = cols;
        this.rows = rows;
        this.scale = DecodedTiles.scale(decoded, shape);
        this.extent = extent(codes, cols, rows);
        int tileW = DecodedTiles.width(shape);
        int tileH = DecodedTiles.height(shape);
        int w = cols * tileW;
        int h = rows * tileH;
        if (pixels.length != w * h) {
            pixels = new int[w * h];
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                DecodedTiles.draw(decoded[r * cols + c], shape, scale, pixels, w, c * tileW, r * tileH);
            }
        }
        mosaic = DecodedTiles.write(pixels, w, h, mosaic);
        redraw();
    }

    /** Removes the tiles and says why there are none (e.g. "t-SNE has no inverse"). */
    public void clear(String why) {
        shape = null;
        mosaic = null;
        emptyMessage = why == null ? "" : why;
        redraw();
    }

    /** Axis captions: "z1", "z2" for a 2-D code, "PC1", "PC2" for the PCA plane. */
    public void setAxisLabels(String x, String y) {
        xLabel = x == null ? "" : x;
        yLabel = y == null ? "" : y;
        redraw();
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
        redraw();
    }

    /** Larger axes, labels and title for a projector, or the usual size again. */
    @Override
    public void setPresentation(boolean on) {
        double next = on ? PRESENTATION_SCALE : 1;
        if (next != zoom) {
            zoom = next;
            redraw();
        }
    }

    @Override
    public boolean isPresentation() {
        return zoom != 1;
    }

    /** The plot area the tiles fill, in this component's coordinates; null when cleared. */
    public Rectangle2D plotArea() {
        if (mosaic == null) {
            return null;
        }
        ensureLaidOut();
        Projection p = layout.projection();
        return new Rectangle2D(p.left() * zoom, p.top() * zoom, p.width() * zoom, p.height() * zoom);
    }

    /** True when the title is drawn beside the tiles (a wide view) rather than above them; for tests. */
    boolean titleBeside() {
        ensureLaidOut();
        return layout != null && titleBeside;
    }

    /** Where the rotated y-axis label's left edge is drawn, in this component's coordinates; for tests. */
    double yAxisLabelLeft() {
        ensureLaidOut();
        return layout.yAxisLabelLeft() * zoom;
    }

    /** True when tiles are on show. */
    public boolean hasTiles() {
        return mosaic != null;
    }

    /** The rectangle of the plane the tiles cover, or null when cleared. */
    public ViewRange extent() {
        return mosaic == null ? null : extent;
    }

    /** Where tile (row, col) is drawn, in this component's coordinates; null when cleared. */
    public Rectangle2D tileBounds(int row, int col) {
        if (mosaic == null) {
            return null;
        }
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("no tile at row " + row + ", column " + col + " of a " + cols + " x "
                    + rows + " grid");
        }
        ensureLaidOut();
        Projection p = layout.projection();
        double tw = p.width() / cols * zoom;
        double th = p.height() / rows * zoom;
        return new Rectangle2D(p.left() * zoom + col * tw, p.top() * zoom + row * th, tw, th);
    }

    /** The view as an image at its current size, for export. */
    public WritableImage snapshotImage() {
        ensureLaidOut();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(ScatterStyle.BACKGROUND);
        return canvas.snapshot(parameters, null);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth()));
        double h = Math.max(1, snapSizeY(getHeight()));
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 520;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 160;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 140;
    }

    private void ensureLaidOut() {
        if (layout == null) {
            redraw();
        }
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.save();
        gc.scale(zoom, zoom);
        paint(gc, canvas.getWidth() / zoom, canvas.getHeight() / zoom);
        gc.restore();
    }

    /** Everything, in drawing units of a {@code w} x {@code h} view. */
    private void paint(GraphicsContext gc, double w, double h) {
        gc.setFill(ScatterStyle.BACKGROUND);
        gc.fillRect(0, 0, w, h);
        if (mosaic == null) {
            layout = null;
            gc.setFill(ScatterStyle.MUTED_TEXT);
            gc.setFont(ScatterStyle.AXIS_LABEL);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(emptyMessage, w / 2, h / 2, Math.max(1, w - 20));
            return;
        }
        boolean heat = !shape.isImage();
        layout = fittedLayout(w, h, heat);
        Projection p = layout.projection();
        AxesPainter.paintBackground(gc, layout, w, h);
        gc.setImageSmoothing(false);
        gc.drawImage(mosaic, p.left(), p.top(), p.width(), p.height());
        paintSeams(gc, p);
        if (titleBeside) {
            AxesPainter.paintFrame(gc, layout, xLabel, yLabel, "");
            double below = paintTitleBeside(gc, p, w);
            if (heat) {
                paintColourBar(gc, p.left() + p.width() + SIDE_GAP, below + COLOUR_BAR_HEIGHT);
            }
        } else {
            AxesPainter.paintFrame(gc, layout, xLabel, yLabel, title);
            if (heat) {
                paintColourBarAbove(gc, p);
            }
        }
    }

    /**
     * The layout for a {@code w} x {@code h} view: with the title beside the tiles when the grid
     * leaves a column for it (see {@link #SIDE_COLUMN}), above them otherwise.
     */
    private PlotLayout fittedLayout(double w, double h, boolean heat) {
        boolean hasTitle = !title.isEmpty() || heat;
        if (hasTitle) {
            PlotLayout beside = fittedLayout(w, h, heat, false);
            Projection p = beside.projection();
            if (w - (p.left() + p.width()) - PlotLayout.pad() >= SIDE_COLUMN + SIDE_GAP) {
                titleBeside = true;
                return beside;
            }
        }
        titleBeside = false;
        return fittedLayout(w, h, heat, hasTitle);
    }

    /**
     * The layout with the plot area shrunk to the mosaic's aspect ratio, so tiles keep the
     * samples' shape, and centred in the view. Computed twice: the first pass fixes the margins, the second the ticks for
     * the plot's real size (fewer labels fit on a narrower plot).
     */
    private PlotLayout fittedLayout(double w, double h, boolean heat, boolean hasTitle) {
        PlotLayout first = PlotLayout.compute(w, h, extent, hasTitle, !xLabel.isEmpty(), !yLabel.isEmpty(), noLegend);
        Projection p = first.projection();
        double tileAspect = heat ? 1 : (double) shape.width() / shape.height();
        double aspect = cols * tileAspect / rows;
        double plotW = Math.min(p.width(), p.height() * aspect);
        double plotH = plotW / aspect;
        PlotLayout second = PlotLayout.compute(w - (p.width() - plotW), h - (p.height() - plotH), extent,
                !xLabel.isEmpty(), !yLabel.isEmpty(), noLegend, first);
        Projection q = second.projection();
        // centred both ways; the axes' labels and the title follow the plot (see PlotLayout)
        double shift = Math.max(0, (p.width() - plotW) / 2);
        double drop = Math.max(0, (p.height() - plotH) / 2);
        Projection centred = new Projection(q.left() + shift, q.top() + drop, q.width(), q.height(), extent);
        return new PlotLayout(centred, second.xTicks(), second.xStep(), second.yTicks(), second.yStep(),
                second.legendLeft() + shift, second.legendTop() + drop, second.titleBand(), second.xLabelInTickRow());
    }

    /**
     * Thin white lines between tiles. Pictures with dark borders (digits) and heat strips both run
     * into their neighbours otherwise, and the eye can no longer tell where one sample ends; tiles
     * too small to spare a pixel go without.
     */
    private void paintSeams(GraphicsContext gc, Projection p) {
        double tw = p.width() / cols;
        double th = p.height() / rows;
        if (Math.min(tw, th) < MIN_TILE_FOR_SEAMS) {
            return;
        }
        gc.setStroke(ScatterStyle.BACKGROUND);
        gc.setLineWidth(1);
        for (int c = 1; c < cols; c++) {
            double x = Math.round(p.left() + c * tw) + 0.5;
            gc.strokeLine(x, p.top(), x, p.top() + p.height());
        }
        for (int r = 1; r < rows; r++) {
            double y = Math.round(p.top() + r * th) + 0.5;
            gc.strokeLine(p.left(), y, p.left() + p.width(), y);
        }
    }

    /**
     * The title in the column right of the tiles, top-aligned with them and wrapped to the column;
     * returns where its last line ends.
     */
    private double paintTitleBeside(GraphicsContext gc, Projection p, double w) {
        double left = p.left() + p.width() + SIDE_GAP;
        double y = p.top();
        if (title.isEmpty()) {
            return y;
        }
        gc.setFont(ScatterStyle.TITLE);
        gc.setFill(ScatterStyle.TEXT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double lineHeight = ScatterStyle.TITLE.getSize() * LINE_SPACING;
        for (String line : WrappedText.lines(title, ScatterStyle.TITLE, w - left - PlotLayout.pad())) {
            gc.fillText(line, left, y);
            y += lineHeight;
        }
        return y;
    }

    /** Which colour is which value, for heat strips: at the top right, above the plot. */
    private void paintColourBarAbove(GraphicsContext gc, Projection p) {
        String[] ends = colourBarEnds();
        double width = ScatterStyle.textWidth(ends[0], ScatterStyle.TICK_LABEL) + 6 + COLOUR_BAR_WIDTH + 6
                + ScatterStyle.textWidth(ends[1], ScatterStyle.TICK_LABEL);
        paintColourBar(gc, p.left() + p.width() - width, p.top() - COLOUR_BAR_HEIGHT / 2 - 8);
    }

    /** The colour bar's lowest and highest values, as its labels read. */
    private String[] colourBarEnds() {
        return new String[] {NiceTicks.format(scale[0], (scale[1] - scale[0]) / 100),
                NiceTicks.format(scale[1], (scale[1] - scale[0]) / 100)};
    }

    /** "lo [colours] hi", from {@code left}, centred on {@code centreY}. */
    private void paintColourBar(GraphicsContext gc, double left, double centreY) {
        String[] ends = colourBarEnds();
        gc.setFont(ScatterStyle.TICK_LABEL);
        gc.setFill(ScatterStyle.TEXT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(ends[0], left, centreY);
        double barLeft = left + ScatterStyle.textWidth(ends[0], ScatterStyle.TICK_LABEL) + 6;
        gc.fillText(ends[1], barLeft + COLOUR_BAR_WIDTH + 6, centreY);
        double y = centreY - COLOUR_BAR_HEIGHT / 2;
        for (int i = 0; i < COLOUR_BAR_WIDTH; i++) {
            int argb = Viridis.argb(i / (COLOUR_BAR_WIDTH - 1));
            gc.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
            gc.fillRect(barLeft + i, y, 1, COLOUR_BAR_HEIGHT);
        }
    }

    /**
     * The codes' rectangle widened by half a tile each way, so each tile is centred on its code;
     * a single tile (whose code is the middle) covers the rectangle as it is.
     */
    static ViewRange extent(ViewRange codes, int cols, int rows) {
        double halfW = cols > 1 ? codes.width() / (cols - 1) / 2 : 0;
        double halfH = rows > 1 ? codes.height() / (rows - 1) / 2 : 0;
        return new ViewRange(codes.xMin() - halfW, codes.xMax() + halfW, codes.yMin() - halfH, codes.yMax() + halfH);
    }
}
