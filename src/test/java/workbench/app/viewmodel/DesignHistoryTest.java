package workbench.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerKind;
import workbench.engine.LayerSpec;
import workbench.engine.Shape;
import workbench.engine.VariantSpec;

/** Undo and redo in the designer: every kind of edit is a step, consecutive edits of one field are one. */
class DesignHistoryTest {
    private final DesignerViewModel vm = new DesignerViewModel();

    DesignHistoryTest() {
        vm.inputShapeProperty().set(Shape.flat(64));
    }

    private List<Integer> units() {
        return vm.encoder().stream().map(r -> r.unitsProperty().get()).toList();
    }

    @Test
    void deletingALayerIsUndoneAndRedone() {
        assertEquals(List.of(32, 16), units());
        assertFalse(vm.canUndoProperty().get());
        vm.encoder().remove(0);
        assertEquals(List.of(16), units());
        vm.undo();
        assertEquals(List.of(32, 16), units());
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals(List.of(16), units());
    }

    @Test
    void addingMovingAndChangingAFieldAreOneStepEach() {
        vm.encoder().add(LayerRow.dense(8, ActivationFunction.TANH));
        DesignerViewModel.move(vm.encoder(), 2, -2);
        vm.encoder().get(1).kindProperty().set(LayerKind.DROPOUT);
        assertEquals(List.of(8, 32, 16), units());
        vm.undo();
        assertEquals(LayerKind.DENSE, vm.encoder().get(1).kindProperty().get(), "the kind change undone");
        vm.undo();
        assertEquals(List.of(32, 16, 8), units(), "the move undone in one step");
        vm.undo();
        assertEquals(List.of(32, 16), units(), "the added layer gone");
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void consecutiveEditsOfOneFieldAreOneStep() {
        for (int units = 33; units <= 40; units++) {
            vm.encoder().get(0).unitsProperty().set(units); // a spinner's arrow pressed eight times
        }
        vm.latentSizeProperty().set(3);
        vm.latentSizeProperty().set(4);
        vm.undo();
        assertEquals(2, vm.latentSizeProperty().get(), "both latent edits in one step");
        assertEquals(40, vm.encoder().get(0).unitsProperty().get());
        vm.undo();
        assertEquals(32, vm.encoder().get(0).unitsProperty().get(), "eight unit edits in one step");
    }

    @Test
    void theVariantAndAnEditOfARestoredRowAreUndoable() {
        vm.variantProperty().set(VariantSpec.Kind.VARIATIONAL);
        vm.encoder().remove(1);
        vm.undo();
        vm.encoder().get(1).unitsProperty().set(12); // a row put back by undo records its edits too
        vm.undo();
        assertEquals(16, vm.encoder().get(1).unitsProperty().get());
        vm.undo();
        assertEquals(VariantSpec.Kind.PLAIN, vm.variantProperty().get());
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoSteps() {
        vm.latentSizeProperty().set(5);
        vm.undo();
        vm.codeActivationProperty().set(ActivationFunction.TANH);
        assertFalse(vm.canRedoProperty().get());
    }

    @Test
    void loadingADesignIsOneStepAndNotAUserEdit() {
        int edits = vm.userEditsProperty().get();
        var loaded = workbench.session.Presets.all().get(1).experiment().model();
        vm.load(loaded);
        assertEquals(edits, vm.userEditsProperty().get());
        assertEquals(32, vm.latentSizeProperty().get());
        vm.undo();
        assertEquals(2, vm.latentSizeProperty().get());
        assertEquals(List.of(32, 16), units());
    }
}
