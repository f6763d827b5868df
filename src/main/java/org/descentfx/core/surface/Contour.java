package org.descentfx.core.surface;

import java.util.List;

/**
 * The contour line C(w, b) = level of the cost of Eq. (1): where the valley has one height.
 * It may fall into several pieces, or none when the level is outside the grid's range.
 */
public record Contour(double level, List<Polyline> lines) {
    public Contour {
        lines = List.copyOf(lines);
    }

    /** The number of straight segments over all pieces. */
    public int segmentCount() {
        return lines.stream().mapToInt(Polyline::segmentCount).sum();
    }
}
