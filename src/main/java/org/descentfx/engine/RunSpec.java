package org.descentfx.engine;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerChoice;

/**
 * One of the descents an engine drives in lockstep, and how its mini-batch size m follows
 * the learning controls. All runs share the data, the start and the seed (so the same shuffles);
 * a comparison of batch sizes differs in m only, a race of optimizers in the rule (and η, if a
 * racer has its own), a comparison of learning rates in η only.
 *
 * @param optimizer    this run's own update rule, or null to follow the setup's
 * @param learningRate this run's own η, or null to follow the controls'
 * @param ratePlace    in a comparison of learning rates, this run's place 1, 2, 3 (η₁, η₂, η₃); else 0
 */
public record RunSpec(String label, BatchRule batchRule, OptimizerChoice optimizer, Double learningRate,
                      int ratePlace) {

    /** A run that follows the setup's rule and the controls' η. */
    public RunSpec(String label, BatchRule batchRule) {
        this(label, batchRule, null, null);
    }

    /** A run outside a comparison of learning rates. */
    public RunSpec(String label, BatchRule batchRule, OptimizerChoice optimizer, Double learningRate) {
        this(label, batchRule, optimizer, learningRate, 0);
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

    /** The runs a comparison of learning rates holds: 2 to {@link #MAX_RACERS}, three in the window. */
    public static final int MIN_RATES = 2;

    /**
     * A comparison of learning rates: one run per entry of {@code ownLearningRates}, each with that η
     * (null: the controls' η), all with the setup's rule and the controls' m, from the same start on
     * the same shuffles. They are named η₁, η₂, … in this order.
     */
    public static List<RunSpec> rates(List<Double> ownLearningRates) {
        if (ownLearningRates.size() < MIN_RATES || ownLearningRates.size() > MAX_RACERS) {
            throw new IllegalArgumentException("a comparison of learning rates needs " + MIN_RATES + " to "
                    + MAX_RACERS + " of them, not " + ownLearningRates.size());
        }
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < ownLearningRates.size(); i++) {
            Double eta = ownLearningRates.get(i);
            if (eta != null && !(eta > 0 && Double.isFinite(eta))) {
                throw new IllegalArgumentException("a learning rate η of " + eta + " is not a positive number");
            }
            specs.add(new RunSpec(rateName(i + 1), BatchRule.CONTROLS, null, eta, i + 1));
        }
        return List.copyOf(specs);
    }

    /** "η₁", "η₂", …: the name of place {@code place} of a comparison of learning rates. */
    public static String rateName(int place) {
        return "η" + (char) ('\u2080' + place);
    }

    /** The own η of each run of a comparison of learning rates, in order; null when these runs are none. */
    public static List<Double> ownRatesOf(List<RunSpec> runs) {
        if (runs.isEmpty() || runs.get(0).ratePlace() == 0) {
            return null;
        }
        List<Double> own = new ArrayList<>();
        runs.forEach(r -> own.add(r.learningRate()));
        return java.util.Collections.unmodifiableList(own);
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
