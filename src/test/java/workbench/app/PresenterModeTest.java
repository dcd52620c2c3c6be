package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.app.WindowHarness.fx;
import static workbench.app.WindowHarness.onFx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.layout.EveryNode;
import workbench.app.recon.ReconstructionGrid;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.VariantSpec;
import workbench.io.Json;
import workbench.session.ViewSettings;

/** Presenter mode on the real window: larger text, the chosen controls hidden, and the choice kept in the file. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    @TempDir
    Path dir;

    private WindowHarness w;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        w = new WindowHarness(stage);
        // TestFX shares the stage: another class may have left it too narrow for the column to narrow
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private static boolean shown(Node node) {
        return onFx(() -> node.isVisible() && node.isManaged());
    }

    private static Label labelOf(FxRobot robot, Node field) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().filter(l -> l.getLabelFor() == field)
                .findFirst().orElseThrow();
    }

    private static double fontSize(TextField field) {
        return onFx(() -> {
            field.getScene().getRoot().applyCss();
            return field.getFont().getSize();
        });
    }

    /** Where the divider between the settings and the plots is, as a share of the width. */
    private double divider() {
        return onFx(() -> w.window.settings().split().getDividerPositions()[0]);
    }

    private void presenterKey(FxRobot robot, boolean expected) {
        robot.type(KeyCode.F5);
        w.until(() -> w.vm.view().presenterModeProperty().get() == expected);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f5EnlargesTheTextAndPlotsAndHidesTheAdvancedControlsUntilPressedAgain(FxRobot robot) {
        w.until(State.READY);
        TextField learningRate = robot.lookup("#learningRate").queryAs(TextField.class);
        Node optimizer = robot.lookup("#optimizer").query();
        Label optimizerLabel = labelOf(robot, optimizer);
        double deskFont = fontSize(learningRate);
        double deskDivider = divider();
        assertTrue(shown(optimizer));
        assertTrue(shown(optimizerLabel));

        presenterKey(robot, true);
        assertEquals(deskFont * PresenterLook.FONT_SCALE, fontSize(learningRate), 0.2, "every control's text grows");
        assertFalse(shown(optimizer), "the optimizer is advanced, hidden by default");
        assertFalse(shown(optimizerLabel), "and its label with it");
        assertFalse(shown(robot.lookup("#seed").query()));
        for (String id : List.of("#learningRate", "#epochs", "#latentSize", "#train", "#encoderAddLayer")) {
            assertTrue(shown(robot.lookup(id).query()), id + " stays");
        }
        OutputArea outputs = w.window.outputs();
        assertTrue(onFx(() -> outputs.lossChart().isPresentation()));
        assertTrue(onFx(() -> outputs.latentScatter().isPresentation()));
        assertTrue(onFx(() -> outputs.reconstructionGrid().isPresentation()));
        // at most the presenter share, unless the settings column's minimum width holds it
        assertTrue(divider() < deskDivider - 0.005, "the plots get the room: " + deskDivider + " -> " + divider());

        // a variant's settings, built while presenter mode is on, follow it as well
        fx(() -> w.vm.designer().variantProperty().set(VariantSpec.Kind.CONTRACTIVE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#contractiveWeight").query()), "the contractive penalty's weight is its knob");
        fx(() -> w.vm.designer().variantProperty().set(VariantSpec.Kind.VARIATIONAL));
        WaitForAsyncUtils.waitForFxEvents();
        Node warmup = robot.lookup("#warmupEpochs").query();
        assertFalse(shown(warmup), "the KL warm-up is a fine setting");
        assertTrue(shown(robot.lookup("#beta").query()), "beta is the variant's main knob");

        presenterKey(robot, false);
        assertEquals(deskFont, fontSize(learningRate), 0.01);
        assertTrue(shown(optimizer));
        assertTrue(shown(optimizerLabel));
        assertTrue(shown(warmup));
        assertFalse(onFx(() -> outputs.latentScatter().isPresentation()));
        assertEquals(deskDivider, divider(), 0.01);
    }

    /** The look of the window that presenter mode changes: every text's font size, every divider, the settings' width. */
    record Look(Map<Node, Double> fonts, Map<SplitPane, List<Double>> dividers, double settingsWidth,
                Map<String, Double> viewMenuFonts) {
    }

    private Look look() {
        return onFx(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            Map<Node, Double> fonts = new HashMap<>();
            Map<SplitPane, List<Double>> dividers = new HashMap<>();
            EveryNode.walk(root, n -> {
                if (n instanceof Labeled l) {
                    fonts.put(n, l.getFont().getSize());
                } else if (n instanceof TextInputControl t) {
                    fonts.put(n, t.getFont().getSize());
                } else if (n instanceof SplitPane split) {
                    dividers.put(split, Arrays.stream(split.getDividerPositions()).boxed().toList());
                }
            });
            return new Look(fonts, dividers, w.window.settings().width(), viewMenuFonts());
        });
    }

    /** The font size of each item of the View menu, opened: a popup is a scene of its own, styled from its owner. */
    private Map<String, Double> viewMenuFonts() {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        Menu view = bar.getMenus().stream().filter(m -> ViewMenu.ID.equals(m.getId())).findFirst().orElseThrow();
        view.show();
        Map<String, Double> fonts = new HashMap<>();
        for (MenuItem item : view.getItems()) {
            Node shown = item.getStyleableNode();
            if (shown instanceof Parent p && item.getText() != null) {
                p.applyCss();
                EveryNode.walk(p, n -> {
                    if (n instanceof Labeled l && item.getText().equals(l.getText())) {
                        fonts.put(item.getText(), l.getFont().getSize());
                    }
                });
            }
        }
        view.hide();
        return fonts;
    }

    private static <K> void assertSameFor(Map<K, Double> before, Map<K, Double> after, String what) {
        for (Map.Entry<K, Double> e : before.entrySet()) {
            if (after.containsKey(e.getKey())) {
                assertEquals(e.getValue(), after.get(e.getKey()), 1e-9, what + " " + e.getKey());
            }
        }
    }

    @Test
    void leavingPresenterModePutsBackExactlyTheFontsDividersAndWidthsOfBefore(FxRobot robot) {
        w.until(State.READY);
        Look desk = look();
        assertFalse(desk.viewMenuFonts().isEmpty(), "the View menu's items were read");
        MenuBar bar = onFx(() -> (MenuBar) stage.getScene().lookup(".menu-bar"));
        Labeled fileMenu = onFx(() -> (Labeled) bar.lookup(".menu-button"));

        presenterKey(robot, true);
        Look presenting = look();
        assertEquals(desk.fonts().get(fileMenu) * PresenterLook.FONT_SCALE, presenting.fonts().get(fileMenu), 0.2,
                "the menu bar grows");
        for (Map.Entry<String, Double> item : presenting.viewMenuFonts().entrySet()) {
            assertEquals(desk.viewMenuFonts().get(item.getKey()) * PresenterLook.FONT_SCALE, item.getValue(), 0.2,
                    "the menu's item " + item.getKey() + " grows");
        }
        assertTrue(presenting.settingsWidth() < desk.settingsWidth() - 10, "the settings column narrows in pixels: "
                + desk.settingsWidth() + " -> " + presenting.settingsWidth());

        presenterKey(robot, false);
        Look back = look();
        assertSameFor(desk.fonts(), back.fonts(), "the font of");
        assertSameFor(desk.viewMenuFonts(), back.viewMenuFonts(), "the font of the View menu's");
        // every splitter comes back exactly: the settings', the lower tabs' and those inside the figures' area,
        // which the larger text pushes by a pixel or two while presenting
        assertFalse(desk.dividers().size() < 3, "the settings', the plots' and the lower tabs' splitters were read");
        for (Map.Entry<SplitPane, List<Double>> split : desk.dividers().entrySet()) {
            assertEquals(split.getValue(), back.dividers().get(split.getKey()), "the dividers of " + split.getKey());
        }
        assertEquals(desk.settingsWidth(), back.settingsWidth(), 0.5, "the settings column as wide as it was");
    }

    @Test
    void aFigureThatJoinsTheWindowInPresenterModeIsPresentedAndLeavesWithTheRest() {
        w.until(State.READY);
        fx(() -> w.vm.view().presenterModeProperty().set(true));
        ReconstructionGrid late = new ReconstructionGrid();
        fx(() -> ((Pane) stage.getScene().lookup("#windowLayer")).getChildren().add(new StackPane(late)));
        assertTrue(onFx(late::isPresentation), "a figure added later is presented, with no wiring of its own");
        fx(() -> w.vm.view().presenterModeProperty().set(false));
        assertFalse(onFx(late::isPresentation));
        fx(() -> ((Pane) stage.getScene().lookup("#windowLayer")).getChildren().clear());
    }

    @Test
    void f11TogglesFullScreenAndEscapeLeavesIt(FxRobot robot) {
        w.until(State.READY);
        try {
            robot.type(KeyCode.F11);
            w.until(() -> stage.isFullScreen());
            robot.type(KeyCode.ESCAPE);
            w.until(() -> !stage.isFullScreen());
            robot.type(KeyCode.F11);
            w.until(() -> stage.isFullScreen());
            robot.type(KeyCode.F11);
            w.until(() -> !stage.isFullScreen());
        } finally {
            fx(() -> stage.setFullScreen(false)); // TestFX shares the stage with the next test class
        }
    }

    @Test
    void theChoiceIsSavedWithTheExperimentAndAnOlderFileLeavesTheViewAlone(FxRobot robot) throws Exception {
        w.until(State.READY);
        Node batchSize = robot.lookup("#batchSize").query();
        Node seed = robot.lookup("#seed").query();

        // the dialog: hide the batch size as well, show the seed after all
        HiddenControlsDialog dialog = onFx(() -> HiddenControlsDialog.open(w.vm.view(), stage));
        assertTrue(onFx(() -> dialog.box(AdvancedControl.SEED).isSelected()), "ticked: hidden by default");
        robot.clickOn("#hide-batchSize");
        robot.clickOn("#hide-seed");
        robot.clickOn(dialog.getDialogPane().lookupButton(ButtonType.OK));
        w.until(() -> w.vm.view().hiddenProperty().get().contains("batchSize"));
        assertFalse(onFx(() -> w.vm.view().hiddenProperty().get().contains("seed")));
        fx(() -> w.vm.view().presenterModeProperty().set(true));
        assertFalse(shown(batchSize));
        assertTrue(shown(seed));

        Path lesson = dir.resolve("lesson.json");
        fx(() -> w.window.perform(w.vm::saveExperiment, lesson));
        assertTrue(Files.readString(lesson).contains("\"presenterMode\" : true"));

        // back at the desk, then open the lesson: presenter mode and the choice come back
        fx(() -> w.vm.view().load(ViewSettings.defaults()));
        assertTrue(shown(batchSize));
        fx(() -> w.window.perform(w.vm::openExperiment, lesson));
        assertTrue(onFx(() -> w.vm.view().presenterModeProperty().get()));
        assertFalse(shown(batchSize));
        assertTrue(shown(seed));
        w.until(State.READY);

        // a file from before presenter mode (no "view") opens, and the window stays as it is
        ObjectNode old = (ObjectNode) Json.mapper().readTree(lesson.toFile());
        old.remove("view");
        Path older = dir.resolve("older.json");
        Files.writeString(older, Json.mapper().writeValueAsString(old));
        fx(() -> w.vm.view().presenterModeProperty().set(false));
        fx(() -> w.window.perform(w.vm::openExperiment, older));
        w.until(State.READY);
        assertTrue(onFx(() -> w.vm.noticeProperty().get()).startsWith("Opened the experiment"));
        assertFalse(onFx(() -> w.vm.view().presenterModeProperty().get()));
        assertTrue(onFx(() -> w.vm.view().hiddenProperty().get().contains("batchSize")));
    }
}
