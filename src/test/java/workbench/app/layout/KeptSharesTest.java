package workbench.app.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A splitter squeezed by a narrow window gets its shares back when the window widens, until the user drags. */
@ExtendWith(ApplicationExtension.class)
class KeptSharesTest {
    private SplitPane split;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        Pane left = new Pane();
        Pane middle = new Pane();
        middle.setMinWidth(300); // pushes the dividers when the splitter is narrow
        Pane right = new Pane();
        left.setMinWidth(0);
        right.setMinWidth(0);
        split = new SplitPane(left, middle, right);
        KeptShares.install(split, 0.45, 0.72);
        s.setScene(new Scene(split, 1200, 300));
        s.show();
    }

    private <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }

    private double[] atWidth(double width) {
        onFx(() -> {
            stage.setWidth(width);
            split.resize(width, 300);
            split.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(); // the shares come back once the splitter's own layout is done
        return onFx(() -> {
            split.layout();
            return split.getDividerPositions();
        });
    }

    @Test
    void theSharesComeBackAfterANarrowWindowPushedThemUntilADividerIsDragged() {
        double[] wide = atWidth(1200);
        assertArrayEquals(new double[] {0.45, 0.72}, wide, 0.01);
        double[] narrow = atWidth(500);
        assertTrue(narrow[1] - narrow[0] >= 300 / 500.0 - 0.02, "the middle pane keeps its least width when narrow: "
                + narrow[0] + ", " + narrow[1]);
        assertArrayEquals(new double[] {0.45, 0.72}, atWidth(1200), 0.01, "wide again, the shares are back");

        // the user drags the first divider: from then on the user's place is kept
        onFx(() -> {
            Node divider = split.lookup(".split-pane-divider");
            Event.fireEvent(divider, new MouseEvent(MouseEvent.MOUSE_PRESSED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, true, null));
            split.setDividerPositions(0.3, 0.72);
            return null;
        });
        atWidth(900);
        // (the splitter itself may move a divider by a pixel or two on a resize)
        assertArrayEquals(new double[] {0.3, 0.72}, atWidth(1200), 0.02, "the dragged place is kept, not the shares");
    }
}
