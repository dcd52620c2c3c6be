package workbench.app.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The splitter between the plots on top and the tabs below, placed for the tab on show: a strip of
 * reconstructions needs little height, the manifold, the anomaly charts or the runs table need
 * much. Each tab starts where {@code usual} says and then keeps wherever the user drags it.
 */
public final class PerTabDivider {
    private PerTabDivider() {
    }

    /** @param usual the divider position (0 top, 1 bottom) a tab starts at */
    public static void install(SplitPane split, TabPane tabs, ToDoubleFunction<Tab> usual) {
        Map<Tab, Double> kept = new HashMap<>();
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (split.getDividers().isEmpty()) {
                return;
            }
            if (was != null) {
                kept.put(was, split.getDividerPositions()[0]);
            }
            if (now != null) {
                split.setDividerPositions(kept.getOrDefault(now, usual.applyAsDouble(now)));
            }
        });
        Tab first = tabs.getSelectionModel().getSelectedItem();
        if (first != null && !split.getDividers().isEmpty()) {
            split.setDividerPositions(usual.applyAsDouble(first));
        }
    }
}
