package org.descentfx.planted.ui.step;

import org.descentfx.planted.ui.map.MapView;
import org.descentfx.planted.ui.plot.Plot;

public final class StepView {
    public static final class Clean {
        Plot.Clean colours;
    }

    public static final class UsesMap {
        MapView.Clean map;
    }
}
