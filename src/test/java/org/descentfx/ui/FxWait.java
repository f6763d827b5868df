package org.descentfx.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: running a call on the FX thread, and waiting for a condition. */
public final class FxWait {
    private static final long TIMEOUT_S = 30;

    private FxWait() {
    }

    /** The value of {@code c} called on the FX thread; its failure is thrown here. */
    public static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** As {@link #onFx}, for callers that cannot throw a checked exception. */
    public static <T> T onFxQuietly(Callable<T> c) {
        try {
            return onFx(c);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} holds, failing after the timeout. */
    public static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** Waits for queued events, lays the scene of {@code n} out anew, and waits again. */
    public static void settle(javafx.scene.Node n) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            n.getScene().getRoot().applyCss();
            n.getScene().getRoot().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
