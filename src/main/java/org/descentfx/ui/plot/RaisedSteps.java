package org.descentfx.ui.plot;

import java.util.Arrays;
import org.descentfx.engine.TraceHistory;

/**
 * The steps that raised C, as a history records them: point i where step(i) = step(i − 1) + 1 and
 * C(i) > C(i − 1), both measured. Only the history's exact part holds consecutive steps, so a long
 * run's older rises are not found. The map and the chart mark them.
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
}
