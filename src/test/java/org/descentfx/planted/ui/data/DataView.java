package org.descentfx.planted.ui.data;

import org.descentfx.planted.ui.Ui;
import org.descentfx.planted.ui.plot.Plot;

public final class DataView {
    public static final class Clean {
        Plot.Clean frame;
    }

    public static final class UsesTheShell {
        Ui.Clean window;
    }
}
