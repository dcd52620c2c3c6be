package workbench.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Reading and changing the scene from a test: everything on the FX thread, waiting with a limit. */
public final class FxThread {
    private FxThread() {
    }

    /** The value read on the FX thread (30 s at most). */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static void fx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits up to 60 s for a condition read on the FX thread, then for the events it caused. */
    public static void until(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not happen in 60 s");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void until(BooleanSupplier condition) {
        until(condition, "the expected state");
    }
}
