package workbench.app.pca;

import static workbench.app.FxThread.onFx;
import static workbench.app.FxThread.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.LossChartWithBaseline;
import workbench.app.charts.LiveLossChart;
import workbench.app.recon.ReconstructionGrid;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.engine.Shape;
import workbench.session.PcaBaseline;
import workbench.session.ModelHost;
import workbench.session.TrainingSnapshot;

/** The tab on a real view-model training the bundled digits, beside a loss chart fed as the window feeds it. */
@ExtendWith(ApplicationExtension.class)
class PcaBaselineTabTest {
    private LossChartWithBaseline window;
    private WorkbenchViewModel vm;
    private LiveLossChart chart;
    private PcaBaselineTab tab;

    @Start
    void start(Stage stage) {
        window = new LossChartWithBaseline(stage);
        vm = window.vm;
        chart = window.chart;
        tab = window.tab;
    }

    @AfterEach
    void stopFrames() {
        window.stop();
    }

    @Test
    void theReferenceLineAndThePcaRowAreTheBaselines() throws Exception {
        window.trainFor(15); // the 2-D code overtakes PCA at about epoch 9
        until(() -> Double.isFinite(chart.referenceValue()) && tab.grid().rowLabels().size() == 3);

        // the run is over, so its model may be read here; the baseline is computed again, independently
        ModelHost run = onFx(() -> vm.run().runProperty().get());
        PcaBaseline expected = run.queryAndWait(m -> PcaBaseline.fit(run.data(), m));
        double expectedLoss = expected.testLoss(run.data());
        assertEquals(expectedLoss, onFx(chart::referenceValue), 1e-12 * expectedLoss);
        int k = expected.components();
        assertEquals(Math.min(run.codeSize(), 64), k);
        String rowLabel = "PCA, " + k + (k == 1 ? " component" : " components");
        assertEquals(List.of(ReconstructionGrid.ORIGINAL_ROW, PcaBaselineTab.AUTOENCODER_ROW, rowLabel),
                onFx(() -> tab.grid().rowLabels()));

        TrainingSnapshot s = onFx(() -> vm.run().snapshotProperty().get());
        FMatrixRMaj pca = expected.reconstruct(s.galleryOriginals());
        Shape shape = run.data().sampleShape();
        Image image = onFx(() -> tab.grid().snapshotImage());
        for (int sample = 0; sample < s.galleryOriginals().numRows; sample++) {
            int column = sample;
            Rectangle2D pcaCell = onFx(() -> tab.grid().cellBounds(2, column));
            Rectangle2D autoencoderCell = onFx(() -> tab.grid().cellBounds(1, column));
            assertPixels(image, pcaCell, pca, sample, shape, "PCA row");
            assertPixels(image, autoencoderCell, s.galleryReconstructions(), sample, shape, "autoencoder row");
        }

        String errors = onFx(() -> tab.errorsLabel().getText());
        double pcaGalleryError = expected.loss(pca, s.galleryOriginals());
        double autoencoderGalleryError = expected.loss(s.galleryReconstructions(), s.galleryOriginals());
        assertEquals(BaselineText.errors(autoencoderGalleryError, expected, pcaGalleryError), errors);
        assertTrue(errors.startsWith("autoencoder ") && errors.contains("PCA (" + k), errors);

        // the crossing the tab reports is the one the chart marks
        int crossing = onFx(chart::referenceCrossingEpoch);
        assertTrue(crossing > 0, "15 epochs are enough to beat 2 principal components");
        String crossingText = onFx(() -> tab.crossingLabel().getText());
        assertTrue(crossingText.endsWith("went below PCA's at epoch " + crossing + "."), crossingText);
        System.out.printf("PcaBaselineTabTest: %s; chart line at %s; crossing epoch %d; %s%n", errors,
                onFx(chart::referenceValue), crossing, onFx(() -> tab.crossingLabel().getText()));

        // Reset forgets the run: the line goes with it
        onFx(() -> {
            vm.reset();
            return null;
        });
        until(() -> Double.isNaN(chart.referenceValue()));
    }

    /** Every sample pixel of a cell shows the value's grey level, clamped to [0, 1] as the grid draws it. */
    private static void assertPixels(Image image, Rectangle2D cell, FMatrixRMaj rows, int sample, Shape shape,
            String what) {
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < shape.height(); y++) {
            for (int x = 0; x < shape.width(); x++) {
                int px = (int) (cell.getMinX() + (x + 0.5) * cell.getWidth() / shape.width());
                int py = (int) (cell.getMinY() + (y + 0.5) * cell.getHeight() / shape.height());
                float v = rows.get(sample, y * shape.width() + x);
                int expected = v > 0 ? (v >= 1 ? 255 : Math.round(v * 255f)) : 0;
                int actual = reader.getArgb(px, py) & 0xFF;
                assertTrue(Math.abs(expected - actual) <= 1, what + ", sample " + sample + " pixel (" + x + ", " + y
                        + "): expected grey " + expected + " but drawn " + actual);
            }
        }
    }

}
