package org.descentfx.planted.ui.fan;

import org.descentfx.planted.ui.map.MapView;
import org.descentfx.planted.ui.plot.Plot;

public final class FanView {
    public static final class Clean {
        Plot.Clean frame;
    }

    public static final class UsesMap {
        MapView.Clean map;
    }
}
