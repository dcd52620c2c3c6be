package workbench.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerKind;
import workbench.engine.ModelSpec;
import workbench.engine.Shape;
import workbench.session.Preset;
import workbench.session.Presets;

/**
 * The designer checks a design on every keystroke from its plan alone: no weight is allocated, the
 * row at fault is known from the plan's structured error, and the numbers it shows are the model's.
 */
class DesignerShapesTest {
    private static final Shape MNIST = Shape.image(1, 28, 28);
    private final DesignerViewModel vm = new DesignerViewModel();

    private static ModelSpec preset(String title) {
        Preset preset = Presets.all().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
        return preset.experiment().model().withInputShape(MNIST);
    }

    private static long allocated() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void theKerasConvolutionalDesignIsCheckedOnEveryKeystrokeWithoutBuildingIt() {
        vm.load(preset("Convolutional (Keras blog)"));
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.summaryProperty().get().contains("4,385 parameters"), vm.summaryProperty().get());
        LayerRow filters = vm.encoder().get(2);
        int keystrokes = 2000;
        double[] microseconds = new double[5];
        for (int round = 0; round < microseconds.length; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < keystrokes; i++) {
                filters.unitsProperty().set(9 + i % 2);
            }
            microseconds[round] = (System.nanoTime() - start) / 1e3 / keystrokes;
        }
        // Reported, not asserted: a time depends on the machine and its load.
        System.out.printf(Locale.ROOT, "designer, Keras conv design on mnist-10k: %.0f us per keystroke over the"
                + " first %d keystrokes (a cold JIT), %.0f us over the last %d%n", microseconds[0], keystrokes,
                microseconds[microseconds.length - 1], keystrokes);
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.summaryProperty().get().contains("parameters"), vm.summaryProperty().get());
    }

    @Test
    void aKeystrokeAllocatesNoWeights() {
        vm.inputShapeProperty().set(Shape.flat(784));
        vm.encoder().setAll(LayerRow.dense(4096, ActivationFunction.RELU));
        vm.latentSizeProperty().set(32);
        assertTrue(vm.summaryProperty().get().contains("6,693,680 parameters"), vm.summaryProperty().get());
        LayerRow wide = vm.encoder().get(0);
        wide.unitsProperty().set(4095);
        long before = allocated();
        wide.unitsProperty().set(4096);
        long bytes = allocated() - before;
        System.out.printf(Locale.ROOT, "designer, 784-4096-32 design: %,d bytes allocated by one keystroke"
                + " (its weights would be %,d)%n", bytes, 6_693_680L * Float.BYTES);
        assertTrue(bytes < 1024 * 1024, "no weights allocated: " + bytes + " bytes");
        assertTrue(vm.summaryProperty().get().contains("6,693,680 parameters"), vm.summaryProperty().get());
    }

    @Test
    void theRowAtFaultIsMarkedFromTheStructuredError() {
        vm.inputShapeProperty().set(MNIST);
        vm.load(preset("Convolutional (Keras blog)"));
        vm.decoder().get(1).kindProperty().set(LayerKind.CROPPING);
        vm.decoder().get(1).kernelProperty().set(5);
        assertEquals("decoder.1", vm.problemFieldProperty().get());
        assertTrue(vm.problemProperty().get().startsWith("Decoder layer 2 (Cropping2D(5)): the input 8x4x4 is too"
                + " small"), vm.problemProperty().get());
        vm.decoder().get(1).kernelProperty().set(1);
        assertTrue(vm.problemProperty().get().startsWith("Decoder ends at 16x4x4 but the input is 1x28x28"), vm.problemProperty().get());
        assertEquals("decoder.5", vm.problemFieldProperty().get(), "the decoder's last row");
        vm.encoder().get(0).kindProperty().set(LayerKind.FLATTEN);
        assertEquals("encoder.1", vm.problemFieldProperty().get(), "the first fault, in the encoder");
    }
}
