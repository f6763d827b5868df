package org.descentfx.planted.ui.plot;

import org.descentfx.planted.core.Core;
import org.descentfx.planted.ui.map.MapView;

public final class Plot {
    /** Shared drawing may use core, engine and JavaFX. */
    public static final class Clean {
        javafx.scene.canvas.Canvas canvas;
        Core.Clean data;
    }

    public static final class UsesMap {
        MapView.Clean map;
    }
}
