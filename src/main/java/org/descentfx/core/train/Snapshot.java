package org.descentfx.core.train;

/**
 * What a run looks like after a step: immutable, safe to hand to any thread.
 *
 * @param step            steps (mini-batches) taken since the start
 * @param epoch           the epoch the last step belonged to (1-based; 0 at the start)
 * @param positionInEpoch examples of the current epoch already used (0 … n)
 * @param examplesSeen    examples used since the start, over all epochs
 * @param point           (w, b) now
 * @param batchCost       C_X of the last mini-batch, measured where its gradient was taken (NaN at the start)
 * @param cost            C(w, b) over all data, Eq. (1)
 * @param hyperparameters η and m of the last step (or the ones to be used next, at the start)
 * @param state           whether the run can go on
 * @param divergedAtStep  the step at which it diverged, or -1
 * @param optimizer       what the optimizer carries into the next step ({@link OptimizerState#NONE} for SGD)
 */
public record Snapshot(long step, long epoch, int positionInEpoch, long examplesSeen, Point point,
                       double batchCost, double cost, Hyperparameters hyperparameters, RunState state,
                       long divergedAtStep, OptimizerState optimizer) {

    public boolean diverged() {
        return state == RunState.DIVERGED;
    }
}
