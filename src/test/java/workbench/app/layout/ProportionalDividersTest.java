package workbench.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static workbench.app.FxThread.fx;
import static workbench.app.FxThread.onFx;
import static workbench.app.FxThread.until;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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

/**
 * TestFX hands every test class the same stage, and a window test before this one (in the same
 * fork, which depends on how the forks share out the classes, so on the machine's load) leaves it
 * as wide as it placed its window, 1600 px: a stage sized by hand keeps its size when it gets a new
 * scene. So each test sizes the stage itself and waits for the splitter to be laid out at that
 * width before it measures anything.
 */
@ExtendWith(ApplicationExtension.class)
class ProportionalDividersTest {
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 300;
    private Stage stage;
    private SplitPane split;
    private Region left;

    @Start
    void start(Stage s) {
        stage = s;
        left = pane(200);
        split = new SplitPane(left, pane(200));
        ProportionalDividers.keep(split, 0.7);
        s.setScene(new Scene(new StackPane(split), WIDTH, HEIGHT));
        s.setWidth(WIDTH);
        s.setHeight(HEIGHT);
        s.show();
    }

    /**
     * Waits for the splitter to be {@code width} wide, for the shares the change of width set
     * afterwards (ProportionalDividers sets them in a later event), and lays it out with them.
     */
    private void settleAt(double width) {
        until(() -> split.getWidth() == width, "the splitter " + width + " px wide");
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> split.getParent().layout());
    }

    private static Region pane(double minWidth) {
        Region r = new Region();
        r.setMinWidth(minWidth);
        return r;
    }

    private void resize(double width) {
        fx(() -> {
            stage.setWidth(width);
            split.getParent().resize(width, HEIGHT);
            split.getParent().layout();
        });
        settleAt(width);
    }

    @Test
    void aSplitterSqueezedAgainstTheLeastWidthsComesBackToItsShare() {
        settleAt(WIDTH);
        assertEquals(0.7, onFx(() -> split.getDividerPositions()[0]), 0.01);
        resize(420); // less room than the 0.7 share leaves the right pane: the least width wins
        assertEquals(0.5, onFx(() -> split.getDividerPositions()[0]), 0.03);
        resize(1000);
        // a plain SplitPane would stay at 0.5 here
        assertEquals(0.7, onFx(() -> split.getDividerPositions()[0]), 0.01);
    }

    @Test
    void aDividerTheUserDragsKeepsItsNewShare(FxRobot robot) {
        settleAt(WIDTH);
        assertEquals(0.7, onFx(() -> split.getDividerPositions()[0]), 0.01, "the share before the drag");
        // the divider's middle, where a user grabs it
        Point2D grip = onFx(() -> {
            Node divider = split.lookup(".split-pane-divider");
            Bounds b = divider.localToScreen(divider.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.moveTo(grip).press(MouseButton.PRIMARY).moveTo(grip.add(-200, 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = onFx(() -> split.getDividerPositions()[0]);
        assertEquals(0.5, dragged, 0.03, "the drag moved the divider 200 px of " + WIDTH + " to the left");
        resize(800);
        assertEquals(dragged, onFx(() -> split.getDividerPositions()[0]), 0.01, "the new share is kept");
    }

    @Test
    void oneShareForEachDivider() {
        assertThrows(IllegalArgumentException.class,
                () -> ProportionalDividers.keep(new SplitPane(new Region(), new Region()), 0.3, 0.6));
    }
}
