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
 * much. Each tab starts where {@code usual} says and then keeps wherever the user drags it. The
 * splitter keeps the share of the tab on show through every change of height
 * ({@link ProportionalDividers}), and a tab remembers that share, never where a squeeze (a window
 * shown again, presenter mode's larger text) happened to leave the divider when the tab was left.
 */
public final class PerTabDivider {
    private PerTabDivider() {
    }

    /** @param usual the divider position (0 top, 1 bottom) a tab starts at */
    public static void install(SplitPane split, TabPane tabs, ToDoubleFunction<Tab> usual) {
        Map<Tab, Double> kept = new HashMap<>();
        Tab first = tabs.getSelectionModel().getSelectedItem();
        ProportionalDividers.keep(split, first == null ? 0.5 : usual.applyAsDouble(first));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                kept.put(was, ProportionalDividers.shares(split)[0]);
            }
            if (now != null) {
                ProportionalDividers.setShares(split, kept.getOrDefault(now, usual.applyAsDouble(now)));
            }
        });
    }
}
