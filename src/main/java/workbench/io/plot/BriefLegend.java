package workbench.io.plot;

import java.util.function.UnaryOperator;
import org.jfree.chart.labels.XYSeriesLabelGenerator;
import org.jfree.data.xy.XYDataset;

/**
 * Legend names that a {@link FittedChart} shortens when the full ones leave no room ("#3" for "#3
 * Dense 784-256-[32]-256-784, Adam"), before it drops the legend altogether. Give it to the
 * renderer as its legend label generator and to the chart.
 */
public final class BriefLegend implements XYSeriesLabelGenerator {
    private final UnaryOperator<String> shorten;
    private boolean brief;

    /** @param shorten the short name of a series, from its key */
    public BriefLegend(UnaryOperator<String> shorten) {
        this.shorten = shorten;
    }

    @Override
    public String generateLabel(XYDataset dataset, int series) {
        String key = String.valueOf(dataset.getSeriesKey(series));
        return brief ? shorten.apply(key) : key;
    }

    boolean isBrief() {
        return brief;
    }

    /** No change event: the chart switches it while drawing. */
    void setBrief(boolean brief) {
        this.brief = brief;
    }
}
