package org.descentfx.core.surface;

import java.util.Objects;
import org.descentfx.core.train.Point;

/**
 * The cost C(w, b) of Eq. (1) sampled on a columns × rows lattice of nodes over a {@link Window}.
 * Immutable, so it can be handed from the thread that computed it to the one that draws it.
 *
 * <p>Layout: row-major, a row is one value of b, a column one value of w, and the value of node
 * (col, row) is {@code values()[row * columns() + col]}. The nodes include the window's edges:
 * column i sits at w = wMin + i·(wMax − wMin)/(columns − 1) and row j at
 * b = bMin + j·(bMax − bMin)/(rows − 1). Row 0 is bMin, so a view with b pointing up flips it.
 *
 * <p>A node may hold NaN (nothing is known there); {@link #min()}, {@link #max()} and
 * {@link #argmin()} skip such nodes.
 */
public final class CostGrid {
    private final Window window;
    private final int columns;
    private final int rows;
    private final double[] values;
    private final int argminIndex;
    private final double min;
    private final double max;

    /** Adopts {@code values} without a copy: only for arrays nobody else holds. */
    CostGrid(Window window, int columns, int rows, double[] values) {
        this.window = Objects.requireNonNull(window, "window");
        requireSize(columns, rows);
        if (values.length != columns * rows) {
            throw new IllegalArgumentException(
                    "a " + columns + " × " + rows + " grid needs " + columns * rows + " values, not " + values.length);
        }
        this.columns = columns;
        this.rows = rows;
        this.values = values;
        int best = -1;
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            if (best < 0 || v < lo) {
                best = i;
                lo = v;
            }
            if (!(v <= hi)) {
                hi = v;
            }
        }
        this.argminIndex = best;
        this.min = lo;
        this.max = hi;
    }

    /** A grid holding a copy of {@code values}, laid out as described in the class comment. */
    public static CostGrid of(Window window, int columns, int rows, double[] values) {
        return new CostGrid(window, columns, rows, values.clone());
    }

    static void requireSize(int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 × 2 nodes, not " + columns + " × " + rows);
        }
    }

    /** The coordinate of node i of n evenly spaced nodes from min to max, both included. */
    static double node(double min, double max, int i, int n) {
        return min + i * (max - min) / (n - 1);
    }

    public Window window() {
        return window;
    }

    /** The number of nodes along w. */
    public int columns() {
        return columns;
    }

    /** The number of nodes along b. */
    public int rows() {
        return rows;
    }

    /** w of column {@code col}: wMin + col·(wMax − wMin)/(columns − 1). */
    public double w(int col) {
        Objects.checkIndex(col, columns);
        return node(window.wMin(), window.wMax(), col, columns);
    }

    /** b of row {@code row}: bMin + row·(bMax − bMin)/(rows − 1). */
    public double b(int row) {
        Objects.checkIndex(row, rows);
        return node(window.bMin(), window.bMax(), row, rows);
    }

    /** C(w(col), b(row)). */
    public double cost(int col, int row) {
        Objects.checkIndex(col, columns);
        Objects.checkIndex(row, rows);
        return values[row * columns + col];
    }

    /** The smallest cost on the grid, NaN if every node is NaN. */
    public double min() {
        return min;
    }

    /** The largest cost on the grid, NaN if every node is NaN. */
    public double max() {
        return max;
    }

    /**
     * The node with the smallest cost: the grid's estimate of the minimum of C, good to half a
     * node spacing when the true minimum lies inside the window. (NaN, NaN) if every node is NaN.
     */
    public Point argmin() {
        if (argminIndex < 0) {
            return new Point(Double.NaN, Double.NaN);
        }
        return new Point(w(argminIndex % columns), b(argminIndex / columns));
    }

    /** A copy of all values, row-major as described in the class comment. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "CostGrid " + columns + " × " + rows + " over " + window + ", C in [" + min + ", " + max + "]";
    }
}
