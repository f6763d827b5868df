package org.descentfx.core.train;

import java.util.Objects;

/**
 * The whole state of a run after some step, as a value: enough to resume it so that every later
 * step is the very double an uninterrupted run computes. Besides (w, b) it holds where the run is
 * in its epoch and the shuffle's own state (this epoch's order and the generator's 48 bits),
 * because the next mini-batch depends on both, and the optimizer's state. A run takes one up with
 * {@link Run#resume}; the arrays are never written after the checkpoint is made.
 *
 * @param step            steps taken since the start
 * @param completedEpochs epochs ended
 * @param position        examples of the current epoch already used (0 … n−1)
 * @param examplesSeen    examples used since the start
 * @param point           (w, b)
 * @param used            η and m of the last step
 * @param next            η and m the next step will use
 * @param generator       the 48-bit state of the shuffle's generator ({@link MiniBatches})
 * @param order           the current order of the examples (a permutation of 0 … n−1)
 * @param shufflesOwed    epoch shuffles not yet done (a full batch defers them until an order is read)
 * @param lastFrom        first position of the last mini-batch in its epoch's order
 * @param lastTo          one past its last position
 * @param lastBatchOfEndedEpoch the ended epoch's last mini-batch (data-file indices), kept before its reshuffle
 * @param lastBatchCost   C_X of the last mini-batch (NaN before the first step)
 * @param state           whether the run can go on
 * @param divergedAtStep  the step at which it diverged, or -1
 * @param optimizer       what the optimizer carries into the next step
 */
public record Checkpoint(long step, long completedEpochs, int position, long examplesSeen, Point point,
                         Hyperparameters used, Hyperparameters next, long generator, int[] order, long shufflesOwed,
                         int lastFrom, int lastTo, int[] lastBatchOfEndedEpoch, double lastBatchCost,
                         RunState state, long divergedAtStep, OptimizerState optimizer) {

    /** Checks what an edited or damaged checkpoint could get wrong, but the arrays' contents; each problem is one message. */
    public Checkpoint {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(lastBatchOfEndedEpoch, "lastBatchOfEndedEpoch");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(optimizer, "optimizer");
        int n = order.length;
        require(step >= 0 && completedEpochs >= 0 && examplesSeen >= 0 && shufflesOwed >= 0,
                "counts must not be negative");
        require(completedEpochs <= step && examplesSeen >= step, "the step, epoch and example counts disagree");
        require(n >= 1 && position >= 0 && position < n, "the position in the epoch is not within the data");
        require(lastFrom >= 0 && lastFrom <= lastTo && lastTo <= n, "the last mini-batch is not within the data");
        require(generator >= 0 && generator < (1L << 48), "the shuffle generator's state is not 48 bits");
    }

    /**
     * Checks the arrays, which the constructor leaves to this O(n) look because a snapshot makes a
     * checkpoint every few milliseconds: {@link Run#resume} calls it.
     */
    public void requireConsistentArrays() {
        require(isPermutation(order), "the order is not a permutation of the examples");
        for (int i : lastBatchOfEndedEpoch) {
            require(i >= 0 && i < order.length, "the ended epoch's last mini-batch names an example that does not exist");
        }
    }

    /** The number of examples n the checkpoint's run trains on. */
    public int size() {
        return order.length;
    }

    private static boolean isPermutation(int[] order) {
        boolean[] seen = new boolean[order.length];
        for (int i : order) {
            if (i < 0 || i >= order.length || seen[i]) {
                return false;
            }
            seen[i] = true;
        }
        return true;
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
