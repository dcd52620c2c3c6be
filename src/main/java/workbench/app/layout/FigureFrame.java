package workbench.app.layout;

import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * The place of one figure in the window, with a small button in its top-right corner that
 * maximises it (as does a double-click on it); the {@link FigureMaximiser} takes the figure's body
 * away to its overlay and gives it back. While the figure is away the frame holds a note where it
 * was, keeping its own size, so that nothing around it moves.
 */
public final class FigureFrame extends StackPane {
    private final String name;
    private final Region figure;
    /** The figure and its corner button: what moves to the overlay and back. */
    private final StackPane body;
    private final Button corner = new Button();
    private final Label away = new Label();
    /** Shift held as the corner button was pressed: its action then takes the whole screen. */
    private boolean shiftOnPress;

    /**
     * @param figureDoubleClick true for a double-click the figure itself answers (the latent plot resets
     *                          its zoom on one inside its axes), which then does not maximise
     */
    FigureFrame(String name, Region figure, Predicate<MouseEvent> figureDoubleClick, FigureMaximiser maximiser) {
        this.name = name;
        this.figure = figure;
        getStyleClass().add("figure-frame");
        figure.setMinSize(0, 0);
        corner.setGraphic(cornersIcon());
        corner.setId("maximise-" + figure.getId());
        corner.getStyleClass().add("figure-maximise");
        corner.setFocusTraversable(false);
        corner.setTooltip(new Tooltip("Maximise " + name + " (or double-click it, or Ctrl+M under the pointer);"
                + " with Shift, to the whole screen. Esc or the same button brings it back."));
        // small and quiet, so it does not hide the figure's corner; solid while the pointer is on it
        corner.setStyle("-fx-padding: 2; -fx-background-radius: 3; -fx-font-size: 10px;");
        corner.setOpacity(0.55);
        corner.hoverProperty().addListener((o, was, now) -> corner.setOpacity(now ? 1 : 0.55));
        corner.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> shiftOnPress = e.isShiftDown());
        corner.setOnAction(e -> {
            maximiser.toggle(this, shiftOnPress);
            shiftOnPress = false;
        });
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        StackPane.setMargin(corner, new Insets(2));
        body = new StackPane(figure, corner);
        body.setMinSize(0, 0);
        body.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()
                    && !corner.isHover() && !figureDoubleClick.test(e)) {
                maximiser.toggle(this, e.isShiftDown());
            }
        });
        body.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> maximiser.pointerOn(this));
        body.addEventHandler(MouseEvent.MOUSE_EXITED, e -> maximiser.pointerOff(this));
        away.setText(name + " is maximised: Esc, or its corner button, brings it back.");
        away.setWrapText(true);
        away.setStyle("-fx-text-fill: #666666;");
        setMinSize(0, 0);
        getChildren().add(body);
    }

    /** Four corner marks, the usual sign for "make this larger". */
    private static SVGPath cornersIcon() {
        SVGPath p = new SVGPath();
        p.setContent("M0 4V0H4M8 0H12V4M12 8V12H8M4 12H0V8");
        p.setStyle("-fx-fill: transparent; -fx-stroke: #333333; -fx-stroke-width: 1.5;");
        return p;
    }

    StackPane body() {
        return body;
    }

    /** The body leaves for the overlay; a note takes its place. */
    void lend() {
        getChildren().setAll(away);
    }

    /** The body comes back from the overlay. */
    void takeBack() {
        getChildren().setAll(body);
    }

    public String name() {
        return name;
    }

    public Region figure() {
        return figure;
    }

    /** The corner button, for tests. */
    public Button cornerButton() {
        return corner;
    }
}
