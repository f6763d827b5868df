package org.descentfx.ui.plot;

import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.OptimizerState;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.RunSpec;
import org.descentfx.engine.TraceHistory;

/**
 * How a run of the line-up becomes a {@link Trace}: named after its batch rule and its m (capped
 * at n), coloured by its batch rule. The one place where the window's runs and {@code render}'s
 * become traces, so the two always name and colour a run alike.
 */
public final class Traces {
    private Traces() {
    }

    /**
     * @param spec          the run's place in the line-up
     * @param miniBatchSize the m the run steps with (capped at {@code n} in the label)
     * @param n             the number of examples
     * @param history       the run's path so far
     * @param current       (w, b) now
     * @param nextStep      the next mini-batch's move, or null when not known
     * @param visible       whether the legend shows the run
     * @param diverged      whether the run left the valley
     */
    public static Trace of(RunSpec spec, int miniBatchSize, int n, TraceHistory history, Point current,
                           Point nextStep, boolean visible, boolean diverged) {
        return build(label(spec, miniBatchSize, n), spec, UpdateRule.SGD, history, current, nextStep,
                OptimizerState.NONE, visible, diverged);
    }

    /**
     * As the other, for a setup whose runs follow {@code setupRule} (a racer its own): the step arrow
     * is named after the rule the run follows, and the velocity u that the rule carries in {@code state}
     * (momentum's, Nesterov's) goes with it. {@code used} is the η and m the run steps with.
     */
    public static Trace of(RunSpec spec, OptimizerChoice setupRule, Hyperparameters used, int n, TraceHistory history,
                           Point current, Point nextStep, OptimizerState state, boolean visible, boolean diverged) {
        String label = spec.ratePlace() > 0 ? rateLabel(spec, used.learningRate(), used.miniBatchSize(), n)
                : label(spec, used.miniBatchSize(), n);
        return build(label, spec, setupRule, history, current, nextStep, state, visible, diverged);
    }

    private static Trace build(String label, RunSpec spec, OptimizerChoice setupRule, TraceHistory history,
                               Point current, Point nextStep, OptimizerState state, boolean visible, boolean diverged) {
        OptimizerChoice rule = spec.optimizerIn(setupRule);
        return new Trace(label, RunColors.of(spec), history, current, nextStep,
                visible, diverged, Trace.stepName(rule.id(), nameOf(rule)), rule.velocity(state));
    }

    private static String nameOf(OptimizerChoice rule) {
        try {
            return UpdateRule.Kind.byId(rule.id()).displayName();
        } catch (IllegalArgumentException e) {
            return rule.id(); // a rule from elsewhere is named by its id
        }
    }

    /** A run of a comparison of learning rates named by the η it steps with: "η₂ = 0.005 (m = 10)". */
    public static String rateLabel(RunSpec spec, double learningRate, int miniBatchSize, int n) {
        return RunSpec.rateName(spec.ratePlace()) + " = " + Format.number(learningRate) + " (m = "
                + Math.min(miniBatchSize, n) + ")";
    }

    /** The legend's name, e.g. "full batch (m = 100)", or a racer with its own η "Adam (…) (η = 0.1, m = 10)". */
    public static String label(RunSpec spec, int miniBatchSize, int n) {
        int m = Math.min(miniBatchSize, n);
        return spec.label() + (spec.learningRate() == null ? " (m = " + m + ")"
                : " (η = " + Format.number(spec.learningRate()) + ", m = " + m + ")");
    }
}
