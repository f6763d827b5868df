package org.descentfx.ui.experiment;

import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.curvature.Hessian;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.Snapshot;
import org.descentfx.engine.EngineSnapshot;
import org.descentfx.ui.plot.Format;

/**
 * A run that cannot move though it is not at a minimum: the step −η∇C changes neither w nor b in
 * floating point, and C does not curve there either (the Hessian of Eq. (1) is zero to 1e-12), so
 * this is a plateau, not a valley's floor — the sigmoid saturated, σ′(w·x + b) ≈ 0 for every input.
 * Like divergence it is a state of the run that the window names, with what to do.
 */
final class SaturationMessage {
    /** Above this n, ∇C and its curvature are not summed on the FX thread for a message. */
    private static final int SUM_LIMIT = 20_000;
    private static final double FLAT = 1e-12;

    private SaturationMessage() {
    }

    /** Empty unless some run is stuck on a plateau; then one sentence about the first such run. */
    static String of(EngineSnapshot s) {
        Dataset data = s.setup().data();
        if (data.size() > SUM_LIMIT) {
            return "";
        }
        for (int i = 0; i < s.runs().size(); i++) {
            Snapshot r = s.runs().get(i);
            Point arrow = s.nextSteps().get(i);
            if (r.state() == RunState.READY && arrow != null && movesNothing(r.point(), arrow)
                    && flat(s.setup().model(), data, r)) {
                String who = s.runs().size() > 1 ? "The " + s.setup().runs().get(i).label() + " run is stuck"
                        : "Stuck";
                return who + " at step " + r.step() + ": σ(w·x + b) is saturated, so ∇C = 0 to machine precision and"
                        + " the point cannot move, though C = " + Format.number(r.cost()) + " is no minimum (η = "
                        + Format.exact(r.hyperparameters().learningRate()) + "). Lower η and press Reset (R), or"
                        + " drag the start ◇ back into the valley.";
            }
        }
        return "";
    }

    private static boolean movesNothing(Point p, Point arrow) {
        return p.isFinite() && p.w() + arrow.w() == p.w() && p.b() + arrow.b() == p.b();
    }

    /** ∇C moves nothing either and C has no curvature: a plateau, not a minimum. */
    private static boolean flat(Model model, Dataset data, Snapshot r) {
        Point p = r.point();
        double eta = r.hyperparameters().learningRate();
        double[] g = QuadraticCost.gradient(model, data, p.w(), p.b());
        if (!movesNothing(p, new Point(-eta * g[0], -eta * g[1]))) {
            return false;
        }
        Hessian h = Hessian.of(model, data, p);
        return Math.max(Math.abs(h.ww()), Math.max(Math.abs(h.wb()), Math.abs(h.bb()))) < FLAT;
    }
}
