package org.descentfx.core.surface;

import java.util.List;
import org.descentfx.core.train.Point;

/**
 * A piece of a contour line: points (w, b) in parameter space joined by straight segments.
 * A closed line (a ring round a minimum) repeats its first point at the end, so drawing the
 * points in order closes it; an open one ends on the window's edge or beside a NaN cell.
 */
public record Polyline(List<Point> points, boolean closed) {
    public Polyline {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a polyline needs at least 2 points, not " + points.size());
        }
    }

    /** The number of straight segments, one fewer than the points. */
    public int segmentCount() {
        return points.size() - 1;
    }
}
