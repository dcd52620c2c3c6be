package workbench.app.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.engine.Shape;

@ExtendWith(ApplicationExtension.class)
class ReconstructionGridPresentationTest {
    private static final Shape DIGIT = Shape.image(1, 8, 8);
    private ReconstructionGrid grid;

    @Start
    void start(Stage stage) {
        grid = new ReconstructionGrid();
        stage.setScene(new Scene(grid, 1000, 420));
        stage.show();
    }

    @Test
    void presenterModeWidensTheRowLabelsAndGoesBack() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            FMatrixRMaj samples = new FMatrixRMaj(16, DIGIT.size());
            grid.show(samples, samples, null, DIGIT, null);
            double desk = grid.cellBounds(0, 0).getMinX();
            double deskLast = grid.cellBounds(0, 15).getMaxX();
            grid.setPresentation(true);
            double presenting = grid.cellBounds(0, 0).getMinX();
            assertTrue(grid.isPresentation());
            // the longest label, "reconstruction", is about 100 px: 40% more moves the pictures right or shrinks them
            assertTrue(presenting > desk || grid.cellBounds(0, 15).getMaxX() - presenting < deskLast - desk,
                    "room for larger labels: " + desk + " -> " + presenting);
            grid.setPresentation(false);
            assertEquals(desk, grid.cellBounds(0, 0).getMinX(), 0.5);
            return null;
        });
    }
}
