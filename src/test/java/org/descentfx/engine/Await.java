package org.descentfx.engine;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polling with a deadline: the tests wait for what they expect, never for a fixed time. */
final class Await {
    /** Generous: the build machine has two shared cores. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private Await() {
    }

    static void awaitUntil(BooleanSupplier condition, String what) {
        awaitUntil(condition, PATIENCE, what);
    }

    static void awaitUntil(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("gave up after " + timeout.toSeconds() + " s waiting until " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
