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

    /** The constants the rule uses beyond η, by name ("momentum": 0.9), for session files; empty for SGD. */
    java.util.Map<String, Double> constants();

    /**
     * The velocity u that a run in {@code state} carries into its next step (momentum's, Nesterov's),
     * a move per step a view may draw; null for a rule that carries none.
     */
    default Point velocity(OptimizerState state) {
        return null;
    }

    /** How a legend names the rule: its id unless the rule knows better. */
    default String displayName() {
        return id();
    }

    /** A fresh optimizer of this rule, its state at the start. */
    Optimizer create();
}
