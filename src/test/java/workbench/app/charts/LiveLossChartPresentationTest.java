package workbench.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.io.plot.ChartStyle;

@ExtendWith(ApplicationExtension.class)
class LiveLossChartPresentationTest {
    private LiveLossChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveLossChart();
        stage.setScene(new Scene(chart, 900, 500));
        stage.show();
    }

    private float smoothedLineWidth() {
        return ((BasicStroke) chart.plot().getRenderer(1).getSeriesStroke(0)).getLineWidth();
    }

    @Test
    void presenterModeScalesTextAndLinesAndSurvivesTheLogToggle() {
        double scale = LiveLossChart.PRESENTATION_SCALE;
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            float deskLine = smoothedLineWidth();
            chart.setPresentation(true);
            assertEquals(ChartStyle.TICK_LABEL.getSize2D() * scale,
                    chart.plot().getDomainAxis().getTickLabelFont().getSize2D(), 0.01);
            assertEquals(ChartStyle.LEGEND.getSize2D() * scale, chart.chart().getLegend().getItemFont().getSize2D(), 0.01);
            assertEquals(deskLine * scale, smoothedLineWidth(), 0.01);

            chart.setLogScale(true); // a new y axis: it must come in presenter size too
            assertEquals(ChartStyle.AXIS_LABEL.getSize2D() * scale,
                    chart.plot().getRangeAxis().getLabelFont().getSize2D(), 0.01);

            chart.setPresentation(false);
            assertEquals(ChartStyle.AXIS_LABEL.getSize2D(), chart.plot().getRangeAxis().getLabelFont().getSize2D(), 0.01);
            assertEquals(deskLine, smoothedLineWidth(), 0.01);
            return null;
        });
    }
}
