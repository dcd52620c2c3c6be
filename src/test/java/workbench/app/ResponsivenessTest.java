package workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.viewmodel.LayerRow;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.ActivationFunction;

/**
 * The window stays responsive while training runs: every JavaFX pulse is timed from its start
 * (the first animation handler) to the end of its layout, and the gaps between pulses are kept,
 * while a 784-128-64-[32] model trains on mnist-10k with live snapshots ten times a second.
 */
@ExtendWith(ApplicationExtension.class)
class ResponsivenessTest {
    private WindowHarness w;
    private final List<Double> pulseMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> gapMillis = Collections.synchronizedList(new ArrayList<>());
    private long pulseStart;
    private long lastStart;

    @Start
    void start(Stage stage) {
        // installed before the window's own frame loop, so it runs first in each pulse
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (lastStart > 0) {
                    gapMillis.add((t - lastStart) / 1e6);
                }
                lastStart = t;
                pulseStart = t;
            }
        }.start();
        w = new WindowHarness(stage);
        stage.getScene().addPostLayoutPulseListener(() -> {
            if (pulseStart > 0) {
                pulseMillis.add((System.nanoTime() - pulseStart) / 1e6);
                pulseStart = 0;
            }
        });
    }

    @Test
    void noPulseTakesMoreThan50MillisecondsWhileTraining() throws Exception {
        w.until(State.READY);
        WindowHarness.fx(() -> w.vm.dataset().choose("mnist-10k"));
        w.until(() -> w.vm.designer().inputShapeProperty().get() != null
                && w.vm.designer().inputShapeProperty().get().size() == 784 && w.vm.run().stateProperty().get() == State.READY);
        WindowHarness.fx(() -> {
            w.vm.designer().encoder().setAll(LayerRow.dense(128, ActivationFunction.RELU),
                    LayerRow.dense(64, ActivationFunction.RELU));
            w.vm.designer().latentSizeProperty().set(32);
            w.vm.training().epochsProperty().set(1000);
            w.vm.training().batchSizeProperty().set(256);
        });
        WindowHarness.fx(w.vm::train);
        w.until(() -> w.vm.run().snapshotProperty().get() != null);
        pulseMillis.clear();
        gapMillis.clear();
        Thread.sleep(8000);
        int epochs = WindowHarness.onFx(() -> w.vm.run().progressProperty().get().epoch());
        WindowHarness.fx(() -> w.vm.run().stop());
        w.until(State.FINISHED);

        List<Double> inOrder;
        synchronized (pulseMillis) {
            inOrder = new ArrayList<>(pulseMillis);
        }
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i) > 20) {
                slow.append(String.format(Locale.ROOT, " #%d:%.1f", i, inOrder.get(i)));
            }
        }
        System.out.println("pulses over 20 ms (index: ms):" + slow);
        List<Double> pulses = sorted(pulseMillis);
        List<Double> gaps = sorted(gapMillis);
        System.out.printf(Locale.ROOT, "responsiveness while training mnist-10k (epoch %d reached): %d pulses,"
                        + " pulse ms median %.1f p90 %.1f p99 %.1f max %.1f; gap between pulses ms median %.1f p99 %.1f max %.1f%n",
                epochs, pulses.size(), pct(pulses, 50), pct(pulses, 90), pct(pulses, 99), pct(pulses, 100),
                pct(gaps, 50), pct(gaps, 99), pct(gaps, 100));
        assertTrue(pulses.size() > 100, "pulses were measured: " + pulses.size());
        assertTrue(epochs >= 2, "training progressed");
        assertTrue(pct(pulses, 100) < 50, "slowest pulse " + pct(pulses, 100) + " ms");
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    private static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
