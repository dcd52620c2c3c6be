package workbench.app;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Font;
import workbench.app.charts.Presentable;
import workbench.app.layout.EveryNode;
import workbench.app.layout.ProportionalDividers;
import workbench.app.layout.SettingsColumn;
import workbench.app.viewmodel.ViewSettingsViewModel;

/**
 * What presenter mode changes in the window's look, for a projector seen from the back of a
 * classroom: the text of every control larger (one font size on the root: the stylesheet measures
 * padding and the rest in em, so the controls grow with it), every figure drawn larger (each node
 * that is {@link Presentable}, wherever and whenever it joins the window), and a settings column
 * narrower in pixels, so that the figures get the room. Leaving puts back exactly what was there.
 */
final class PresenterLook {
    static final double FONT_SCALE = 1.5;
    /** The settings column in presenter mode, as a share of its width at the desk: narrower, never wider. */
    static final double SETTINGS_SCALE = 0.85;

    private final Parent root;
    private final SettingsColumn settings;
    private boolean on;
    /** The settings column's divider and width before presenter mode, to put back; NaN while presenter mode is off. */
    private double deskDivider = Double.NaN;
    private double deskWidth = Double.NaN;
    /** The window's width then: at another width the desk column comes back at its pixels, not its share. */
    private double deskSplitWidth = Double.NaN;
    /**
     * Every other splitter's dividers at the desk (the plots'): the larger text pushes their panes'
     * minimum widths and moves them by a pixel or two, so they are put back as they were. A splitter
     * that keeps its own shares (the lower tabs', the anomaly view's) is put back at those instead: its
     * position at the desk may belong to another tab than the one on show when presenter mode ends.
     */
    private final Map<SplitPane, double[]> deskDividers = new IdentityHashMap<>();

    private PresenterLook(Parent root, SettingsColumn settings) {
        this.root = root;
        this.settings = settings;
    }

    /** From now on the window under {@code root} looks as {@code view}'s presenter mode says. */
    static void follow(ViewSettingsViewModel view, Parent root, SettingsColumn settings) {
        PresenterLook look = new PresenterLook(root, settings);
        // a figure that joins later (a tab's content, a new run's view) takes the look the window has then
        EveryNode.under(root, look::present);
        view.presenterModeProperty().addListener((o, was, now) -> look.apply(now));
        if (view.presenterModeProperty().get()) {
            look.apply(true);
        }
    }

    private void present(Node node) {
        if (node instanceof Presentable figure && figure.isPresentation() != on) {
            figure.setPresentation(on);
        }
    }

    private void apply(boolean presenting) {
        on = presenting;
        // in pixels from the platform's default rather than em, which would leave the root's own size ambiguous;
        // back at the desk the default size is set rather than the style removed: with the style removed, the
        // menu bar's buttons kept the presenter size
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                Font.getDefault().getSize() * (on ? FONT_SCALE : 1)));
        EveryNode.walk(root, this::present);
        if (on) {
            deskDivider = settings.split().getDividers().isEmpty() ? Double.NaN : settings.split().getDividerPositions()[0];
            deskWidth = settings.width();
            deskSplitWidth = settings.split().getWidth();
            deskDividers.clear();
            EveryNode.walk(root, node -> {
                if (node instanceof SplitPane split && split != settings.split() && !ProportionalDividers.keeps(split)) {
                    deskDividers.put(split, split.getDividerPositions());
                }
            });
            settings.setWidth(deskWidth * SETTINGS_SCALE);
        } else {
            boolean sameWindow = settings.split().getWidth() == deskSplitWidth;
            if (settings.isCollapsed() || Double.isNaN(deskDivider) || !sameWindow) {
                settings.setWidth(deskWidth); // comes back at the desk width when unfolded
            } else {
                settings.split().setDividerPositions(deskDivider); // the very position, not one computed again
            }
            if (sameWindow) {
                // a window resized meanwhile keeps the dividers as they are: the old shares may not fit it
                deskDividers.forEach((split, positions) -> split.setDividerPositions(positions));
            }
            EveryNode.walk(root, node -> {
                if (node instanceof SplitPane split && ProportionalDividers.keeps(split)) {
                    ProportionalDividers.restore(split);
                }
            });
            deskDividers.clear();
            deskDivider = Double.NaN;
            deskWidth = Double.NaN;
        }
    }
}
