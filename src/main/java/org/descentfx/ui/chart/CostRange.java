package org.descentfx.ui.chart;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.NiceTicks;
import org.descentfx.ui.plot.Trace;

/**
 * The axis ranges of the cost chart: x from 0 to the furthest trace, y around the full-data
 * costs C with 5% padding (whole decades on a log axis). The mini-batch costs C_X widen the
 * y range too, but by at most C's own span (a decade on a log axis): with m = 1 a single
 * example's C_X can be 10⁻⁹, and it must not flatten the curve the experiment is about.
 *
 * @param hasPoints whether any visible trace has a finite cost at all (even if not positive)
 */
record CostRange(double xMax, double yMin, double yMax, boolean hasPoints) {
    private static final double PADDING = 0.05;

    static CostRange of(List<Trace> traces, boolean log, ToDoubleFunction<Trace> lastX) {
        double xMax = 0;
        Extent cost = new Extent();
        Extent batch = new Extent();
        boolean any = false;
        for (Trace t : traces) {
            TraceHistory h = t.history();
            if (!t.visible() || h.size() == 0) {
                continue;
            }
            xMax = Math.max(xMax, lastX.applyAsDouble(t));
            for (int i = 0; i < h.size(); i++) {
                any |= cost.add(h.cost(i), log) | batch.add(h.batchCost(i), log);
            }
        }
        if (cost.isEmpty() && batch.isEmpty()) {
            return log ? new CostRange(xMax, 0.01, 1, any) : new CostRange(xMax, 0, 1, any);
        }
        Extent y = cost.isEmpty() ? batch : cost.widenedBy(batch, log);
        return log ? logRange(xMax, y, any) : linearRange(xMax, y, any);
    }

    private static CostRange logRange(double xMax, Extent y, boolean any) {
        double[] decades = NiceTicks.decadeRange(y.min, y.max);
        return new CostRange(xMax, decades[0], decades[1], any);
    }

    private static CostRange linearRange(double xMax, Extent y, boolean any) {
        double span = y.max - y.min;
        double pad = span > 0 ? span * PADDING : (y.max != 0 ? Math.abs(y.max) * PADDING : 1);
        // costs are never negative: do not pad the axis below zero
        double lo = y.min >= 0 ? Math.max(0, y.min - pad) : y.min - pad;
        return new CostRange(xMax, lo, y.max + pad, any);
    }

    /** Min and max of the values that can be plotted (finite, and positive on a log axis). */
    private static final class Extent {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        /** Returns whether v is finite (plotted or not). */
        boolean add(double v, boolean log) {
            if (!Double.isFinite(v)) {
                return false;
            }
            if (!log || v > 0) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return true;
        }

        boolean isEmpty() {
            return min > max;
        }

        Extent widenedBy(Extent other, boolean log) {
            Extent e = new Extent();
            e.min = min;
            e.max = max;
            if (other.isEmpty()) {
                return e;
            }
            if (log) {
                e.min = Math.min(min, Math.max(other.min, min / 10));
                e.max = Math.max(max, Math.min(other.max, max * 10));
            } else {
                double span = max > min ? max - min : Math.max(Math.abs(max), 1e-12);
                e.min = Math.min(min, Math.max(other.min, min - span));
                e.max = Math.max(max, Math.min(other.max, max + span));
            }
            return e;
        }
    }
}
