package org.descentfx.ui.lesson;

import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.Format;

/** What the window says when it shows the truth of a landing or a cost prediction. No JavaFX. */
final class Reveal {
    private Reveal() {
    }

    /** Where the next step lands: the point v plus the step's move Δv = −(η/m) Σ ∇C_Xj. */
    static Point landing(Point from, Point move) {
        return new Point(from.w() + move.w(), from.b() + move.b());
    }

    /** How far the guess was from the truth, in pixels of the map and in (w, b). */
    static String landingText(Point guess, Point truth, double pixels) {
        double dw = guess.w() - truth.w();
        double db = guess.b() - truth.b();
        String verdict = pixels <= 12 ? "Spot on" : pixels <= 40 ? "Close" : "Off";
        return verdict + ": your guess was " + Math.round(pixels) + " px from where the step landed, "
                + "(w, b) = (" + Format.number(truth.w()) + ", " + Format.number(truth.b()) + "); in (w, b) it was "
                + Format.number(Math.hypot(dw, db)) + " away (Δw = " + Format.number(dw) + ", Δb = "
                + Format.number(db) + ").";
    }

    /** Whether C went up or down, as the learner said or not. */
    static String costText(boolean saidUp, double before, double after) {
        boolean up = after > before;
        return (saidUp == up ? "Right" : "Not this time") + ": C went " + (up ? "up" : "down") + ", from "
                + Format.number(before) + " to " + Format.number(after) + ".";
    }
}
