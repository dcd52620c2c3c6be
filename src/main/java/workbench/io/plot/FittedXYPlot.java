package workbench.io.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.AxisEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose text is never cut, at whatever size it is drawn: each axis label is the
 * longest of its forms that fits along the data area (the full form stays the axis' label, its
 * tooltip, and what a large export shows), and each value marker's label is placed inside the data
 * area away from the data (see {@link MarkerLabel}) and drawn on top of it. Both are decided
 * while drawing, when the real data area is known.
 */
public class FittedXYPlot extends XYPlot {
    /** Room kept free at each end of an axis label. */
    private static final double LABEL_MARGIN = 4;
    /** A label whose shortest form is still too long is drawn smaller, down to this size. */
    private static final float SMALLEST_LABEL_FONT = 10f;

    private final Map<Axis, List<String>> labelForms = new IdentityHashMap<>();
    private final transient Map<Axis, String> drawnLabels = new IdentityHashMap<>();
    private final transient Map<Axis, Font> drawnFonts = new IdentityHashMap<>();
    private final transient List<ValueMarker> labelled = new ArrayList<>();
    private final transient List<Line2D> labelledLines = new ArrayList<>();
    private final transient List<Boolean> labelledVertical = new ArrayList<>();
    private final transient Map<String, Rectangle2D> placedLabels = new LinkedHashMap<>();
    private transient Rectangle2D lastDataArea;

    public FittedXYPlot(XYDataset dataset, ValueAxis domainAxis, ValueAxis rangeAxis, XYItemRenderer renderer) {
        super(dataset, domainAxis, rangeAxis, renderer);
    }

    /**
     * Gives {@code axis} its label in several forms, longest first; the first form becomes its
     * label, and the tooltip over the axis when a shorter one is drawn. Setting the axis' label directly later drops the shorter forms.
     */
    public void setAxisLabel(Axis axis, List<String> forms) {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("an axis label needs at least one form");
        }
        labelForms.put(axis, List.copyOf(forms));
        axis.setLabel(forms.get(0));
    }

    /** The label {@code axis} showed when last drawn, or null when it was not drawn. */
    public String drawnLabel(Axis axis) {
        return drawnLabels.get(axis);
    }

    /** The font of that label: the axis' own, or a smaller one when even its shortest form was too long. */
    public Font drawnLabelFont(Axis axis) {
        return drawnFonts.getOrDefault(axis, axis.getLabelFont());
    }

    /** Each marker label of the last drawing, by its text, and the box it was drawn in. */
    public Map<String, Rectangle2D> placedLabels() {
        return Map.copyOf(placedLabels);
    }

    /** The data area of the last drawing, or null before the first. */
    public Rectangle2D lastDataArea() {
        return lastDataArea == null ? null : (Rectangle2D) lastDataArea.clone();
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        labelled.clear();
        labelledLines.clear();
        labelledVertical.clear();
        placedLabels.clear();
        drawnLabels.clear();
        drawnFonts.clear();
        super.draw(g2, area, anchor, parentState, info);
    }

    @Override
    protected Map<Axis, AxisState> drawAxes(Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
            PlotRenderingInfo info) {
        lastDataArea = (Rectangle2D) dataArea.clone();
        Map<Axis, String> full = new IdentityHashMap<>();
        Map<Axis, Font> fonts = new IdentityHashMap<>();
        for (Axis axis : axes()) {
            String label = axis.getLabel();
            List<String> forms = labelForms.get(axis);
            if (label == null || forms == null || !forms.get(0).equals(label)) {
                drawnLabels.put(axis, label);
                continue;
            }
            double room = (isVertical(axis) ? dataArea.getHeight() : dataArea.getWidth()) - 2 * LABEL_MARGIN;
            Font font = axis.getLabelFont();
            String fitted = fit(forms, metrics(g2, font), room);
            Font smaller = font;
            while (metrics(g2, smaller).stringWidth(fitted) > room && smaller.getSize2D() > SMALLEST_LABEL_FONT) {
                smaller = smaller.deriveFont(Math.max(SMALLEST_LABEL_FONT, smaller.getSize2D() - 1));
            }
            drawnLabels.put(axis, fitted);
            if (!fitted.equals(label)) {
                full.put(axis, label);
                setQuietly(axis, a -> a.setLabel(fitted));
            }
            if (smaller != font) {
                drawnFonts.put(axis, smaller);
                fonts.put(axis, font);
                Font f = smaller;
                setQuietly(axis, a -> a.setLabelFont(f));
            }
        }
        try {
            return super.drawAxes(g2, plotArea, dataArea, info);
        } finally {
            full.forEach((axis, label) -> setQuietly(axis, a -> a.setLabel(label)));
            fonts.forEach((axis, font) -> setQuietly(axis, a -> a.setLabelFont(font)));
            full.forEach((axis, label) -> addToolTip(axis, label, plotArea, dataArea, info));
        }
    }

    /** The full label as the tooltip of the band between the plot's edge and the data, where the axis is. */
    private void addToolTip(Axis axis, String label, Rectangle2D plotArea, Rectangle2D dataArea,
            PlotRenderingInfo info) {
        EntityCollection entities = info == null || info.getOwner() == null ? null
                : info.getOwner().getEntityCollection();
        if (entities == null) {
            return;
        }
        Rectangle2D band;
        if (isVertical(axis)) {
            boolean left = axis == getRangeAxis() ? getRangeAxisEdge() == RectangleEdge.LEFT
                    : getDomainAxisEdge() == RectangleEdge.LEFT;
            band = left ? new Rectangle2D.Double(plotArea.getMinX(), dataArea.getMinY(),
                    dataArea.getMinX() - plotArea.getMinX(), dataArea.getHeight())
                    : new Rectangle2D.Double(dataArea.getMaxX(), dataArea.getMinY(),
                    plotArea.getMaxX() - dataArea.getMaxX(), dataArea.getHeight());
        } else {
            band = new Rectangle2D.Double(dataArea.getMinX(), dataArea.getMaxY(), dataArea.getWidth(),
                    plotArea.getMaxY() - dataArea.getMaxY());
        }
        entities.add(new AxisEntity(band, axis, label));
    }

    /**
     * Metrics of {@code font}, set on {@code g2} first: JavaFX's FXGraphics2D measures with the
     * font it draws with, whatever font it is asked about.
     */
    static FontMetrics metrics(Graphics2D g2, Font font) {
        g2.setFont(font);
        return g2.getFontMetrics(font);
    }

    /** The first form no wider than {@code room}, or the shortest when none is. */
    static String fit(List<String> forms, FontMetrics fm, double room) {
        for (String form : forms) {
            if (fm.stringWidth(form) <= room) {
                return form;
            }
        }
        return forms.get(forms.size() - 1);
    }

    @Override
    protected void drawDomainMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
        drawMarkers(g2, dataArea, index, getDomainMarkers(index, layer), true);
    }

    @Override
    protected void drawRangeMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
        drawMarkers(g2, dataArea, index, getRangeMarkers(index, layer), false);
    }

    /** Draws the markers' lines now and keeps their labels for {@link #drawAnnotations}, over the data. */
    private void drawMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Collection<Marker> markers,
            boolean domain) {
        XYItemRenderer renderer = getRenderer(index);
        ValueAxis axis = domain ? getDomainAxisForDataset(index) : getRangeAxisForDataset(index);
        if (renderer == null || axis == null || markers == null) {
            return;
        }
        for (Marker m : markers) {
            Marker drawn = m;
            if (m instanceof ValueMarker vm && vm.getLabel() != null && axis.getRange().contains(vm.getValue())) {
                drawn = new ValueMarker(vm.getValue(), vm.getPaint(), vm.getStroke(), vm.getOutlinePaint(),
                        vm.getOutlineStroke(), vm.getAlpha());
                RectangleEdge edge = domain ? getDomainAxisEdge() : getRangeAxisEdge();
                double at = axis.valueToJava2D(vm.getValue(), dataArea, edge);
                labelled.add(vm);
                labelledVertical.add(domain);
                labelledLines.add(domain ? new Line2D.Double(at, dataArea.getMinY(), at, dataArea.getMaxY())
                        : new Line2D.Double(dataArea.getMinX(), at, dataArea.getMaxX(), at));
            }
            if (domain) {
                renderer.drawDomainMarker(g2, this, axis, drawn, dataArea);
            } else {
                renderer.drawRangeMarker(g2, this, axis, drawn, dataArea);
            }
        }
    }

    @Override
    public void drawAnnotations(Graphics2D g2, Rectangle2D dataArea, PlotRenderingInfo info) {
        super.drawAnnotations(g2, dataArea, info);
        if (labelled.isEmpty()) {
            return;
        }
        DataFootprint data = DataFootprint.of(this, dataArea);
        List<Rectangle2D> taken = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            List<Line2D> others = new ArrayList<>(labelledLines);
            others.remove(i);
            MarkerLabel label = new MarkerLabel(labelled.get(i), labelledLines.get(i), labelledVertical.get(i));
            Rectangle2D box = label.draw(g2, dataArea, data, taken, others);
            taken.add(box);
            placedLabels.put(labelled.get(i).getLabel(), box);
        }
    }

    private List<Axis> axes() {
        List<Axis> out = new ArrayList<>();
        for (int i = 0; i < getDomainAxisCount(); i++) {
            if (getDomainAxis(i) != null) {
                out.add(getDomainAxis(i));
            }
        }
        for (int i = 0; i < getRangeAxisCount(); i++) {
            if (getRangeAxis(i) != null) {
                out.add(getRangeAxis(i));
            }
        }
        return out;
    }

    private boolean isVertical(Axis axis) {
        boolean range = false;
        for (int i = 0; i < getRangeAxisCount(); i++) {
            range |= getRangeAxis(i) == axis;
        }
        return RectangleEdge.isLeftOrRight(range ? getRangeAxisEdge() : getDomainAxisEdge());
    }

    /**
     * Changes a label for one drawing without telling the plot: a change event would ask for a
     * redraw, which would fit the label again, and so on forever.
     */
    private void setQuietly(Axis axis, Consumer<Axis> change) {
        boolean listening = axis.hasListener(this);
        if (listening) {
            axis.removeChangeListener(this);
        }
        change.accept(axis);
        if (listening) {
            axis.addChangeListener(this);
        }
    }
}
