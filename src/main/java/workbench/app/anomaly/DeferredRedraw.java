package workbench.app.anomaly;

import javafx.application.Platform;
import org.jfree.chart.JFreeChart;

/**
 * Holds a chart's redraws until the next FX pulse. A dragged slider changes the threshold dozens of
 * times a second, and the ChartViewer's canvas otherwise redraws synchronously on every change.
 */
final class DeferredRedraw {
    private final JFreeChart chart;
    private boolean pending;

    DeferredRedraw(JFreeChart chart) {
        this.chart = chart;
    }

    /** Call before changing the chart; the changes of one pulse cost one redraw. */
    void touch() {
        if (!pending) {
            pending = true;
            chart.setNotify(false);
            Platform.runLater(() -> {
                pending = false;
                chart.setNotify(true); // fires one change event: the canvas redraws once
            });
        }
    }
}
