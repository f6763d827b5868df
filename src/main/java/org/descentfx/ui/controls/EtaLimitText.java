package org.descentfx.ui.controls;

import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.ui.plot.Format;

/** The words under the η slider and in its tooltip that name the stability limit's values. */
final class EtaLimitText {
    private EtaLimitText() {
    }

    /**
     * A few words beside η's title: where full-batch descent starts to diverge. Empty for a local limit,
     * which needs a sentence ({@link #localLine}) and would not fit there.
     */
    static String line(StabilityLimit limit) {
        if (limit == null || limit.local()) {
            return "";
        }
        if (Double.isNaN(limit.etaDiverges())) {
            return "no limit";
        }
        return "2/λmax = " + Format.number(limit.etaDiverges());
    }

    /** Under the slider, for a limit that holds at this point only (the sigmoid's): what it means here. */
    static String localLine(StabilityLimit limit) {
        if (limit == null || !limit.local()) {
            return "";
        }
        if (Double.isNaN(limit.etaDiverges())) {
            return "At this point C curves down: no η overshoots here.";
        }
        return "At this point, steps above η ≈ " + Format.number(limit.etaOscillates()) + " overshoot (here 2/λmax ≈ "
                + Format.number(limit.etaDiverges()) + ").";
    }

    /** The slider's tooltip: what the zones mean, with the limit's values, and for whom they hold. */
    static String tooltip(StabilityLimit limit) {
        StringBuilder t = new StringBuilder("η, the learning rate of Eq. (4): each step moves (w, b) by −η∇C.\n"
                + "Log scale from 0.0001 to 10. Too small: the ball crawls. Too large: it jumps out of the valley.\n");
        if (limit != null && !Double.isNaN(limit.etaDiverges())) {
            String oscillates = Format.number(limit.etaOscillates());
            String diverges = Format.number(limit.etaDiverges());
            t.append(limit.local() ? "At this point, steps above η ≈ " + oscillates + " overshoot. The sigmoid's "
                    + "curvature changes from point to point, so the zones are local, for the Hessian here: " : "");
            t.append("green: η ≤ 1/λmax = ").append(oscillates).append(", every step stays on its side of the floor; ")
                    .append("amber: up to 2/λmax = ").append(diverges).append(", steps cross the valley and back, "
                            + "converging; red: above ").append(diverges).append(", full-batch descent diverges")
                    .append(limit.local() ? " if the curvature stayed as it is here" : "").append(".\n")
                    .append("λmax = ").append(Format.number(limit.hessian().lambdaMax()))
                    .append(" is the largest curvature of C (an eigenvalue of its Hessian). The limit is for the "
                            + "full-batch step (m = n); a mini-batch step's own curvature differs.\n");
        }
        return t.append(LearningControls.SLIDER_KEYS).toString();
    }
}
