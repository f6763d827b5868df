package org.descentfx.core.surface;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Moments;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.core.surface.CostSurface;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;

/** Where the valley's floor is, so "fit" can frame it together with the start. */
public final class Minimum {
    private Minimum() {
    }

    /**
     * The least-squares (w, b) for the linear neuron; for the sigmoid neuron the lowest node of a
     * coarse grid around {@code near} (its valley may have no finite floor at all).
     */
    public static Point of(Model model, Dataset data, Point near) {
        if (model instanceof LinearNeuron) {
            Moments m = data.moments();
            double w = m.sxx() > 0 ? m.sxy() / m.sxx() : 0;
            return new Point(w, m.meanY() - w * m.meanX());
        }
        Window search = new Window(near.w() - 10, near.w() + 10, near.b() - 10, near.b() + 10);
        CostGrid grid = CostSurface.compute(model, data, search, 48, 48);
        return grid.argmin();
    }
}
