package org.descentfx.core.surface;

import java.util.List;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.curvature.Hessian;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;

/**
 * Which valley a point lies in: the minimum that steepest descent on C (Eq. (1)) from there flows to.
 * The descent takes short steps (no longer than {@value #MAX_STEP} in (w, b), and none past the
 * sharpest curvature), so it cannot leap a ridge into another valley.
 */
public final class Basins {
    /** The longest step of the descent, in the units of w and b. */
    static final double MAX_STEP = 0.05;
    private static final int MAX_ITERATIONS = 20_000;
    private static final double SETTLED = 1e-7;

    private final Model model;
    private final Dataset data;
    private final List<LocalMinima.Found> minima;

    public Basins(Model model, Dataset data, List<LocalMinima.Found> minima) {
        this.model = model;
        this.data = data;
        this.minima = List.copyOf(minima);
    }

    public List<LocalMinima.Found> minima() {
        return minima;
    }

    /** The index in {@link #minima()} of the minimum p flows to, or −1 if it flows to none of them. */
    public int of(Point p) {
        if (!p.isFinite()) {
            return -1;
        }
        Point end = descend(p);
        int nearest = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < minima.size(); i++) {
            Point m = minima.get(i).point();
            double d = Math.hypot(end.w() - m.w(), end.b() - m.b());
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        return best < 1e-3 ? nearest : -1;
    }

    private Point descend(Point from) {
        double w = from.w();
        double b = from.b();
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            double[] g = QuadraticCost.gradient(model, data, w, b);
            double norm = Math.hypot(g[0], g[1]);
            if (norm <= SETTLED || !Double.isFinite(norm)) {
                break;
            }
            double sharpest = Math.abs(Hessian.of(model, data, new Point(w, b)).lambdaMax());
            double t = Math.min(MAX_STEP / norm, 1 / Math.max(sharpest, 1e-9));
            double c = QuadraticCost.cost(model, data, w, b);
            // halved until C falls by a fair share of the first-order prediction (Eq. (3))
            while (t > 1e-14 && QuadraticCost.cost(model, data, w - t * g[0], b - t * g[1]) > c - 0.3 * t * norm * norm) {
                t /= 2;
            }
            w -= t * g[0];
            b -= t * g[1];
        }
        return new Point(w, b);
    }
}
