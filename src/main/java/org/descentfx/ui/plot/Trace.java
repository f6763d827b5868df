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
 * @param nextStep the next mini-batch's move −(η/m) Σ ∇C_Xj, or null when not known
 * @param visible  whether the legend shows this run
 * @param diverged whether the run left the valley (then current may be far off or not finite)
 */
public record Trace(String label, Color color, TraceHistory history, Point current, Point nextStep,
                    boolean visible, boolean diverged) {
}
