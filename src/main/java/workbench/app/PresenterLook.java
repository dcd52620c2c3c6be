package workbench.app;

import java.util.Locale;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import workbench.app.viewmodel.ViewSettingsViewModel;

/**
 * What presenter mode changes in the window's look, for a projector seen from the back of a
 * classroom: the text of every control larger (one font size on the root: the stylesheet measures
 * padding and the rest in em, so the controls grow with it), larger text, lines and dots in the
 * three plots, and a narrower settings column so that the plots get the room.
 */
final class PresenterLook {
    static final double FONT_SCALE = 1.5;
    /** The settings column's share of the width in presenter mode; the window opens at about a third. */
    static final double SETTINGS_SHARE = 0.30;

    private final Region root;
    private final SplitPane columns;
    private final OutputArea outputs;
    /** Where the divider was before presenter mode, to put it back; NaN while presenter mode is off. */
    private double deskShare = Double.NaN;

    private PresenterLook(Region root, SplitPane columns, OutputArea outputs) {
        this.root = root;
        this.columns = columns;
        this.outputs = outputs;
    }

    /** From now on the window looks as {@code view}'s presenter mode says. */
    static void follow(ViewSettingsViewModel view, Region root, SplitPane columns, OutputArea outputs) {
        PresenterLook look = new PresenterLook(root, columns, outputs);
        view.presenterModeProperty().addListener((o, was, on) -> look.apply(on));
        if (view.presenterModeProperty().get()) {
            look.apply(true);
        }
    }

    private void apply(boolean on) {
        // in pixels from the platform's default rather than em, which would leave the root's own size ambiguous
        root.setStyle(on ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Font.getDefault().getSize() * FONT_SCALE)
                : "");
        outputs.lossChart().setPresentation(on);
        outputs.latentScatter().setPresentation(on);
        outputs.reconstructionGrid().setPresentation(on);
        SplitPane.Divider divider = columns.getDividers().get(0);
        if (on) {
            deskShare = divider.getPosition();
            divider.setPosition(SETTINGS_SHARE);
        } else if (!Double.isNaN(deskShare)) {
            divider.setPosition(deskShare);
            deskShare = Double.NaN;
        }
    }
}
