package org.descentfx.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The JavaFX toolkit for commands that draw without a display: Monocle's headless glass and the
 * software renderer, whether or not an X server is there, so a picture comes out the same on a
 * laptop and on a build server.
 *
 * <p>A JVM can start the toolkit only once, so it is started on first use and left running
 * (a test run shares it; the launcher's {@code System.exit} ends it). If it is already running,
 * as under a UI test, it is used as it is.
 */
final class HeadlessFx {
    private static final Object LOCK = new Object();
    private static boolean started;

    private HeadlessFx() {
    }

    /** Runs {@code work} on the FX thread and returns its result; the calling thread waits. */
    static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        start();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void start() throws InterruptedException {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            CountDownLatch ready = new CountDownLatch(1);
            // the toolkit warns that it was loaded from the classpath, which is how this app runs
            Logger fxLog = Logger.getLogger("javafx");
            Level level = fxLog.getLevel();
            fxLog.setLevel(Level.SEVERE);
            try {
                Platform.startup(ready::countDown);
            } catch (IllegalStateException alreadyRunning) {
                ready.countDown();
            } finally {
                fxLog.setLevel(level);
            }
            ready.await();
            started = true;
        }
    }
}
