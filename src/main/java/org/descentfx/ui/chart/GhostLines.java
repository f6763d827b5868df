package org.descentfx.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.descentfx.engine.Branch;
import org.descentfx.engine.GhostPath;
import org.descentfx.ui.plot.PlotFrame;

/**
 * The chart's ghost lines: for each branch the runs are not on, C of Eq. (1) at every point of its
 * ghost (the first run on that branch from where it leaves the current one), joined in order,
 * faint and dashed, against steps. A ghost knows its steps, not the examples its run had seen, so
 * on the epochs and examples axes it is not drawn, and the legend does not name it. FX thread only.
 */
final class GhostLines {
    static final Color INK = Color.web("#2b2f33", 0.6);
    /** Pixels beyond the plot that a point may reach: a diverged ghost stays drawable. */
    private static final double OVERSHOOT = 10_000;

    private List<Branch> ghosts = List.of();
    private final List<List<double[]>> drawn = new ArrayList<>();

    /** The branches to draw the ghosts of ({@link org.descentfx.engine.EngineSnapshot#ghosts()}); returns whether that changed. */
    boolean show(List<Branch> drawn) {
        // equal records hold the same ghost arrays: a ghost drawn again only when it is another one
        boolean changed = !drawn.equals(ghosts);
        ghosts = List.copyOf(drawn);
        return changed;
    }

    /** The ghosts drawn on this axis. */
    List<Branch> shown(CostChartView.XAxisMode mode) {
        return mode == CostChartView.XAxisMode.STEPS ? ghosts : List.of();
    }

    /** The furthest step of a ghost drawn on this axis, 0 for none. */
    double xMax(CostChartView.XAxisMode mode) {
        double max = 0;
        for (Branch b : shown(mode)) {
            GhostPath g = b.ghost();
            max = Math.max(max, g.steps()[g.size() - 1]);
        }
        return max;
    }

    /** Strokes every ghost of this axis; a C that is not finite, or not positive on a log axis, breaks the line. */
    void draw(GraphicsContext gc, PlotFrame frame, CostChartView.XAxisMode mode, boolean log) {
        drawn.clear();
        gc.setStroke(INK);
        gc.setLineWidth(1.6);
        gc.setLineDashes(6, 4);
        for (Branch b : shown(mode)) {
            GhostPath g = b.ghost();
            gc.beginPath();
            boolean down = false;
            List<double[]> line = new ArrayList<>(g.size());
            for (int i = 0; i < g.size(); i++) {
                double c = g.cost()[i];
                if (!Double.isFinite(c) || (log && c <= 0)) {
                    down = false;
                    continue;
                }
                double x = frame.px(g.steps()[i]);
                double y = Math.max(frame.top() - OVERSHOOT, Math.min(frame.bottom() + OVERSHOOT, frame.py(c)));
                if (down) {
                    gc.lineTo(x, y);
                } else {
                    gc.moveTo(x, y);
                }
                down = true;
                line.add(new double[] {x, y});
            }
            gc.stroke();
            drawn.add(line);
        }
        gc.setLineDashes();
    }

    /** The pixels each ghost's line went through in the last draw, in order; for tests. */
    List<List<double[]>> drawn() {
        return List.copyOf(drawn);
    }
}
