package workbench.app.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.io.plot.ChartFiles;
import workbench.io.plot.LossChart;
import workbench.io.plot.LossReference;

/** Renders example charts to /tmp for looking at; run with -Dui.examples=true. */
@EnabledIfSystemProperty(named = "ui.examples", matches = "true")
@ExtendWith(ApplicationExtension.class)
class LossChartExamplesTest {
    private static final LossReference PCA = new LossReference("PCA (32): 0.1032", 0.1032);

    private LiveLossChart chart;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        chart = new LiveLossChart();
        stage.setScene(new Scene(chart, 1100, 620));
        stage.show();
    }

    @Test
    void renderAutoencoder(FxRobot robot) throws IOException {
        int epochs = 30;
        int batches = 235; // 60,000 / 256
        Random random = new Random(7);
        List<EpochStats> history = new ArrayList<>();
        robot.interact(() -> {
            chart.setUnit("BCE, mean per element");
            chart.setReference(PCA);
        });
        for (int e = 1; e <= epochs; e++) {
            double[] xs = new double[batches];
            double[] ys = new double[batches];
            double sum = 0;
            for (int b = 0; b < batches; b++) {
                double t = e - 1 + (b + 1.0) / batches;
                double clean = 0.078 + 0.62 * Math.exp(-t * 9) + 0.045 * Math.exp(-t / 4);
                xs[b] = t;
                ys[b] = clean * (1 + 0.035 * random.nextGaussian());
                sum += ys[b];
            }
            double train = sum / batches;
            double val = 0.0805 + 0.04 * Math.exp(-e / 4.0) + 0.00012 * Math.max(0, e - 18) * (e - 18);
            history.add(new EpochStats(e, new LossBreakdown(train, train, train * 784, 0, 0),
                    new LossBreakdown(val, val, val * 784, 0, 0), 4, 15000, 1e-3));
            List<EpochStats> h = List.copyOf(history);
            robot.interact(() -> {
                chart.appendBatches(xs, ys, batches);
                chart.setEpochs(h);
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, Path.of("/tmp/ui-charts-loss-window.png"));
        // what Export > Loss chart writes: the run's figure, not the live view
        String title = "Dense autoencoder on MNIST, code size 32";
        String unit = "BCE, mean per element";
        ChartFiles.savePng(LossChart.create(title, history, unit, false, PCA, false), Path.of("/tmp/ui-charts-loss.png"),
                1200, 800);
        ChartFiles.savePng(LossChart.create(title, history, unit, false, PCA, true),
                Path.of("/tmp/ui-charts-loss-log.png"), 1200, 800);
    }

    @Test
    void renderVae(FxRobot robot) throws IOException {
        int epochs = 30;
        int batches = 469;
        Random random = new Random(11);
        List<EpochStats> history = new ArrayList<>();
        String unit = "BCE per sample + beta x KL (nats)";
        robot.interact(() -> {
            chart.setUnit(unit);
            chart.setVariational(true);
        });
        for (int e = 1; e <= epochs; e++) {
            double[] xs = new double[batches];
            double[] ys = new double[batches];
            double rs = 0;
            double ks = 0;
            for (int b = 0; b < batches; b++) {
                double t = e - 1 + (b + 1.0) / batches;
                double rec = 78 + 130 * Math.exp(-t * 5) + 40 * Math.exp(-t / 5);
                double kl = 26 - 18 * Math.exp(-t * 2);
                xs[b] = t;
                ys[b] = (rec + kl) * (1 + 0.03 * random.nextGaussian());
                rs += rec;
                ks += kl;
            }
            double rec = rs / batches;
            double kl = ks / batches;
            double vrec = 80 + 38 * Math.exp(-e / 5.0);
            double vkl = 26 - 18 * Math.exp(-e * 2.0);
            history.add(new EpochStats(e, new LossBreakdown(rec + kl, rec / 784, rec, kl, 0),
                    new LossBreakdown(vrec + vkl, vrec / 784, vrec, vkl, 0), 6, 10000, 1e-3));
            List<EpochStats> h = List.copyOf(history);
            robot.interact(() -> {
                chart.appendBatches(xs, ys, batches);
                chart.setEpochs(h);
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, Path.of("/tmp/ui-charts-loss-vae-window.png"));
        ChartFiles.savePng(LossChart.create("Variational autoencoder, 2-D code", history, unit, true,
                new LossReference("PCA (2), reconstruction: 100", 100), false), Path.of("/tmp/ui-charts-loss-vae.png"),
                1200, 800);
        robot.interact(() -> chart.setLogScale(true));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, Path.of("/tmp/ui-charts-loss-vae-log-window.png"));
    }

    private void snapshot(FxRobot robot, Path file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = chart.snapshot(new SnapshotParameters(), null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}
