package org.descentfx.ui.plot;

import javafx.scene.paint.Color;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;

/**
 * One descent as the views draw it: its path so far, where it is now, and the step it would
 * take next. Views read it on the FX thread only.
 *
 * @param label    the legend's name, e.g. "full batch (m = 100)"
 * @param color    the run's colour on the map, the valley and the chart
 * @param history  the bounded path (exact near the current point)
 * @param current  (w, b) now
 * @param nextStep the next mini-batch's move as the run's optimizer will make it (for SGD −(η/m) Σ ∇C_Xj),
 *                 or null when not known
 * @param visible  whether the legend shows this run
 * @param diverged whether the run left the valley (then current may be far off or not finite)
 * @param stepName what the step arrow is, for its label: "−η∇C" for plain SGD, "Δ momentum" otherwise
 * @param velocity the velocity u carried into the next step (momentum, Nesterov), or null
 */
public record Trace(String label, Color color, TraceHistory history, Point current, Point nextStep,
                    boolean visible, boolean diverged, String stepName, Point velocity) {

    /** The label of plain SGD's arrow, Eq. (9). */
    public static final String SGD_STEP = "\u2212\u03b7\u2207C";

    /** A run of plain SGD: its arrow is −η∇C, it carries no velocity. */
    public Trace(String label, Color color, TraceHistory history, Point current, Point nextStep,
                 boolean visible, boolean diverged) {
        this(label, color, history, current, nextStep, visible, diverged, SGD_STEP, null);
    }

    /** The arrow's label for a run that follows {@code ruleId} ("sgd", "momentum", …) named {@code ruleName}. */
    public static String stepName(String ruleId, String ruleName) {
        return ruleId.equals("sgd") ? SGD_STEP : "\u0394 " + ruleName;
    }
}
