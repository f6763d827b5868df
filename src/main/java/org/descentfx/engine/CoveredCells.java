package org.descentfx.engine;

import java.util.BitSet;

/**
 * The cells of a grid over a {@link PathScale}'s window (and its margin) that a drawn path passes
 * through. Every point of a marked cell lies within the cell's diagonal of the path. Memory is
 * one bit a cell, whatever the run's length.
 */
final class CoveredCells {
    private final double cell;
    private final double left;
    private final double top;
    private final int columns;
    private final int rows;
    private final BitSet marked;

    CoveredCells(PathScale scale, double cell) {
        this.cell = cell;
        left = -PathScale.MARGIN_PX;
        top = -PathScale.MARGIN_PX;
        columns = (int) Math.ceil((scale.widthPx() + 2 * PathScale.MARGIN_PX) / cell);
        rows = (int) Math.ceil((scale.heightPx() + 2 * PathScale.MARGIN_PX) / cell);
        marked = new BitSet(columns * rows);
    }

    boolean contains(double x, double y) {
        int i = index(x, y);
        return i >= 0 && marked.get(i);
    }

    /** Marks the cells of points every half cell along the segment (inside the grid). */
    void addSegment(double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (!Double.isFinite(length)) {
            return;
        }
        // a segment far longer than the grid is sampled more coarsely: each sample's cell is still within reach of it
        int pieces = (int) Math.min(Math.ceil(length / (0.5 * cell)), 8.0 * (columns + rows));
        for (int k = 0; k <= pieces; k++) {
            double f = pieces == 0 ? 0 : k / (double) pieces;
            int i = index(x0 + f * (x1 - x0), y0 + f * (y1 - y0));
            if (i >= 0) {
                marked.set(i);
            }
        }
    }

    private int index(double x, double y) {
        double cx = Math.floor((x - left) / cell);
        double cy = Math.floor((y - top) / cell);
        if (!(cx >= 0 && cx < columns && cy >= 0 && cy < rows)) {
            return -1;
        }
        return (int) cy * columns + (int) cx;
    }
}
