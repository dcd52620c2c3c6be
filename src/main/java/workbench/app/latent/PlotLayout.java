package workbench.app.latent;

/**
 * Where everything goes for one size of the component: the plot area, the ticks on each axis and
 * the legend's column to the right. Computed in the order the parts depend on each other: the
 * height fixes the y ticks, their labels' width the left margin, the legend the right margin, and
 * what is left the x ticks. A pane too low for a comfortable plot (a short top row, or presenter
 * mode's zoom on a small screen) first narrows the title's band and then puts the x-axis label at
 * the right end of the tick row, so that the label stays inside the component instead of being cut.
 */
record PlotLayout(Projection projection, double[] xTicks, double xStep, double[] yTicks, double yStep,
        double legendLeft, double legendTop, double titleBand, boolean xLabelInTickRow) {

    private static final double PAD = 12;
    private static final double TITLE_BAND = 34;
    /** Just the title's 17 px bold line and a little air: for panes short of height. */
    private static final double TIGHT_TITLE_BAND = 24;
    /** Below this plot height the bands above and below give up room (see the class comment). */
    private static final double COMFORTABLE_PLOT = 80;
    private static final double TICK_LENGTH = 5;
    private static final double TICK_GAP = 4;
    private static final double AXIS_LABEL_BAND = 24;
    private static final double TICK_LABEL_HEIGHT = 18;
    private static final double LEGEND_GAP = 20;
    private static final double MIN_PLOT = 40;
    /** Below the plot: its margin, the ticks and their labels, before any axis label. */
    private static final double BOTTOM_BASE = PAD + TICK_LENGTH + TICK_GAP + TICK_LABEL_HEIGHT;
    /** The legend takes at most this share of the width (or MIN_LEGEND), so the plot keeps the room. */
    private static final double LEGEND_SHARE = 0.3;
    private static final double MIN_LEGEND = 150;
    /** Pixels wanted between y ticks and, at least, between x ticks. */
    private static final double Y_TICK_SPACING = 55;
    private static final double X_TICK_SPACING = 90;
    /** The closest y ticks may come: digits of 14 px text are about 10 px tall, so 15 px leaves a gap. */
    private static final double MIN_Y_TICK_SPACING = 15;
    /** The closest y tick labels may come and still read as separate numbers from the back of a room. */
    private static final double MIN_Y_LABEL_SPACING = 24;

    static PlotLayout compute(double width, double height, ViewRange view, boolean hasTitle, boolean hasXLabel,
            boolean hasYLabel, Legend legend) {
        double titleBand = hasTitle ? TITLE_BAND : 4;
        double labelBand = hasXLabel ? AXIS_LABEL_BAND : 0;
        if (height - PAD - titleBand - BOTTOM_BASE - labelBand < COMFORTABLE_PLOT && hasTitle) {
            titleBand = TIGHT_TITLE_BAND;
        }
        boolean labelInTickRow = hasXLabel && height - PAD - titleBand - BOTTOM_BASE - labelBand < COMFORTABLE_PLOT;
        return compute(width, height, view, hasXLabel && !labelInTickRow, hasYLabel, legend, titleBand,
                labelInTickRow);
    }

    /** {@link #compute} with the bands of {@code decided}: for a second pass that must keep the first's margins. */
    static PlotLayout compute(double width, double height, ViewRange view, boolean hasXLabel, boolean hasYLabel,
            Legend legend, PlotLayout decided) {
        return compute(width, height, view, hasXLabel && !decided.xLabelInTickRow(), hasYLabel, legend,
                decided.titleBand(), decided.xLabelInTickRow());
    }

    private static PlotLayout compute(double width, double height, ViewRange view, boolean xLabelBelow,
            boolean hasYLabel, Legend legend, double titleBand, boolean labelInTickRow) {
        double top = PAD + titleBand;
        double bottom = BOTTOM_BASE + (xLabelBelow ? AXIS_LABEL_BAND : 0);
        double plotHeight = Math.max(MIN_PLOT, height - top - bottom);

        double yStep = NiceTicks.step(view.height(), (int) Math.max(2, plotHeight / Y_TICK_SPACING));
        double[] yTicks = NiceTicks.values(view.yMin(), view.yMax(), yStep);
        // one tick alone shows no scale (a low pane asked for two and got one in view): finer
        // steps until two are, while their labels stay apart
        while (yTicks.length < 2 && NiceTicks.finer(yStep) / view.height() * plotHeight >= MIN_Y_TICK_SPACING) {
            yStep = NiceTicks.finer(yStep);
            yTicks = NiceTicks.values(view.yMin(), view.yMax(), yStep);
        }
        double yLabelWidth = 0;
        for (double t : yTicks) {
            yLabelWidth = Math.max(yLabelWidth, ScatterStyle.textWidth(NiceTicks.format(t, yStep), ScatterStyle.TICK_LABEL));
        }
        double left = PAD + (hasYLabel ? AXIS_LABEL_BAND : 0) + yLabelWidth + TICK_GAP + TICK_LENGTH;

        double legendWidth = legend.arrange(plotHeight, Math.max(MIN_LEGEND, width * LEGEND_SHARE));
        double right = PAD + (legendWidth > 0 ? legendWidth + LEGEND_GAP : 8);
        double plotWidth = Math.max(MIN_PLOT, width - left - right);

        // Coarser x steps until the labels no longer touch: long labels such as -0.0025 need room.
        double xStep = NiceTicks.step(view.width(), (int) Math.max(2, plotWidth / X_TICK_SPACING));
        double[] xTicks = NiceTicks.values(view.xMin(), view.xMax(), xStep);
        while (xTicks.length > 1 && !labelsFit(xTicks, xStep, xStep / view.width() * plotWidth)) {
            xStep = NiceTicks.coarser(xStep);
            xTicks = NiceTicks.values(view.xMin(), view.xMax(), xStep);
        }
        while (xTicks.length < 2) {
            double finer = NiceTicks.finer(xStep);
            double[] more = NiceTicks.values(view.xMin(), view.xMax(), finer);
            if (!labelsFit(more, finer, finer / view.width() * plotWidth)) {
                break;
            }
            xStep = finer;
            xTicks = more;
        }
        Projection projection = new Projection(left, top, plotWidth, plotHeight, view);
        return new PlotLayout(projection, xTicks, xStep, yTicks, yStep, left + plotWidth + LEGEND_GAP, top, titleBand,
                labelInTickRow);
    }

    /**
     * Where the rotated y-axis label goes: a band's width left of the widest y tick label, so it
     * stays beside the plot however far the plot is moved in (the manifold centres a plot of
     * fixed aspect).
     */
    double yAxisLabelLeft() {
        double widest = 0;
        for (double t : yTicks) {
            widest = Math.max(widest, ScatterStyle.textWidth(NiceTicks.format(t, yStep), ScatterStyle.TICK_LABEL));
        }
        return Math.max(PAD, projection.left() - TICK_LENGTH - TICK_GAP - widest - AXIS_LABEL_BAND);
    }

    private static boolean labelsFit(double[] ticks, double step, double spacing) {
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, ScatterStyle.textWidth(NiceTicks.format(t, step), ScatterStyle.TICK_LABEL));
        }
        return spacing >= widest + 16;
    }

    static double tickLength() {
        return TICK_LENGTH;
    }

    static double tickGap() {
        return TICK_GAP;
    }

    static double pad() {
        return PAD;
    }

    /**
     * Whether the y tick at {@code value} gets its label: all of them when they are far enough
     * apart, else every second (or third) one counted from zero, so that close ticks keep their
     * marks and the labels their air.
     */
    boolean labelsYTick(double value) {
        double spacing = yStep / projection.view().height() * projection.height();
        long every = Math.max(1, (long) Math.ceil(MIN_Y_LABEL_SPACING / spacing - 1e-9));
        return Math.round(value / yStep) % every == 0;
    }

    /** Where the x tick labels' top goes: under the ticks. */
    double xTickLabelTop() {
        return projection.top() + projection.height() + TICK_LENGTH + TICK_GAP;
    }

    /** Where the x-axis label's bottom goes: in its band under the tick labels, or level with them. */
    double xAxisLabelBottom() {
        return xTickLabelTop() + TICK_LABEL_HEIGHT + (xLabelInTickRow ? 0 : AXIS_LABEL_BAND);
    }

    /** Where the title's top goes: a title band above the plot, wherever the plot is. */
    double titleTop() {
        return projection.top() - titleBand;
    }
}
