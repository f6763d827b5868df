package org.descentfx.core.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.descentfx.core.train.Point;

/**
 * Contour lines of a {@link CostGrid} by marching squares, and default levels for them.
 *
 * <p>Each cell of four neighbouring nodes is looked at alone: the corners above the level are
 * split from those below by a segment whose ends are found by linear interpolation along the
 * cell's edges. When the two corners above face each other across a diagonal (a saddle), the
 * average of the four corners decides: if it is above the level the two high corners are joined
 * through the centre, otherwise the two low ones are. Cells with a NaN corner are skipped.
 * Segments that share a grid edge are then joined into polylines.
 */
public final class ContourLines {

    /**
     * ε: the default levels are a geometric sequence from min + ε·(max − min) to max, ends left
     * out, so the flat floor of a valley gets as many lines as its steep walls.
     */
    static final double FIRST_FRACTION = 1e-3;

    private ContourLines() {
    }

    /** One contour per level, in the order of {@code levels}; a level the grid never crosses gives none. */
    public static List<Contour> trace(CostGrid grid, double[] levels) {
        List<Contour> contours = new ArrayList<>(levels.length);
        EdgeChains chains = null;
        for (double level : levels) {
            if (!Double.isFinite(level)) {
                throw new IllegalArgumentException("a contour level must be finite, not " + level);
            }
            if (chains == null) {
                int columns = grid.columns();
                int rows = grid.rows();
                chains = new EdgeChains((columns - 1) * rows + columns * (rows - 1));
            }
            contours.add(new Contour(level, traceLevel(grid, level, chains)));
            chains.clear();
        }
        return contours;
    }

    /**
     * {@code count} log-spaced levels strictly inside (min, max). A cost's minimum can be 0 (or
     * anything), and a logarithm needs a positive argument, so the spacing is measured from the
     * minimum: level_k = min + (max − min)·ε^((count + 1 − k)/(count + 1)), k = 1 … count,
     * ε = {@value #FIRST_FRACTION}. The offsets (level − min) grow by the constant ratio
     * ε^(−1/(count + 1)); k = 0 and k = count + 1, which would sit at min + ε·(max − min) and at max,
     * are left out. If (max − min) is too small against |min| for double precision, levels that
     * would not be strictly increasing and inside are dropped, so fewer than count may come back.
     */
    public static double[] logLevels(double min, double max, int count) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("levels need a finite range min < max, not [" + min + ", " + max + "]");
        }
        if (count < 1) {
            throw new IllegalArgumentException("the number of levels must be at least 1, not " + count);
        }
        double range = max - min;
        double[] levels = new double[count];
        int kept = 0;
        double previous = min;
        for (int k = 1; k <= count; k++) {
            double level = min + range * Math.pow(FIRST_FRACTION, (count + 1.0 - k) / (count + 1.0));
            if (level > previous && level < max) {
                levels[kept++] = level;
                previous = level;
            }
        }
        return Arrays.copyOf(levels, kept);
    }

    private static List<Polyline> traceLevel(CostGrid grid, double level, EdgeChains chains) {
        int columns = grid.columns();
        for (int row = 0; row + 1 < grid.rows(); row++) {
            for (int col = 0; col + 1 < columns; col++) {
                // Most cells lie wholly on one side: four comparisons pass them by (a NaN corner
                // compares false both ways, and addCellSegments skips its cell).
                double v0 = grid.cost(col, row);
                double v1 = grid.cost(col + 1, row);
                double v2 = grid.cost(col + 1, row + 1);
                double v3 = grid.cost(col, row + 1);
                boolean someAbove = v0 > level || v1 > level || v2 > level || v3 > level;
                boolean someNotAbove = v0 <= level || v1 <= level || v2 <= level || v3 <= level;
                if (someAbove && someNotAbove) {
                    addCellSegments(grid, col, row, level, chains);
                }
            }
        }
        List<Polyline> lines = new ArrayList<>();
        for (EdgeChains.Chain chain : chains.join()) {
            List<Point> points = new ArrayList<>(chain.edges().length);
            for (int edge : chain.edges()) {
                points.add(crossing(grid, edge, level));
            }
            lines.add(new Polyline(points, chain.closed()));
        }
        return lines;
    }

    /**
     * Corners k = 0..3 of cell (col, row) go round it: (col, row), (col+1, row), (col+1, row+1),
     * (col, row+1). Side k runs from corner k to corner k+1, so corner k lies between sides k−1 and k.
     */
    private static void addCellSegments(CostGrid grid, int col, int row, double level, EdgeChains chains) {
        double[] v = {
            grid.cost(col, row), grid.cost(col + 1, row), grid.cost(col + 1, row + 1), grid.cost(col, row + 1)
        };
        int above = 0;
        for (int k = 0; k < 4; k++) {
            if (Double.isNaN(v[k])) {
                return;
            }
            if (v[k] > level) {
                above |= 1 << k;
            }
        }
        if (above == 0 || above == 0b1111) {
            return;
        }
        int[] side = sideEdges(grid, col, row);
        if (above == 0b0101 || above == 0b1010) {
            // saddle: cut off the two corners on the other side of the level from the centre
            boolean centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 > level;
            for (int k = 0; k < 4; k++) {
                if (((above >> k & 1) == 1) != centreAbove) {
                    chains.add(side[(k + 3) % 4], side[k]);
                }
            }
            return;
        }
        int first = -1;
        for (int k = 0; k < 4; k++) {
            if ((above >> k & 1) != (above >> ((k + 1) % 4) & 1)) {
                if (first < 0) {
                    first = side[k];
                } else {
                    chains.add(first, side[k]);
                }
            }
        }
    }

    /*
     * Grid edges are numbered once for the whole grid, so the two cells that share an edge name it
     * alike: horizontal edge (col, row)–(col+1, row) is row·(columns−1) + col; vertical edge
     * (col, row)–(col, row+1) follows all horizontal ones at offset + row·columns + col.
     */
    private static int[] sideEdges(CostGrid grid, int col, int row) {
        int columns = grid.columns();
        int vertical = (columns - 1) * grid.rows();
        return new int[] {
            row * (columns - 1) + col,
            vertical + row * columns + col + 1,
            (row + 1) * (columns - 1) + col,
            vertical + row * columns + col
        };
    }

    /** Where C = level on a grid edge, interpolated linearly from the edge's lower-index node. */
    private static Point crossing(CostGrid grid, int edge, double level) {
        int columns = grid.columns();
        int vertical = (columns - 1) * grid.rows();
        if (edge < vertical) {
            int row = edge / (columns - 1);
            int col = edge % (columns - 1);
            double t = fraction(grid.cost(col, row), grid.cost(col + 1, row), level);
            return new Point(grid.w(col) + t * (grid.w(col + 1) - grid.w(col)), grid.b(row));
        }
        int row = (edge - vertical) / columns;
        int col = (edge - vertical) % columns;
        double t = fraction(grid.cost(col, row), grid.cost(col, row + 1), level);
        return new Point(grid.w(col), grid.b(row) + t * (grid.b(row + 1) - grid.b(row)));
    }

    /** t in [0, 1] with start + t·(end − start) = level; an infinite node puts the crossing at the other. */
    private static double fraction(double start, double end, double level) {
        if (Double.isInfinite(start)) {
            return 1;
        }
        if (Double.isInfinite(end)) {
            return 0;
        }
        return Math.min(1, Math.max(0, (level - start) / (end - start)));
    }
}
