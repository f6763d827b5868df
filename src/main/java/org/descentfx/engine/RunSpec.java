package org.descentfx.engine;

import org.descentfx.core.train.Hyperparameters;

/**
 * One of the descents an engine drives in lockstep, and how its mini-batch size m follows
 * the learning controls. All runs share the data, the start, the seed and η; only m differs.
 */
public record RunSpec(String label, BatchRule batchRule) {

    /** How a run chooses its m. */
    public enum BatchRule {
        /** m from the controls (the mini-batch run). */
        CONTROLS,
        /** m = n: gradient descent on the full data, Eq. (5)–(6). */
        FULL_BATCH,
        /** m = 1: pure stochastic descent, one example per step. */
        STOCHASTIC
    }

    public static RunSpec single() {
        return new RunSpec("mini-batch", BatchRule.CONTROLS);
    }

    /**
     * The runs of a experiment: the controls' run alone, or with comparison on, the controls' run
     * first (it sets the pace), then full batch, then (optionally) pure stochastic descent.
     */
    public static java.util.List<RunSpec> lineup(boolean compare, boolean stochastic) {
        if (!compare) {
            return java.util.List.of(single());
        }
        RunSpec full = new RunSpec("full batch", BatchRule.FULL_BATCH);
        return stochastic ? java.util.List.of(single(), full, new RunSpec("stochastic", BatchRule.STOCHASTIC))
                : java.util.List.of(single(), full);
    }

    /** This run's η and m, given the controls' η and m and the data size n. */
    public Hyperparameters resolve(Hyperparameters controls, int n) {
        return switch (batchRule) {
            case CONTROLS -> controls;
            case FULL_BATCH -> controls.withMiniBatchSize(n);
            case STOCHASTIC -> controls.withMiniBatchSize(1);
        };
    }
}
