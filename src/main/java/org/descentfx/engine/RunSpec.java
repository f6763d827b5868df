package org.descentfx.engine;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerChoice;

/**
 * One of the descents an engine drives in lockstep, and how its mini-batch size m follows
 * the learning controls. All runs share the data, the start and the seed (so the same shuffles);
 * a comparison of batch sizes differs in m only, a race of optimizers in the rule (and η, if a
 * racer has its own).
 *
 * @param optimizer    this run's own update rule, or null to follow the setup's
 * @param learningRate this run's own η, or null to follow the controls'
 */
public record RunSpec(String label, BatchRule batchRule, OptimizerChoice optimizer, Double learningRate) {

    /** A run that follows the setup's rule and the controls' η. */
    public RunSpec(String label, BatchRule batchRule) {
        this(label, batchRule, null, null);
    }

    /** The most optimizers a race holds. */
    public static final int MAX_RACERS = 4;

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

    /**
     * A race: one run per rule, all with m and η from the controls (or the racer's own η where
     * {@code ownLearningRates} has one, not null), from the same start on the same shuffles.
     */
    public static List<RunSpec> race(List<? extends OptimizerChoice> rules, List<Double> ownLearningRates) {
        if (rules.isEmpty() || rules.size() > MAX_RACERS) {
            throw new IllegalArgumentException("a race needs 1 to " + MAX_RACERS + " optimizers, not " + rules.size());
        }
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Double eta = i < ownLearningRates.size() ? ownLearningRates.get(i) : null;
            specs.add(new RunSpec(rules.get(i).displayName(), BatchRule.CONTROLS, rules.get(i), eta));
        }
        return List.copyOf(specs);
    }

    /** This run's η and m, given the controls' η and m and the data size n. */
    public Hyperparameters resolve(Hyperparameters controls, int n) {
        Hyperparameters h = switch (batchRule) {
            case CONTROLS -> controls;
            case FULL_BATCH -> controls.withMiniBatchSize(n);
            case STOCHASTIC -> controls.withMiniBatchSize(1);
        };
        return learningRate == null ? h : h.withLearningRate(learningRate);
    }

    /** The rule this run follows in a setup whose rule is {@code setupRule}. */
    public OptimizerChoice optimizerIn(OptimizerChoice setupRule) {
        return optimizer != null ? optimizer : setupRule;
    }
}
