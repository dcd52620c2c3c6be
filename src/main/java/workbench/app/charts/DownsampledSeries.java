package workbench.app.charts;

import java.util.Arrays;
import org.jfree.data.xy.XYSeries;

/**
 * A chart series that holds at most {@code cap} points however many are added. Points are averaged
 * in buckets of {@code stride} consecutive inputs; when the shown points reach the cap, neighbours
 * are merged pairwise and the stride doubles, so the whole run stays evenly resolved (the oldest
 * batches are not thinned more than the newest). The bucket still filling is shown as a provisional
 * last point, so the curve always reaches the newest batch.
 *
 * <p>{@link #sync()} brings the {@link XYSeries} up to date with notifications suspended and fires
 * one change event; between halvings it only appends, so a sync costs in proportion to the new
 * points.
 */
final class DownsampledSeries {

    private final int cap;
    private final XYSeries series;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int size;
    private int stride = 1;
    private double pendingX;
    private double pendingY;
    private int pendingCount;
    /** Bumped whenever already-shown points change (halving, reset); the series is then rebuilt. */
    private int generation;

    private int syncedGeneration = -1;
    private int syncedSize;
    private boolean provisionalShown;

    DownsampledSeries(String name, int cap) {
        if (cap < 4 || cap % 2 != 0) {
            throw new IllegalArgumentException("cap must be even and at least 4, got " + cap);
        }
        this.cap = cap;
        this.series = new XYSeries(name, false, true);
    }

    XYSeries series() {
        return series;
    }

    /** Inputs averaged into each shown point. */
    int stride() {
        return stride;
    }

    /** Points the series will show after the next sync: at most the cap. */
    int shownCount() {
        return size + (pendingCount > 0 ? 1 : 0);
    }

    void reset() {
        size = 0;
        stride = 1;
        pendingX = 0;
        pendingY = 0;
        pendingCount = 0;
        generation++;
    }

    void add(double x, double y) {
        pendingX += x;
        pendingY += y;
        pendingCount++;
        if (pendingCount == stride) {
            emit(pendingX / stride, pendingY / stride);
            pendingX = 0;
            pendingY = 0;
            pendingCount = 0;
        }
    }

    private void emit(double x, double y) {
        if (size == xs.length) {
            int grown = Math.min(cap, xs.length * 2);
            xs = Arrays.copyOf(xs, grown);
            ys = Arrays.copyOf(ys, grown);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
        if (size >= cap) {
            // cap is even and points arrive one at a time, so size == cap here: merge pairs.
            int half = size / 2;
            for (int i = 0; i < half; i++) {
                xs[i] = 0.5 * (xs[2 * i] + xs[2 * i + 1]);
                ys[i] = 0.5 * (ys[2 * i] + ys[2 * i + 1]);
            }
            size = half;
            stride *= 2;
            generation++;
        }
    }

    /** Updates the XYSeries, firing a single change event. */
    void sync() {
        series.setNotify(false);
        try {
            if (syncedGeneration != generation) {
                series.clear();
                syncedGeneration = generation;
                syncedSize = 0;
                provisionalShown = false;
            }
            if (provisionalShown) {
                series.remove(series.getItemCount() - 1);
                provisionalShown = false;
            }
            for (int i = syncedSize; i < size; i++) {
                series.add(xs[i], ys[i], false);
            }
            syncedSize = size;
            if (pendingCount > 0) {
                series.add(pendingX / pendingCount, pendingY / pendingCount, false);
                provisionalShown = true;
            }
        } finally {
            series.setNotify(true);
        }
    }
}
