package workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.viewmodel.LayerRow;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.ActivationFunction;

/**
 * The window stays responsive while a 784-128-64-[32] model trains on mnist-10k with live
 * snapshots ten times a second. Every JavaFX pulse is followed from its start (the first animation
 * handler) to the end of its layout, on two scales: the FX thread's own CPU time, which is what
 * the window's code costs and does not grow when other programs take the cores, and the time on
 * the wall, which does.
 */
@ExtendWith(ApplicationExtension.class)
class ResponsivenessTest {
    /** Snapshots the window must have taken in before the measurement ends. */
    private static final int SNAPSHOTS = 30;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Double> pulseCpuMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> pulseWallMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> gapMillis = Collections.synchronizedList(new ArrayList<>());
    private WindowHarness w;
    private boolean recording;
    private int snapshots;
    private long pulseCpu;
    private long pulseWall;
    private long lastWall;

    @Start
    void start(Stage stage) {
        // installed before the window's own frame loop, so it runs first in each pulse
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!recording) {
                    return;
                }
                long wall = System.nanoTime();
                if (lastWall > 0) {
                    gapMillis.add((wall - lastWall) / 1e6);
                }
                lastWall = wall;
                pulseWall = wall;
                pulseCpu = threads.getCurrentThreadCpuTime();
            }
        }.start();
        w = new WindowHarness(stage);
        stage.getScene().addPostLayoutPulseListener(() -> {
            if (recording && pulseWall > 0) {
                pulseCpuMillis.add((threads.getCurrentThreadCpuTime() - pulseCpu) / 1e6);
                pulseWallMillis.add((System.nanoTime() - pulseWall) / 1e6);
                pulseWall = 0;
            }
        });
        w.vm.run().snapshotProperty().addListener((o, before, after) -> snapshots++);
    }

    /** Trains until the window has shown {@value #SNAPSHOTS} snapshots and two epochs, recording every pulse. */
    private int trainAndRecord() {
        assertTrue(threads.isCurrentThreadCpuTimeSupported(), "this JVM measures a thread's CPU time");
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
        WindowHarness.fx(() -> {
            snapshots = 0;
            recording = true;
        });
        w.until(() -> snapshots >= SNAPSHOTS && w.vm.run().progressProperty().get().epoch() >= 2);
        int epoch = WindowHarness.onFx(() -> {
            recording = false;
            return w.vm.run().progressProperty().get().epoch();
        });
        WindowHarness.fx(() -> w.vm.run().stop());
        w.until(State.FINISHED);
        return epoch;
    }

    /**
     * The window takes in the snapshots while training, in pulses; what each pulse costs the FX
     * thread is printed, not asserted: even a thread's own CPU time moved from 41 to 58 ms for the
     * slowest pulse between runs of one commit on one machine, so a limit on it fails by chance.
     * {@link #slowPulsesStayRareAndShort} holds the limits, in the benchmark profile.
     */
    @Test
    void theWindowShowsTheSnapshotsInPulsesWhileTraining() {
        int epoch = trainAndRecord();
        List<Double> cpu = sorted(pulseCpuMillis);
        report("CPU", epoch, cpu, sorted(pulseWallMillis));
        assertTrue(cpu.size() >= SNAPSHOTS, "the snapshots were shown in pulses: " + cpu.size());
        assertTrue(snapshots >= SNAPSHOTS, "the window took in " + snapshots + " snapshots");
    }

    /**
     * Benchmark: nine pulses in ten cost the FX thread under 25 ms of CPU (smooth at ten snapshots a
     * second), and none 100 ms (a window that visibly freezes). The slowest is a view's first drawing
     * under a cold JIT.
     */
    @Test
    @Tag("benchmark")
    void slowPulsesStayRareAndShort() {
        int epoch = trainAndRecord();
        List<Double> cpu = sorted(pulseCpuMillis);
        report("CPU", epoch, cpu, sorted(pulseWallMillis));
        assertTrue(pct(cpu, 90) < 25, "one pulse in ten cost the FX thread " + pct(cpu, 90) + " ms of CPU or more");
        assertTrue(pct(cpu, 100) < 100, "slowest pulse cost the FX thread " + pct(cpu, 100) + " ms of CPU");
    }

    /** Benchmark: how long pulses take on the wall, where the load of other programs counts too. */
    @Test
    @Tag("benchmark")
    void printsPulseAndGapTimesOnTheWallWhileTraining() {
        int epoch = trainAndRecord();
        List<Double> wall = sorted(pulseWallMillis);
        report("wall", epoch, sorted(pulseCpuMillis), wall);
        assertTrue(wall.size() >= SNAPSHOTS, "the snapshots were shown in pulses: " + wall.size());
    }

    private void report(String what, int epoch, List<Double> cpu, List<Double> wall) {
        List<Double> gaps = sorted(gapMillis);
        System.out.printf(Locale.ROOT, "%sresponsiveness while training mnist-10k (%d snapshots, epoch %d reached):"
                        + " %d pulses; FX thread CPU ms per pulse median %.1f p90 %.1f p99 %.1f max %.1f;"
                        + " wall ms per pulse median %.1f p90 %.1f p99 %.1f max %.1f;"
                        + " gap between pulses ms median %.1f p99 %.1f max %.1f%n",
                what.equals("wall") ? "BENCHMARK " : "", snapshots, epoch, cpu.size(),
                pct(cpu, 50), pct(cpu, 90), pct(cpu, 99), pct(cpu, 100),
                pct(wall, 50), pct(wall, 90), pct(wall, 99), pct(wall, 100),
                pct(gaps, 50), pct(gaps, 99), pct(gaps, 100));
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
