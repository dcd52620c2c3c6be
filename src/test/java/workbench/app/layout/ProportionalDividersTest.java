package workbench.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static workbench.app.FxThread.fx;
import static workbench.app.FxThread.onFx;

import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProportionalDividersTest {
    private Stage stage;
    private SplitPane split;
    private Region left;

    @Start
    void start(Stage s) {
        stage = s;
        left = pane(200);
        split = new SplitPane(left, pane(200));
        ProportionalDividers.keep(split, 0.7);
        s.setScene(new Scene(new StackPane(split), 1000, 300));
        s.show();
    }

    private static Region pane(double minWidth) {
        Region r = new Region();
        r.setMinWidth(minWidth);
        return r;
    }

    private void resize(double width) {
        fx(() -> {
            stage.setWidth(width);
            split.getParent().resize(width, 300);
            split.getParent().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSplitterSqueezedAgainstTheLeastWidthsComesBackToItsShare() {
        assertEquals(0.7, onFx(() -> split.getDividerPositions()[0]), 0.01);
        resize(420); // less room than the 0.7 share leaves the right pane: the least width wins
        assertEquals(0.5, onFx(() -> split.getDividerPositions()[0]), 0.03);
        resize(1000);
        // a plain SplitPane would stay at 0.5 here
        assertEquals(0.7, onFx(() -> split.getDividerPositions()[0]), 0.01);
    }

    @Test
    void aDividerTheUserDragsKeepsItsNewShare(FxRobot robot) {
        double x = onFx(() -> left.localToScreen(left.getBoundsInLocal()).getMaxX()) + 2;
        double y = onFx(() -> left.localToScreen(left.getBoundsInLocal()).getCenterY());
        robot.moveTo(new javafx.geometry.Point2D(x, y)).press(MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(x - 200, y)).release(MouseButton.PRIMARY);
        double dragged = onFx(() -> split.getDividerPositions()[0]);
        assertEquals(0.5, dragged, 0.03, "the drag moved the divider 200 px of 1000 to the left");
        resize(800);
        assertEquals(dragged, onFx(() -> split.getDividerPositions()[0]), 0.01, "the new share is kept");
    }

    @Test
    void oneShareForEachDivider() {
        assertThrows(IllegalArgumentException.class,
                () -> ProportionalDividers.keep(new SplitPane(new Region(), new Region()), 0.3, 0.6));
    }
}
