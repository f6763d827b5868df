package org.descentfx.engine;

import java.util.List;
import org.descentfx.core.train.Hyperparameters;

/**
 * How to bring one run back to a saved state: start with {@code initial}, switch η and m at the
 * steps of {@code changes} (each change's step is the first step that used it), stop after
 * {@code steps} steps.
 */
public record ReplayPlan(Hyperparameters initial, List<TraceChunk.Change> changes, long steps) {
    public ReplayPlan {
        changes = List.copyOf(changes);
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0");
        }
    }
}
