package org.descentfx.engine;

import java.util.List;
import org.descentfx.core.train.Checkpoint;
import org.descentfx.core.train.Hyperparameters;

/**
 * How to bring one run back to a saved state: start with {@code initial}, switch η and m at the
 * steps of {@code changes} (each change's step is the first step that used it), stop after
 * {@code steps} steps. With {@code end}, the state after the last step is known already: the run
 * resumes there at once, and the steps are replayed only to draw its path.
 *
 * @param end the run's state after {@code steps} steps, or null to replay them to reach it
 */
public record ReplayPlan(Hyperparameters initial, List<TraceChunk.Change> changes, long steps, Checkpoint end) {
    public ReplayPlan {
        changes = List.copyOf(changes);
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0");
        }
        if (end != null && end.step() != steps) {
            throw new IllegalArgumentException("the saved state is at step " + end.step() + ", the plan ends at " + steps);
        }
    }

    /** A plan whose end is reached by replaying it. */
    public ReplayPlan(Hyperparameters initial, List<TraceChunk.Change> changes, long steps) {
        this(initial, changes, steps, null);
    }
}
