package org.descentfx.ui.plot;

import javafx.application.Platform;

/**
 * The check that an FX-thread-only class was called on the FX thread, as JavaFX's own {@code Task}
 * checks its callers: a call from another thread fails at once, naming the class and the thread,
 * instead of racing with the FX thread and failing somewhere else much later.
 */
public final class FxThread {
    private FxThread() {
    }

    /** @throws IllegalStateException unless called on the JavaFX Application Thread */
    public static void check(Object owner) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException(owner.getClass().getSimpleName()
                    + " may only be used on the JavaFX Application Thread, not on thread '"
                    + Thread.currentThread().getName() + "'");
        }
    }
}
