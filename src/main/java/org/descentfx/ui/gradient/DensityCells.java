package org.descentfx.ui.gradient;

import java.util.Objects;
import org.descentfx.core.gradient.GradientSpread;

/**
 * The n per-example gradients ∇C_x of one spread counted into square cells of {@value #CELL} px over a
 * plot of a given size: what the gradient view's density draws. Every example is counted; none is left
 * out (those off the axes are counted as such). Counting reads all n, so the window does it off the FX
 * thread ({@link GradientView#precount}); the view uses the counts when its plot has the size they were
 * made for, and counts again itself when not. Immutable; any thread.
 */
public final class DensityCells {
    /** The side of a cell, in pixels. */
    static final int CELL = 3;

    /** The plot's mapping from gradient space to cells: the axes' lower ends, pixels per unit and the grid's size. */
    record Grid(double wMin, double wScale, double bMin, double bScale, double plotHeight, int columns, int rows) {
        /** The grid over a plot of {@code width} × {@code height} px whose axes span {@code range} {wMin, wMax, bMin, bMax}. */
        static Grid of(double[] range, double width, double height) {
            return new Grid(range[0], width / (range[1] - range[0]), range[2], height / (range[3] - range[2]), height,
                    Math.max(1, (int) Math.ceil(width / CELL)), Math.max(1, (int) Math.ceil(height / CELL)));
        }

        /** The cell of (gw, gb), row by row from the top left; −1 when off the plot. */
        int cellOf(double gw, double gb) {
            int c = (int) Math.floor((gw - wMin) * wScale / CELL);
            int r = (int) Math.floor((plotHeight - (gb - bMin) * bScale) / CELL);
            return c >= 0 && c < columns && r >= 0 && r < rows ? r * columns + c : -1;
        }
    }

    private final GradientSpread spread;
    private final Grid grid;
    private final int[] counts;
    private final int most;
    private final long inside;

    private DensityCells(GradientSpread spread, Grid grid) {
        this.spread = spread;
        this.grid = grid;
        this.counts = new int[grid.columns() * grid.rows()];
        long in = 0;
        for (int i = 0; i < spread.size(); i++) {
            int cell = grid.cellOf(spread.gw(i), spread.gb(i));
            if (cell >= 0) {
                counts[cell]++;
                in++;
            }
        }
        int top = 0;
        for (int k : counts) {
            top = Math.max(top, k);
        }
        this.most = top;
        this.inside = in;
    }

    /** Counts {@code spread}'s gradients into the cells of {@code grid}. */
    static DensityCells count(GradientSpread spread, Grid grid) {
        return new DensityCells(Objects.requireNonNull(spread), grid);
    }

    /** Whether these are the counts of {@code spread} into {@code grid}. */
    boolean isFor(GradientSpread spread, Grid grid) {
        return this.spread == spread && this.grid.equals(grid);
    }

    Grid grid() {
        return grid;
    }

    /** The examples in cell (column, row). */
    int count(int column, int row) {
        return counts[row * grid.columns() + column];
    }

    /** The fullest cell's count. */
    int most() {
        return most;
    }

    /** The examples that lie on the plot, counted into some cell. */
    long inside() {
        return inside;
    }
}
