package workbench.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import workbench.app.viewmodel.ViewSettingsViewModel;

/**
 * Hides the scene's {@linkplain AdvancedControl#tag tagged} controls in presenter mode, those the
 * user chose, and shows them again. A hidden node gives up its place too (managed false), so a form
 * closes up around it.
 */
final class HiddenControls {
    private HiddenControls() {
    }

    /** From now on the scene's tagged nodes follow {@code view}, including those added later. */
    static void install(Scene scene, ViewSettingsViewModel view) {
        scene.getProperties().put(AdvancedControl.KEY, view);
        view.addListener(o -> applyBelow(scene.getRoot(), view));
        applyBelow(scene.getRoot(), view);
    }

    /** Gives a tagged node that just joined a scene (or left one) the state that scene's settings say. */
    static void refresh(Node node) {
        Scene scene = node.getScene();
        if (scene != null && scene.getProperties().get(AdvancedControl.KEY) instanceof ViewSettingsViewModel view) {
            apply(node, view);
        }
    }

    private static void applyBelow(Node node, ViewSettingsViewModel view) {
        if (node.getProperties().containsKey(AdvancedControl.KEY)) {
            apply(node, view);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                applyBelow(child, view);
            }
        }
    }

    private static void apply(Node node, ViewSettingsViewModel view) {
        AdvancedControl control = (AdvancedControl) node.getProperties().get(AdvancedControl.KEY);
        boolean shown = !view.hides(control.id());
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
