package workbench.app.recon;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.ejml.data.FMatrixRMaj;
import workbench.app.charts.Presentable;
import workbench.engine.Shape;
import workbench.io.plot.Palette;

/**
 * Originals above their reconstructions for a fixed set of test samples (typically 16), so a reader
 * judges the autoencoder by eye as training goes on.
 *
 * <p>Pictures (grey or RGB, channel-major, values clamped to [0, 1]) fill their cells with
 * nearest-neighbour enlargement; from 3x up the scale is a whole number, so every sample pixel is an
 * exact square. Rows, top to bottom: {@value #ORIGINAL_ROW}, {@value #CORRUPTED_ROW} (denoising
 * models only), {@value #RECONSTRUCTION_ROW}, on request a comparison row (another method's
 * reconstructions of the same inputs, see {@link #setComparison}), and on request {@value #ERROR_ROW}:
 * |original - reconstruction| per pixel (averaged over colour channels) in viridis, on one scale
 * 0..max shared by all samples and shown by a colour bar.
 *
 * <p>Samples that are not pictures (tabular rows, or other channel counts) are drawn as paired bars
 * per feature, original against reconstruction, on one value scale: small multiples of all samples,
 * or one sample large with feature names ({@link #setSelectedSample}; clicking a sample enlarges
 * it, clicking again returns to all).
 *
 * <p>Call every method on the FX application thread.
 */
public final class ReconstructionGrid extends Region implements Presentable {

    public static final String ORIGINAL_ROW = "original";
    public static final String CORRUPTED_ROW = "corrupted input";
    public static final String RECONSTRUCTION_ROW = "reconstruction";
    public static final String ERROR_ROW = "absolute error";

    static final Font LABEL_FONT = Font.font(Font.getDefault().getFamily(), 15);
    static final Font TITLE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 15);
    static final Font SMALL_FONT = Font.font(Font.getDefault().getFamily(), 13);
    static final Color TEXT = Color.web("#222222");
    static final Color MUTED_TEXT = Color.web("#666666");
    static final Color ORIGINAL_COLOUR = fx(Palette.color(0));
    static final Color RECONSTRUCTION_COLOUR = fx(Palette.color(1));
    static final Color CORRUPTED_COLOUR = Color.web("#9A9A9A");
    static final Color COMPARISON_COLOUR = fx(Palette.color(3));
    private static final Color PANEL_FRAME = Color.web("#D0D0D0");
    private static final Color GRID_LINE = Color.web("#EBEBEB");
    private static final Color ZERO_LINE = Color.web("#777777");
    private static final int CELL_FRAME = 0xFFBDBDBD;

    private static final int PAD = 10;
    private static final int GAP = 6;
    private static final int ROW_GAP = 8;
    private static final int HEADER = 24;
    private static final int COLOUR_BAR_BLOCK = 44;
    private static final int LEGEND = 28;
    /** Text size in presenter mode, relative to the usual; the pictures grow with the space they get. */
    public static final double PRESENTATION_SCALE = 1.4;

    private final Canvas canvas = new Canvas();
    private WritableImage screenPixels;

    private FMatrixRMaj originals;
    private FMatrixRMaj reconstructions;
    private FMatrixRMaj corrupted;
    private FMatrixRMaj comparison;
    private String comparisonLabel = "";
    private String reconstructionLabel = RECONSTRUCTION_ROW;
    private Shape shape;
    private List<String> sampleLabels = List.of();
    private List<String> featureNames = List.of();
    private boolean showError;
    private int selected = -1;
    /** Bar view, all samples: where each sample's panel was drawn on screen, for clicks. */
    private List<Rectangle2D> panelHits = List.of();
    private double textScale = 1;
    private final Map<Font, Font> scaledFonts = new HashMap<>();

    public ReconstructionGrid() {
        getChildren().add(canvas);
        getStyleClass().add("reconstruction-grid");
        canvas.setOnMouseClicked(e -> {
            if (originals == null || !isBarView()) {
                return;
            }
            if (selected >= 0) {
                setSelectedSample(-1);
                return;
            }
            for (int i = 0; i < panelHits.size(); i++) {
                if (panelHits.get(i).contains(e.getX(), e.getY())) {
                    setSelectedSample(i);
                    return;
                }
            }
        });
    }

    // ----------------------------------------------------------------------------------------
    // API

    /**
     * Shows samples and their reconstructions. The matrices hold one sample per row (the same rows
     * in each) and are copied, so the caller may reuse them.
     *
     * @param corruptedOrNull the noisy inputs a denoising model saw; null for other models
     * @param sampleLabels    a caption per sample (e.g. its class), or null for none
     */
    public void show(FMatrixRMaj originals, FMatrixRMaj reconstructions, FMatrixRMaj corruptedOrNull, Shape shape,
            List<String> sampleLabels) {
        Objects.requireNonNull(originals, "originals");
        Objects.requireNonNull(reconstructions, "reconstructions");
        Objects.requireNonNull(shape, "shape");
        if (originals.numRows < 1) {
            throw new IllegalArgumentException("no samples to show; pass at least one row");
        }
        if (originals.numCols != shape.size()) {
            throw new IllegalArgumentException("samples have " + originals.numCols + " values but the shape "
                    + shape + " holds " + shape.size() + "; pass samples of that shape");
        }
        checkSameSize("reconstructions", reconstructions, originals);
        if (corruptedOrNull != null) {
            checkSameSize("corrupted inputs", corruptedOrNull, originals);
        }
        if (sampleLabels != null && sampleLabels.size() != originals.numRows) {
            throw new IllegalArgumentException(originals.numRows + " samples but " + sampleLabels.size()
                    + " sample labels; pass one label per sample or null");
        }
        this.originals = originals.copy();
        this.reconstructions = reconstructions.copy();
        this.corrupted = corruptedOrNull == null ? null : corruptedOrNull.copy();
        this.shape = shape;
        this.sampleLabels = sampleLabels == null ? List.of() : List.copyOf(sampleLabels);
        if (comparison != null && (comparison.numRows != originals.numRows || comparison.numCols != originals.numCols)) {
            comparison = null; // it belonged to other samples
        }
        if (selected >= originals.numRows) {
            selected = -1;
        }
        requestLayout();
        redraw();
    }

    /** Shows nothing, until the next {@link #show}: the samples on show belonged to another model or dataset. */
    public void clear() {
        originals = null;
        reconstructions = null;
        corrupted = null;
        comparison = null;
        comparisonLabel = "";
        shape = null;
        sampleLabels = List.of();
        selected = -1;
        panelHits = List.of();
        requestLayout();
        redraw();
    }

    /** True while samples are on show. */
    public boolean hasSamples() {
        return originals != null;
    }

    /** How many samples are on show (0 when none). */
    public int sampleCount() {
        return originals == null ? 0 : originals.numRows;
    }

    /** The shape of the samples on show, or null. */
    public Shape shownShape() {
        return shape;
    }

    /**
     * Adds a row of another method's reconstructions of the same samples under the model's, such as
     * PCA's, to judge the two side by side; in the bar view, a third bar per feature. The rows must
     * match the samples last shown, one per sample in the same order; they are copied. A later
     * {@link #show} with other dimensions drops them.
     *
     * @param label what the row is called, e.g. "PCA, 32 components"
     * @param rows  the comparison's reconstructions, or null to remove the row
     */
    public void setComparison(String label, FMatrixRMaj rows) {
        if (rows != null) {
            Objects.requireNonNull(label, "label");
            if (originals == null) {
                throw new IllegalStateException("show the samples before their comparison row");
            }
            checkSameSize(label, rows, originals);
        }
        comparison = rows == null ? null : rows.copy();
        comparisonLabel = rows == null ? "" : label;
        requestLayout();
        redraw();
    }

    /** What the model's reconstruction row is called: {@value #RECONSTRUCTION_ROW} unless set (null restores it). */
    public void setReconstructionLabel(String label) {
        reconstructionLabel = label == null ? RECONSTRUCTION_ROW : label;
        redraw();
    }

    /** Adds or removes the absolute-error heat-map row (pictures only). */
    public void setShowError(boolean show) {
        showError = show;
        requestLayout();
        redraw();
    }

    public boolean isShowError() {
        return showError;
    }

    /** Larger labels for a projector, or the usual size again. */
    public void setPresentation(boolean on) {
        textScale = on ? PRESENTATION_SCALE : 1;
        scaledFonts.clear();
        requestLayout();
        redraw();
    }

    public boolean isPresentation() {
        return textScale != 1;
    }

    /** Bar view: -1 shows all samples side by side, an index shows that sample large with feature names. */
    public void setSelectedSample(int index) {
        int n = originals == null ? Integer.MAX_VALUE : originals.numRows;
        if (index < -1 || index >= n) {
            throw new IllegalArgumentException("sample " + index + " does not exist; choose -1 (all) or 0.."
                    + (n - 1));
        }
        selected = index;
        redraw();
    }

    public int getSelectedSample() {
        return selected;
    }

    /** Names of the features for the bar view, in column order; null or a list of the wrong length for none. */
    public void setFeatureNames(List<String> names) {
        featureNames = names == null ? List.of() : List.copyOf(names);
        redraw();
    }

    /** True when the samples are drawn as bars rather than pictures. */
    public boolean isBarView() {
        return shape != null && !shape.isImage();
    }

    /** The picture rows shown, top to bottom; empty in the bar view or before {@link #show}. */
    public List<String> rowLabels() {
        return pictureRows().stream().map(this::label).toList();
    }

    /** What a picture row draws; its label may be chosen by the caller, so the label cannot tell. */
    private enum Row { ORIGINAL, CORRUPTED, RECONSTRUCTION, COMPARISON, ERROR }

    private List<Row> pictureRows() {
        if (originals == null || isBarView()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(5);
        rows.add(Row.ORIGINAL);
        if (corrupted != null) {
            rows.add(Row.CORRUPTED);
        }
        rows.add(Row.RECONSTRUCTION);
        if (comparison != null) {
            rows.add(Row.COMPARISON);
        }
        if (showError) {
            rows.add(Row.ERROR);
        }
        return rows;
    }

    private String label(Row row) {
        return switch (row) {
            case ORIGINAL -> ORIGINAL_ROW;
            case CORRUPTED -> CORRUPTED_ROW;
            case RECONSTRUCTION -> reconstructionLabel;
            case COMPARISON -> comparisonLabel;
            case ERROR -> ERROR_ROW;
        };
    }

    /**
     * Where sample {@code column} of picture row {@code row} (an index into {@link #rowLabels()}) is
     * drawn, in this region's coordinates at its current size; null in the bar view.
     */
    public Rectangle2D cellBounds(int row, int column) {
        if (originals == null || isBarView()) {
            return null;
        }
        return gridLayout((int) Math.ceil(getWidth()), (int) Math.ceil(getHeight())).cell(row, column);
    }

    /** The grid as an image at its current size (or its preferred size when not laid out yet), for export. */
    public Image snapshotImage() {
        int w = (int) Math.ceil(getWidth() > 0 ? getWidth() : prefWidth(-1));
        int h = (int) Math.ceil(getHeight() > 0 ? getHeight() : prefHeight(-1));
        return snapshotImage(w, h);
    }

    /** The grid drawn at the given size, independent of what is on screen. */
    public Image snapshotImage(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size " + width + " x " + height + " is not usable");
        }
        Canvas offscreen = new Canvas(width, height);
        render(offscreen.getGraphicsContext2D(), width, height, false);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return offscreen.snapshot(parameters, null);
    }

    // ----------------------------------------------------------------------------------------
    // Layout

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        if (originals == null) {
            return 640;
        }
        if (isBarView()) {
            return 960;
        }
        int n = originals.numRows;
        int cell = preferredCellWidth();
        return 2 * PAD + 150 + n * cell + (n - 1) * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (originals == null) {
            return 300;
        }
        if (isBarView()) {
            return 560;
        }
        int rows = rowLabels().size();
        int cellH = (int) Math.round((double) preferredCellWidth() * shape.height() / shape.width());
        return 2 * PAD + (sampleLabels.isEmpty() ? 0 : HEADER) + rows * cellH + (rows - 1) * ROW_GAP
                + (showError ? COLOUR_BAR_BLOCK : 0);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 80;
    }

    private int preferredCellWidth() {
        int s = Math.max(1, Math.min(4, 96 / shape.width()));
        return Math.max(32, shape.width() * s);
    }

    // ----------------------------------------------------------------------------------------
    // Drawing

    private void redraw() {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        if (w > 0 && h > 0) {
            render(canvas.getGraphicsContext2D(), w, h, true);
        }
    }

    private void render(GraphicsContext gc, int w, int h, boolean onScreen) {
        gc.setImageSmoothing(false);
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, h);
        if (onScreen) {
            panelHits = List.of();
        }
        if (originals == null) {
            text(gc, "No reconstructions yet: they appear after the first epoch.", w / 2.0, h / 2.0,
                    LABEL_FONT, MUTED_TEXT, TextAlignment.CENTER);
            return;
        }
        if (isBarView()) {
            List<Rectangle2D> hits = renderBars(gc, w, h);
            if (onScreen) {
                panelHits = hits;
            }
        } else {
            renderPictures(gc, w, h, onScreen);
        }
    }

    /** Geometry of the picture grid at one size. */
    private record Grid(List<Row> rows, List<String> labels, int labelX, int labelWidth, int x0, int y0, int cellW, int cellH,
            int columns) {
        int colStep() {
            return cellW + GAP;
        }

        int rowStep() {
            return cellH + ROW_GAP;
        }

        Rectangle2D cell(int row, int column) {
            if (row < 0 || row >= rows.size() || column < 0 || column >= columns) {
                throw new IndexOutOfBoundsException("no cell at row " + row + ", column " + column);
            }
            return new Rectangle2D(x0 + column * colStep(), y0 + row * rowStep(), cellW, cellH);
        }

        int bottom() {
            return y0 + rows.size() * rowStep() - ROW_GAP;
        }
    }

    private Grid gridLayout(int w, int h) {
        List<Row> rows = pictureRows();
        List<String> labels = rowLabels();
        int n = originals.numRows;
        int labelWidth = 0;
        for (String r : labels) {
            labelWidth = (int) Math.max(labelWidth, Math.ceil(textWidth(r, scaled(LABEL_FONT))));
        }
        labelWidth += 14;
        int header = sampleLabels.isEmpty() ? 0 : HEADER;
        int bar = showError ? COLOUR_BAR_BLOCK : 0;
        double availableW = (w - 2.0 * PAD - labelWidth - (n - 1) * GAP) / n;
        double availableH = (h - 2.0 * PAD - header - bar - (rows.size() - 1) * ROW_GAP) / rows.size();
        double scale = Math.min(availableW / shape.width(), availableH / shape.height());
        if (scale >= 3) {
            scale = Math.floor(scale); // whole-number enlargement: every sample pixel an exact square
        }
        int cellW = Math.max(1, (int) Math.floor(scale * shape.width()));
        int cellH = Math.max(1, (int) Math.floor(scale * shape.height()));
        int contentW = labelWidth + n * cellW + (n - 1) * GAP;
        int contentH = header + rows.size() * cellH + (rows.size() - 1) * ROW_GAP + bar;
        int left = PAD + Math.max(0, (w - 2 * PAD - contentW) / 2);
        int top = PAD + Math.max(0, (h - 2 * PAD - contentH) / 2);
        return new Grid(rows, labels, left, labelWidth, left + labelWidth, top + header, cellW, cellH, n);
    }

    private void renderPictures(GraphicsContext gc, int w, int h, boolean onScreen) {
        Grid grid = gridLayout(w, h);
        int n = grid.columns();
        PixelBuffer pixels = new PixelBuffer(w, h);
        pixels.fill(PixelBuffer.WHITE);

        float[][] errors = null;
        double maxError = 0;
        if (showError) {
            errors = absoluteErrors();
            for (float[] e : errors) {
                for (float v : e) {
                    if (v > maxError) {
                        maxError = v;
                    }
                }
            }
            double scale = maxError > 0 ? 1 / maxError : 0;
            for (float[] e : errors) {
                for (int i = 0; i < e.length; i++) {
                    e[i] = (float) (e[i] * scale);
                }
            }
        }

        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = grid.rows().get(r);
            for (int c = 0; c < n; c++) {
                Rectangle2D cell = grid.cell(r, c);
                int x = (int) cell.getMinX();
                int y = (int) cell.getMinY();
                pixels.frame(x, y, grid.cellW(), grid.cellH(), CELL_FRAME);
                switch (row) {
                    case ORIGINAL -> pixels.drawSample(originals.data, c, shape, x, y, grid.cellW(), grid.cellH());
                    case CORRUPTED -> pixels.drawSample(corrupted.data, c, shape, x, y, grid.cellW(), grid.cellH());
                    case RECONSTRUCTION ->
                            pixels.drawSample(reconstructions.data, c, shape, x, y, grid.cellW(), grid.cellH());
                    case COMPARISON -> pixels.drawSample(comparison.data, c, shape, x, y, grid.cellW(), grid.cellH());
                    case ERROR -> pixels.drawHeat(errors[c], shape.height(), shape.width(), x, y, grid.cellW(),
                            grid.cellH());
                }
            }
        }
        int barX = grid.x0();
        int barY = grid.bottom() + 12;
        int barW = Math.max(2, Math.min(260, n * grid.colStep() - GAP));
        if (showError) {
            pixels.drawColourBar(barX, barY, barW, 12);
            pixels.frame(barX, barY, barW, 12, CELL_FRAME);
        }

        WritableImage image = pixels.toImage(onScreen ? screenPixels : null);
        if (onScreen) {
            screenPixels = image;
        }
        gc.drawImage(image, 0, 0);

        for (int r = 0; r < grid.rows().size(); r++) {
            double cy = grid.y0() + r * grid.rowStep() + grid.cellH() / 2.0;
            text(gc, grid.labels().get(r), grid.labelX(), cy, LABEL_FONT, TEXT, TextAlignment.LEFT);
        }
        if (!sampleLabels.isEmpty()) {
            double cy = grid.y0() - HEADER / 2.0;
            for (int c = 0; c < n; c++) {
                double cx = grid.x0() + c * grid.colStep() + grid.cellW() / 2.0;
                String label = ellipsize(sampleLabels.get(c), scaled(LABEL_FONT), grid.cellW() + GAP - 2);
                text(gc, label, cx, cy, LABEL_FONT, TEXT, TextAlignment.CENTER);
            }
        }
        if (showError) {
            double ty = barY + 12 + 11;
            text(gc, "error scale", grid.labelX(), barY + 6, SMALL_FONT, MUTED_TEXT, TextAlignment.LEFT);
            text(gc, "0", barX, ty, SMALL_FONT, TEXT, TextAlignment.LEFT);
            text(gc, format(maxError), barX + barW, ty, SMALL_FONT, TEXT, TextAlignment.RIGHT);
        }
    }

    /** |original - reconstruction| per pixel, averaged over channels, one array per sample. */
    private float[][] absoluteErrors() {
        int n = originals.numRows;
        int plane = shape.height() * shape.width();
        int channels = shape.channels();
        int size = shape.size();
        float[][] out = new float[n][plane];
        for (int s = 0; s < n; s++) {
            int base = s * size;
            for (int p = 0; p < plane; p++) {
                float sum = 0;
                for (int ch = 0; ch < channels; ch++) {
                    int i = base + ch * plane + p;
                    sum += Math.abs(originals.data[i] - reconstructions.data[i]);
                }
                out[s][p] = sum / channels;
            }
        }
        return out;
    }

    /** Draws the bar view; returns each sample's panel bounds in the all-samples layout. */
    private List<Rectangle2D> renderBars(GraphicsContext gc, int w, int h) {
        double lo = 0;
        double hi = 0;
        for (FMatrixRMaj m : new FMatrixRMaj[] {originals, reconstructions, corrupted, comparison}) {
            if (m == null) {
                continue;
            }
            for (float v : m.data) {
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        drawLegend(gc, w, lo, hi);
        int top = PAD + LEGEND;
        if (selected >= 0) {
            String title = sampleTitle(selected);
            text(gc, title, PAD, top + 10, TITLE_FONT, TEXT, TextAlignment.LEFT);
            drawSingleSample(gc, PAD, top + 24, w - 2 * PAD, h - 2 * PAD - LEGEND - 24, selected, lo, hi);
            return List.of();
        }
        int n = originals.numRows;
        double areaW = w - 2.0 * PAD;
        double areaH = h - 2.0 * PAD - LEGEND;
        int bestCols = 1;
        double bestScore = Double.MAX_VALUE;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double pw = (areaW - (cols - 1) * GAP) / cols;
            double ph = (areaH - (rows - 1) * GAP) / rows;
            if (pw <= 0 || ph <= 0) {
                continue;
            }
            double score = Math.abs(Math.log(pw / ph / 1.8));
            if (score < bestScore) {
                bestScore = score;
                bestCols = cols;
            }
        }
        int cols = bestCols;
        int rows = (n + cols - 1) / cols;
        double pw = (areaW - (cols - 1) * GAP) / cols;
        double ph = (areaH - (rows - 1) * GAP) / rows;
        List<Rectangle2D> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = PAD + (i % cols) * (pw + GAP);
            double y = top + (i / cols) * (ph + GAP);
            Rectangle2D panel = new Rectangle2D(x, y, Math.max(1, pw), Math.max(1, ph));
            hits.add(panel);
            gc.setStroke(PANEL_FRAME);
            gc.setLineWidth(1);
            gc.strokeRect(Math.floor(x) + 0.5, Math.floor(y) + 0.5, Math.floor(pw) - 1, Math.floor(ph) - 1);
            text(gc, panelTitle(i, pw - 12), x + 6, y + 12, LABEL_FONT, TEXT, TextAlignment.LEFT);
            drawVerticalBars(gc, x + 6, y + 24, pw - 12, ph - 30, i, lo, hi);
        }
        return hits;
    }

    private void drawLegend(GraphicsContext gc, int w, double lo, double hi) {
        double x = PAD;
        double cy = PAD + 10;
        x = legendItem(gc, x, cy, ORIGINAL_COLOUR, ORIGINAL_ROW);
        if (corrupted != null) {
            x = legendItem(gc, x, cy, CORRUPTED_COLOUR, CORRUPTED_ROW);
        }
        x = legendItem(gc, x, cy, RECONSTRUCTION_COLOUR, reconstructionLabel);
        if (comparison != null) {
            legendItem(gc, x, cy, COMPARISON_COLOUR, comparisonLabel);
        }
        String hint = selected >= 0 ? "click to show all samples"
                : "one scale for all, " + format(lo) + " to " + format(hi) + "  \u00b7  click a sample to enlarge it";
        text(gc, hint, w - PAD, cy, SMALL_FONT, MUTED_TEXT, TextAlignment.RIGHT);
    }

    private double legendItem(GraphicsContext gc, double x, double cy, Color colour, String label) {
        gc.setFill(colour);
        gc.fillRect(x, cy - 7, 14, 14);
        text(gc, label, x + 20, cy, LABEL_FONT, TEXT, TextAlignment.LEFT);
        return x + 20 + textWidth(label, scaled(LABEL_FONT)) + 22;
    }

    /**
     * The panel's title in its width: "sample 3", or "#3" where that does not fit (large presenter text
     * in a narrow panel), or nothing: a cut word such as "sa..." tells nothing. Numbered titles
     * take one form for the whole strip, the one the longest number fits ("sample 9" beside "#10"
     * reads as two kinds of thing).
     */
    String panelTitle(int i, double width) {
        String full = sampleTitle(i);
        String longest = sampleLabels.isEmpty() && originals != null ? "sample " + originals.numRows : full;
        if (textWidth(longest, scaled(LABEL_FONT)) <= width && textWidth(full, scaled(LABEL_FONT)) <= width) {
            return full;
        }
        String number = "#" + (i + 1);
        return sampleLabels.isEmpty() && textWidth(number, scaled(LABEL_FONT)) <= width ? number : "";
    }

    private String sampleTitle(int i) {
        return sampleLabels.isEmpty() ? "sample " + (i + 1) : sampleLabels.get(i);
    }

    private List<FMatrixRMaj> barSeries() {
        List<FMatrixRMaj> out = new ArrayList<>(4);
        out.add(originals);
        if (corrupted != null) {
            out.add(corrupted);
        }
        out.add(reconstructions);
        if (comparison != null) {
            out.add(comparison);
        }
        return out;
    }

    private List<Color> barColours() {
        List<Color> out = new ArrayList<>(4);
        out.add(ORIGINAL_COLOUR);
        if (corrupted != null) {
            out.add(CORRUPTED_COLOUR);
        }
        out.add(RECONSTRUCTION_COLOUR);
        if (comparison != null) {
            out.add(COMPARISON_COLOUR);
        }
        return out;
    }

    /** Features left to right, bars rising from 0; thin lines instead when bars would be under 3 pixels. */
    private void drawVerticalBars(GraphicsContext gc, double x, double y, double w, double h, int sample,
            double lo, double hi) {
        if (w < 2 || h < 2) {
            return;
        }
        int features = shape.size();
        List<FMatrixRMaj> series = barSeries();
        List<Color> colours = barColours();
        double zeroY = y + h * (hi / (hi - lo));
        double group = w / features;
        if (group >= 3 * series.size() / 2.0) {
            double barW = group * 0.84 / series.size();
            for (int f = 0; f < features; f++) {
                for (int s = 0; s < series.size(); s++) {
                    double v = value(series.get(s), sample, f);
                    double vy = y + h * ((hi - v) / (hi - lo));
                    double bx = x + f * group + group * 0.08 + s * barW;
                    gc.setFill(colours.get(s));
                    gc.fillRect(bx, Math.min(vy, zeroY), Math.max(1, barW - 0.5), Math.abs(zeroY - vy));
                }
            }
        } else {
            gc.setLineWidth(1.5);
            double[] xs = new double[features];
            double[] ys = new double[features];
            for (int s = 0; s < series.size(); s++) {
                for (int f = 0; f < features; f++) {
                    xs[f] = x + (f + 0.5) * group;
                    ys[f] = y + h * ((hi - value(series.get(s), sample, f)) / (hi - lo));
                }
                gc.setStroke(colours.get(s));
                gc.strokePolyline(xs, ys, features);
            }
        }
        if (lo < 0) {
            gc.setStroke(ZERO_LINE);
            gc.setLineWidth(1);
            gc.strokeLine(x, Math.round(zeroY) + 0.5, x + w, Math.round(zeroY) + 0.5);
        }
    }

    /** One sample large: a row per feature with its name, bars running right from 0, a value axis below. */
    private void drawSingleSample(GraphicsContext gc, double x, double y, double w, double h, int sample,
            double lo, double hi) {
        int features = shape.size();
        double axisH = 24;
        double rowH = (h - axisH) / features;
        if (rowH < 8) {
            drawVerticalBars(gc, x, y, w, h - axisH, sample, lo, hi);
            return;
        }
        Font nameFont = rowH >= 18 ? LABEL_FONT : SMALL_FONT;
        double nameW = 0;
        for (int f = 0; f < features; f++) {
            nameW = Math.max(nameW, textWidth(featureName(f), scaled(nameFont)));
        }
        nameW = Math.min(nameW + 12, w * 0.4);
        double plotX = x + nameW;
        double plotW = w - nameW - 8;
        double zeroX = plotX + plotW * (-lo / (hi - lo));
        double[] ticks = niceTicks(lo, hi, Math.max(2, (int) (plotW / 90)));
        gc.setLineWidth(1);
        for (double t : ticks) {
            double tx = Math.round(plotX + plotW * ((t - lo) / (hi - lo))) + 0.5;
            gc.setStroke(GRID_LINE);
            gc.strokeLine(tx, y, tx, y + h - axisH);
            text(gc, format(t), tx, y + h - axisH + 12, SMALL_FONT, TEXT, TextAlignment.CENTER);
        }
        int every = (int) Math.ceil(14 / rowH);
        List<FMatrixRMaj> series = barSeries();
        List<Color> colours = barColours();
        double barH = rowH * 0.8 / series.size();
        for (int f = 0; f < features; f++) {
            double rowY = y + f * rowH;
            if (f % every == 0) {
                text(gc, ellipsize(featureName(f), scaled(nameFont), nameW - 12), plotX - 8, rowY + rowH / 2,
                        nameFont, TEXT, TextAlignment.RIGHT);
            }
            for (int s = 0; s < series.size(); s++) {
                double v = value(series.get(s), sample, f);
                double vx = plotX + plotW * ((v - lo) / (hi - lo));
                gc.setFill(colours.get(s));
                gc.fillRect(Math.min(vx, zeroX), rowY + rowH * 0.1 + s * barH, Math.abs(vx - zeroX),
                        Math.max(1, barH - 0.5));
            }
        }
        gc.setStroke(ZERO_LINE);
        gc.strokeLine(Math.round(zeroX) + 0.5, y, Math.round(zeroX) + 0.5, y + h - axisH);
    }

    private String featureName(int f) {
        return featureNames.size() == shape.size() ? featureNames.get(f) : "feature " + (f + 1);
    }

    private static double value(FMatrixRMaj m, int sample, int feature) {
        float v = m.data[sample * m.numCols + feature];
        return Float.isFinite(v) ? v : 0;
    }

    // ----------------------------------------------------------------------------------------
    // Helpers

    private static void checkSameSize(String what, FMatrixRMaj m, FMatrixRMaj originals) {
        if (m.numRows != originals.numRows || m.numCols != originals.numCols) {
            throw new IllegalArgumentException(what + " are " + m.numRows + " x " + m.numCols
                    + " but the originals are " + originals.numRows + " x " + originals.numCols
                    + "; pass the same samples in the same order");
        }
    }

    private static final Text MEASURE = new Text();

    static double textWidth(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    static String ellipsize(String s, Font font, double maxWidth) {
        if (textWidth(s, font) <= maxWidth) {
            return s;
        }
        for (int end = s.length() - 1; end > 0; end--) {
            String shorter = s.substring(0, end) + "\u2026";
            if (textWidth(shorter, font) <= maxWidth) {
                return shorter;
            }
        }
        return s.isEmpty() ? s : s.substring(0, 1);
    }

    private void text(GraphicsContext gc, String s, double x, double centreY, Font font, Color colour,
            TextAlignment align) {
        gc.setFont(scaled(font));
        gc.setFill(colour);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(s, x, centreY);
    }

    /** {@code font} at the text scale; every label goes through here, measured or drawn. */
    private Font scaled(Font font) {
        return textScale == 1 ? font : scaledFonts.computeIfAbsent(font, f -> Font.font(f.getFamily(),
                f.getStyle().toLowerCase(Locale.ROOT).contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL,
                f.getSize() * textScale));
    }

    /** Three significant digits, plain notation: 0.0213, 0.5, 12.3. */
    static String format(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        double magnitude = Math.abs(v);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }

    /** Tick values at 1, 2 or 5 times a power of ten, about {@code target} of them inside [lo, hi]. */
    static double[] niceTicks(double lo, double hi, int target) {
        double rough = (hi - lo) / Math.max(1, target);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * power;
            if (step >= rough) {
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
