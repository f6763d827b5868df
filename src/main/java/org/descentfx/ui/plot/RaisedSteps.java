package org.descentfx.ui.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.descentfx.engine.TraceHistory;

/**
 * The steps that raised C, as a history records them: point i where step(i) = step(i − 1) + 1 and
 * C(i) > C(i − 1), both measured. Only the history's exact part holds consecutive steps, so a long
 * run's older rises are not found. The map and the chart mark them, {@link #spaced} apart: where SGD
 * jitters on a valley's floor half its steps raise C, and a ▲ on each would bury the path under them.
 */
public final class RaisedSteps {
    private RaisedSteps() {
    }

    /** The indices of the points after a step that raised C, in order. */
    public static int[] of(TraceHistory h) {
        if (h == null || h.size() < 2) {
            return new int[0];
        }
        int[] out = new int[16];
        int count = 0;
        int first = Math.max(1, h.size() - h.exactSize());
        for (int i = first; i < h.size(); i++) {
            double before = h.cost(i - 1);
            double after = h.cost(i);
            if (h.step(i) == h.step(i - 1) + 1 && Double.isFinite(before) && Double.isFinite(after) && after > before) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, 2 * count);
                }
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Which of the marks at pixels (xs[i], ys[i]) to draw so that no two drawn lie closer than
     * {@code spacing} (in x and in y: their boxes do not overlap) while every mark left out lies within
     * {@code spacing} of a drawn one, so no place where C rose is left unmarked. Greedy in order, on a
     * grid of cells of that size: O(number of marks). Returns the indices kept, in order.
     */
    public static int[] spaced(double[] xs, double[] ys, double spacing) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("the spacing of marks is a positive number of pixels, not " + spacing);
        }
        Map<Long, List<Integer>> cells = new HashMap<>();
        int[] kept = new int[xs.length];
        int count = 0;
        for (int i = 0; i < xs.length; i++) {
            long cx = (long) Math.floor(xs[i] / spacing);
            long cy = (long) Math.floor(ys[i] / spacing);
            if (!near(cells, cx, cy, xs, ys, xs[i], ys[i], spacing)) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(i);
                kept[count++] = i;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static boolean near(Map<Long, List<Integer>> cells, long cx, long cy, double[] xs,
                                double[] ys, double x, double y, double spacing) {
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                for (int j : cells.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                    if (Math.abs(xs[j] - x) < spacing && Math.abs(ys[j] - y) < spacing) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
