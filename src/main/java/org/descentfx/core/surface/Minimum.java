package org.descentfx.core.surface;

import org.descentfx.core.data.Dataset;
import java.util.Optional;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.MomentForm;
import org.descentfx.core.train.Point;

/** Where the valley's floor is, so "fit" can frame it together with the start. */
public final class Minimum {
    private Minimum() {
    }

    /**
     * The least-squares (w, b) for a model with a closed form (the linear neuron); for any other
     * (the sigmoid neuron) the lowest node of a coarse grid around {@code near}: its valley may
     * have no finite floor at all.
     */
    public static Point of(Model model, Dataset data, Point near) {
        Optional<MomentForm> closed = model.momentForm();
        if (closed.isPresent()) {
            double[] floor = closed.get().floor(data.moments());
            return new Point(floor[0], floor[1]);
        }
        Window search = new Window(near.w() - 10, near.w() + 10, near.b() - 10, near.b() + 10);
        CostGrid grid = CostSurface.compute(model, data, search, 48, 48);
        return grid.argmin();
    }
}
