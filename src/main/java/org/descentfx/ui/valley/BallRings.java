package org.descentfx.ui.valley;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;

/**
 * Rings that keep every ball in sight when runs meet: a ball whose centre lies, on screen, under
 * the disc of a ball nearer the eye (two runs at the same (w, b), or one just in front of the
 * other) gets a ring in its colour around its own true place, drawn over the 3D view, wider than
 * the ball that hides it and than every ring already there. Nothing moves off the point it
 * stands for: the ring is centred on it. Pure geometry. Immutable.
 */
final class BallRings {
    /** The ring's line width, and the space between the hiding ball's edge (or the last ring) and it, in pixels. */
    static final double STROKE_PX = 2.5;
    static final double GAP_PX = 3.5;

    /** The ring of descent {@code trace}, centred at its ball's projection, {@code radius} pixels wide. */
    record Ring(int trace, Point2D centre, double radius) {
    }

    private BallRings() {
    }

    /**
     * The rings for balls of radius {@code radius} (scene units) centred at {@code centres}
     * (index = descent; null where a descent shows no ball), seen through {@code projection}.
     */
    static List<Ring> of(Point3D[] centres, double radius, ValleyProjection projection) {
        record Seen(int trace, Point2D centre, double radius, double depth) {
        }
        List<Seen> seen = new ArrayList<>();
        for (int i = 0; i < centres.length; i++) {
            Point3D c = centres[i];
            Point2D px = c == null ? null : projection.project(c);
            double depth = c == null ? Double.NaN : projection.depth(c);
            if (px != null) {
                seen.add(new Seen(i, px, projection.focal() * radius / depth, depth));
            }
        }
        // nearest first; at the same depth the last descent's ball is the one drawn whole: the
        // scene draws the balls in the descents' order, and a later one passes the depth test of an equal one
        seen.sort(Comparator.comparingDouble(Seen::depth).thenComparing(Seen::trace, Comparator.reverseOrder()));
        List<Ring> rings = new ArrayList<>();
        for (int k = 1; k < seen.size(); k++) {
            Seen ball = seen.get(k);
            double outer = 0;
            for (int j = 0; j < k; j++) {
                Seen front = seen.get(j);
                if (front.centre().distance(ball.centre()) < front.radius()) {
                    outer = Math.max(outer, front.radius() + front.centre().distance(ball.centre()));
                }
            }
            if (outer == 0) {
                continue;
            }
            // outside every ring already drawn around here, so each one shows
            for (Ring r : rings) {
                if (r.centre().distance(ball.centre()) < r.radius() + GAP_PX + STROKE_PX) {
                    outer = Math.max(outer, r.radius() + STROKE_PX / 2 + r.centre().distance(ball.centre()));
                }
            }
            rings.add(new Ring(ball.trace(), ball.centre(), outer + GAP_PX + STROKE_PX / 2));
        }
        return rings;
    }
}
