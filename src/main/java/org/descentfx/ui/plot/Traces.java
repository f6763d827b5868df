package org.descentfx.ui.plot;

import org.descentfx.core.train.Point;
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
        return new Trace(label(spec, miniBatchSize, n), RunColors.of(spec.batchRule()), history, current, nextStep,
                visible, diverged);
    }

    /** The legend's name, e.g. "full batch (m = 100)". */
    public static String label(RunSpec spec, int miniBatchSize, int n) {
        return spec.label() + " (m = " + Math.min(miniBatchSize, n) + ")";
    }
}
