package org.descentfx.bench;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.ui.valley.TrailFrameCost;

/**
 * Part 11: the 3D valley's trail while training runs, CPU time of one frame's work on the FX
 * thread, laid again in full against grown by its new segments ({@link TrailFrameCost}).
 */
final class TrailPart implements Part {
    private static final int STEPS_PER_FRAME = 100;

    @Override
    public String title() {
        return "11. The 3D trail per frame while training: laid again in full, and grown by its new segments";
    }

    @Override
    public List<Row> run(Settings settings) throws Exception {
        int frames = settings.quick() ? 300 : 1500;
        List<Row> rows = new ArrayList<>();
        for (int m : new int[] {1, 10}) {
            TrailFrameCost.Result r = TrailFrameCost.measure(m, m == 1 ? 0.02 : 0.05, frames, STEPS_PER_FRAME);
            String name = "m=" + m + ", " + Figures.count((long) frames * STEPS_PER_FRAME) + " steps, "
                    + STEPS_PER_FRAME + " a frame";
            rows.add(Row.of(name + ": path vertices at the end", r.pathVertices(), "vertices"));
            rows.add(Row.of(name + ": laid again in full, per frame", r.fullMs(), "ms CPU"));
            rows.add(Row.of(name + ": grown, per frame", r.grownMs(), "ms CPU"));
            rows.add(Row.of(name + ": grown ÷ full", r.grownMs() / r.fullMs(), "ratio"));
        }
        return rows;
    }
}
