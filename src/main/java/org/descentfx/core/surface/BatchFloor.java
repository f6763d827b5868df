package org.descentfx.core.surface;

import java.util.List;
import java.util.Optional;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Moments;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.MomentForm;
import org.descentfx.core.train.Point;

/**
 * Where the cost C_X of one mini-batch X is lowest: a point, a line, or (where C_X has no floor in
 * view) the lowest node of its grid.
 *
 * <p>A batch whose examples all share one x (always so when m = 1) sees (w, b) only through
 * z = w·x + b: ŷ is the same along each line w·x + b = z, so C_X is lowest along a whole line, the z
 * where ŷ equals the batch's mean ȳ. The sigmoid neuron cannot output 0 or 1, so for ȳ = 0 or 1 that
 * line is at infinity: no floor. Otherwise the linear neuron's floor is the batch's least-squares
 * fit, from its moments; the sigmoid neuron's is the lowest local minimum in view, refined by
 * Newton's method ({@link LocalMinima}).
 *
 * @param kind  which of the three it is, or {@link Kind#NONE} (nothing to mark)
 * @param point the minimum, or the lowest node in view; on a line, where it crosses w = 0
 * @param x     on a line, the batch's one x: the line is w·x + b = z with z = point.b()
 */
public record BatchFloor(Kind kind, Point point, double x) {
    /** What {@link BatchFloor#point()} is. */
    public enum Kind {
        /** The minimum of C_X. */
        MINIMUM,
        /** C_X is lowest along the whole line w·x + b = z. */
        LINE,
        /** C_X has no minimum in view: its lowest node there. */
        LOWEST_IN_VIEW,
        /** Nothing known (C_X is not finite in view). */
        NONE
    }

    static final BatchFloor NONE = new BatchFloor(Kind.NONE, null, Double.NaN);

    /** The floor of C_X for the examples {@code batch} (a data set of m), in view of {@code grid}. */
    static BatchFloor of(Model model, Dataset batch, CostGrid grid) {
        Moments moments = batch.moments();
        if (moments.sxx() <= 1e-24 * Math.max(1, moments.meanX() * moments.meanX()) * batch.size()) {
            return line(model, moments.meanX(), moments.meanY(), grid);
        }
        Optional<MomentForm> closed = model.momentForm();
        if (closed.isPresent()) {
            double[] f = closed.get().floor(moments);
            return new BatchFloor(Kind.MINIMUM, new Point(f[0], f[1]), Double.NaN);
        }
        List<LocalMinima.Found> minima = LocalMinima.in(model, batch, grid.window());
        if (!minima.isEmpty()) {
            return new BatchFloor(Kind.MINIMUM, minima.get(0).point(), Double.NaN);
        }
        return lowestInView(grid);
    }

    /** The line w·x + b = z along which ŷ = ȳ; none where the model cannot output ȳ. */
    private static BatchFloor line(Model model, double x, double meanY, CostGrid grid) {
        if (!(meanY > model.lowestOutput() && meanY < model.highestOutput())) {
            return lowestInView(grid);
        }
        // ŷ(w = 0, b) rises with b for every model here: bisection finds the z where it equals ȳ
        double lo = -1e3;
        double hi = 1e3;
        for (int k = 0; k < 200 && lo < hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (model.output(0, mid, x) < meanY) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new BatchFloor(Kind.LINE, new Point(0, 0.5 * (lo + hi)), x);
    }

    private static BatchFloor lowestInView(CostGrid grid) {
        Point lowest = grid.argmin();
        return !lowest.isFinite() ? NONE : new BatchFloor(Kind.LOWEST_IN_VIEW, lowest, Double.NaN);
    }
}
