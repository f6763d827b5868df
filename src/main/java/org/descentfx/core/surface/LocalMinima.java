package org.descentfx.core.surface;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.curvature.Hessian;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;

/**
 * The local minima of C (Eq. (1)) inside a window: the grid nodes lower than their eight neighbours,
 * each refined by Newton's method on the exact gradient and Hessian until |∇C| ≤ {@link #GRADIENT_TOLERANCE}.
 * A candidate that walks out of the window, or stops where H is not positive definite, is no minimum.
 */
public final class LocalMinima {
    /** |∇C| at which a minimum counts as found. */
    public static final double GRADIENT_TOLERANCE = 1e-9;
    private static final int GRID = 97;
    private static final int MAX_ITERATIONS = 500;

    /** A minimum: where it is and C there. */
    public record Found(Point point, double cost) {
    }

    private LocalMinima() {
    }

    /** The minima in {@code window}, lowest first; none when C has no floor there. */
    public static List<Found> in(Model model, Dataset data, Window window) {
        CostGrid grid = CostSurface.compute(model, data, window, GRID, GRID);
        List<Found> found = new ArrayList<>();
        double span = Math.hypot(window.width(), window.height());
        for (Point candidate : gridMinima(grid)) {
            Point p = refine(model, data, candidate);
            if (p == null || !window.contains(p) || found.stream().anyMatch(f -> close(f.point(), p, span))) {
                continue;
            }
            found.add(new Found(p, QuadraticCost.cost(model, data, p.w(), p.b())));
        }
        found.sort((a, c) -> Double.compare(a.cost(), c.cost()));
        return found;
    }

    private static List<Point> gridMinima(CostGrid grid) {
        List<Point> out = new ArrayList<>();
        for (int row = 1; row < grid.rows() - 1; row++) {
            for (int col = 1; col < grid.columns() - 1; col++) {
                if (lowerThanNeighbours(grid, col, row)) {
                    out.add(new Point(grid.w(col), grid.b(row)));
                }
            }
        }
        return out;
    }

    private static boolean lowerThanNeighbours(CostGrid grid, int col, int row) {
        double v = grid.cost(col, row);
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                if ((dr != 0 || dc != 0) && !(v < grid.cost(col + dc, row + dr))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Newton steps, halved while they do not lower C; null if it does not settle on a true minimum. */
    static Point refine(Model model, Dataset data, Point start) {
        Point p = start;
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            double[] g = QuadraticCost.gradient(model, data, p.w(), p.b());
            Hessian h = Hessian.of(model, data, p);
            if (Math.hypot(g[0], g[1]) <= GRADIENT_TOLERANCE) {
                return h.lambdaMin() > 0 ? p : null;
            }
            Point next = step(model, data, p, g, h);
            if (next == null) {
                return null;
            }
            p = next;
        }
        return null;
    }

    private static Point step(Model model, Dataset data, Point p, double[] g, Hessian h) {
        double det = h.ww() * h.bb() - h.wb() * h.wb();
        double dw;
        double db;
        if (h.lambdaMin() > 0 && det > 0) {
            dw = -(h.bb() * g[0] - h.wb() * g[1]) / det;
            db = -(h.ww() * g[1] - h.wb() * g[0]) / det;
        } else {
            // not convex here: downhill along −∇C, scaled by the steepest curvature there is
            double scale = 1 / Math.max(Math.abs(h.lambdaMax()), 1e-3);
            dw = -scale * g[0];
            db = -scale * g[1];
        }
        double c = QuadraticCost.cost(model, data, p.w(), p.b());
        double gradientNorm = Math.hypot(g[0], g[1]);
        for (double t = 1; t > 1e-12; t /= 2) {
            Point q = new Point(p.w() + t * dw, p.b() + t * db);
            double[] gq = QuadraticCost.gradient(model, data, q.w(), q.b());
            // close to the floor C no longer resolves the change: a smaller gradient is progress then
            if (QuadraticCost.cost(model, data, q.w(), q.b()) < c || Math.hypot(gq[0], gq[1]) < gradientNorm) {
                return q;
            }
        }
        return null;
    }

    private static boolean close(Point a, Point b, double span) {
        return Math.hypot(a.w() - b.w(), a.b() - b.b()) < 1e-6 * span;
    }
}
