package org.descentfx.planted.ui.gradient;

import org.descentfx.planted.ui.data.DataView;
import org.descentfx.planted.ui.plot.Plot;

public final class GradientView {
    public static final class Clean {
        Plot.Clean frame;
    }

    public static final class UsesData {
        DataView.Clean dataPlot;
    }
}
