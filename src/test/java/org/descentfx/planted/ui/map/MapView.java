package org.descentfx.planted.ui.map;

import org.descentfx.planted.core.Core;
import org.descentfx.planted.engine.Engine;
import org.descentfx.planted.ui.chart.ChartView;
import org.descentfx.planted.ui.plot.Plot;

public final class MapView {
    /** A view folder may use plot, core, engine and JavaFX. */
    public static final class Clean {
        Plot.Clean frame;
        Core.Clean data;
        Engine.Clean snapshot;
        javafx.scene.canvas.Canvas canvas;
    }

    public static final class UsesChart {
        ChartView.Clean chart;
    }
}
