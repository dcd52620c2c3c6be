package workbench.app.layout;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Lets any figure of the window fill the work area, or the whole screen, and go back. One
 * mechanism for every figure: {@link #frame} wraps a figure where it is laid out, and maximising
 * moves the figure (with its corner button) into an overlay layer stacked over the work area or
 * over the whole window; restoring moves it back. The figure stays the same node, so whatever it
 * shows, its listeners and presenter mode go with it. One figure at a time is maximised.
 */
public final class FigureMaximiser {
    /** Where a figure is: in its place, over the work area, or over the whole screen. */
    public enum Level { DOCKED, WORK_AREA, SCREEN }

    private final Supplier<Stage> stage;
    private final StackPane workAreaLayer = layer("workAreaLayer");
    private final StackPane windowLayer = layer("windowLayer");
    private final ReadOnlyObjectWrapper<FigureFrame> maximised = new ReadOnlyObjectWrapper<>();
    private Level level = Level.DOCKED;
    private FigureFrame underPointer;
    /** Whether the stage was in full screen before a figure took the screen, to leave it so. */
    private boolean stageWasFullScreen;

    /** @param stage the window's stage; may give null until the window is shown */
    public FigureMaximiser(Supplier<Stage> stage) {
        this.stage = stage;
    }

    private static StackPane layer(String id) {
        StackPane layer = new StackPane();
        layer.setId(id);
        layer.setVisible(false);
        layer.setStyle("-fx-background-color: -fx-background;");
        return layer;
    }

    /** The work area with the layer a figure is maximised into stacked over it. */
    public Parent overWorkArea(Node workArea) {
        return new StackPane(workArea, workAreaLayer);
    }

    /** The window's content with the layer a figure takes the screen in stacked over it. */
    public Parent overWindow(Node content) {
        return new StackPane(content, windowLayer);
    }

    /** Wraps a figure where it is laid out, so it can be maximised; {@code name} says which figure to the user. */
    public FigureFrame frame(String name, Region figure) {
        return new FigureFrame(name, figure, e -> false, this);
    }

    /** As {@link #frame(String, Region)}, for a figure that answers some double-clicks itself (those {@code figureDoubleClick} accepts). */
    public FigureFrame frame(String name, Region figure, Predicate<MouseEvent> figureDoubleClick) {
        return new FigureFrame(name, figure, figureDoubleClick, this);
    }

    /** Esc brings a maximised figure back; a stage leaving full screen brings back the figure that took it. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && level == Level.WORK_AREA) {
                restore();
                e.consume();
            }
        });
        Stage s = stage.get();
        if (s != null) {
            s.fullScreenProperty().addListener((o, was, now) -> {
                if (!now && level == Level.SCREEN) {
                    stageWasFullScreen = false;
                    restore();
                }
            });
        }
    }

    /** The corner button or a double-click: a docked figure is maximised (to the screen with Shift), a maximised one comes back. */
    void toggle(FigureFrame frame, boolean toScreen) {
        if (isMaximised(frame)) {
            restore();
        } else {
            maximise(frame, toScreen ? Level.SCREEN : Level.WORK_AREA);
        }
    }

    /**
     * The shortcut: the figure under the pointer (or holding the focus) goes one step larger each
     * time, work area, then screen, then back in its place.
     */
    public void step(Scene scene) {
        FigureFrame target = maximised.get() != null ? maximised.get() : frameOf(scene.getFocusOwner());
        if (target == null) {
            target = underPointer;
        }
        if (target == null || !target.isVisible() && !isMaximised(target)) {
            return;
        }
        switch (isMaximised(target) ? level : Level.DOCKED) {
            case DOCKED -> maximise(target, Level.WORK_AREA);
            case WORK_AREA -> maximise(target, Level.SCREEN);
            case SCREEN -> restore();
        }
    }

    private static FigureFrame frameOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof FigureFrame f) {
                return f;
            }
        }
        return null;
    }

    public void maximise(FigureFrame frame, Level to) {
        if (to == Level.DOCKED) {
            restore();
            return;
        }
        if (maximised.get() != frame) {
            restore();
        }
        StackPane from = level == Level.SCREEN ? windowLayer : workAreaLayer;
        from.getChildren().clear();
        from.setVisible(false);
        StackPane into = to == Level.SCREEN ? windowLayer : workAreaLayer;
        frame.lend();
        into.getChildren().setAll(frame.body());
        into.setVisible(true);
        Stage s = stage.get();
        if (to == Level.SCREEN && s != null && level != Level.SCREEN) {
            stageWasFullScreen = s.isFullScreen();
            s.setFullScreen(true);
        }
        level = to;
        maximised.set(frame);
    }

    /** Puts the maximised figure back in its place (and the window out of full screen, if the figure put it there). */
    public void restore() {
        FigureFrame frame = maximised.get();
        if (frame == null) {
            return;
        }
        Level was = level;
        level = Level.DOCKED;
        maximised.set(null);
        workAreaLayer.getChildren().clear();
        workAreaLayer.setVisible(false);
        windowLayer.getChildren().clear();
        windowLayer.setVisible(false);
        frame.takeBack();
        Stage s = stage.get();
        if (was == Level.SCREEN && s != null && !stageWasFullScreen && s.isFullScreen()) {
            s.setFullScreen(false);
        }
    }

    public boolean isMaximised(FigureFrame frame) {
        return maximised.get() == frame;
    }

    /** The maximised figure's frame, or null. */
    public ReadOnlyObjectProperty<FigureFrame> maximisedProperty() {
        return maximised.getReadOnlyProperty();
    }

    public Level level() {
        return level;
    }

    void pointerOn(FigureFrame frame) {
        underPointer = frame;
    }

    void pointerOff(FigureFrame frame) {
        if (underPointer == frame) {
            underPointer = null;
        }
    }
}
