package org.descentfx.ui.export;

import java.util.List;
import java.util.Objects;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Contour;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.descentfx.core.surface.Minimum;
import org.descentfx.ui.chart.CostChartView;
import org.descentfx.ui.plot.Trace;

/**
 * Everything a figure draws, as plain data: the neuron and its data, the part (w, b) of
 * parameter space on the map, the start, the descents, and how the chart counts and scales.
 *
 * @param surface the map's cost surface if one is at hand for {@code window}; null to compute it
 */
public record Figure(Model model, Dataset data, Window window, Point start, List<Trace> traces,
                     CostChartView.XAxisMode xAxis, boolean logScale, Surface surface) {

    /** A cost grid and its contour lines. */
    public record Surface(CostGrid grid, List<Contour> contours) {
        public Surface {
            Objects.requireNonNull(grid, "grid");
            contours = List.copyOf(contours);
        }
    }

    public Figure {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(xAxis, "xAxis");
        traces = List.copyOf(traces);
    }

    /**
     * The window a figure frames: the valley's floor (the least-squares minimum for the linear
     * neuron) and the start, as "fit" frames them, grown to hold every finite point of {@code paths}.
     */
    public static Window frame(Model model, Dataset data, Point start, List<TraceHistory> paths) {
        Window w = Window.around(Minimum.of(model, data, start), start, 0.35, 1.0);
        for (TraceHistory h : paths) {
            for (int i = 0; i < h.size(); i++) {
                Point p = new Point(h.w(i), h.b(i));
                if (p.isFinite()) {
                    w = w.containing(p);
                }
            }
        }
        return w;
    }
}
