package org.descentfx.planted.ui.valley;

import org.descentfx.planted.ui.controls.Controls;
import org.descentfx.planted.ui.plot.Plot;

public final class ValleyView {
    public static final class Clean {
        Plot.Clean colours;
    }

    public static final class UsesControls {
        Controls.Clean controls;
    }
}
