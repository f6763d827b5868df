package org.descentfx.core.train;

/**
 * Which update rule a run follows, with its constants beyond η: a value that a run's setup carries
 * and that makes a fresh {@link Optimizer} (with fresh state) for each run. Plain SGD, Eq. (8)–(9),
 * is the default and the text's method ({@link UpdateRule#SGD}); {@link UpdateRule} holds every rule
 * the learner can choose.
 */
public interface OptimizerChoice {
    /** A short name used on the command line and in session files: "sgd". */
    String id();

    /** A fresh optimizer of this rule, its state at the start. */
    Optimizer create();
}
