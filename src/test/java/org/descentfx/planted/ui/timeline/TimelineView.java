package org.descentfx.planted.ui.timeline;

import org.descentfx.planted.ui.experiment.Experiment;
import org.descentfx.planted.ui.plot.Plot;

public final class TimelineView {
    public static final class Clean {
        Plot.Clean frame;
    }

    public static final class UsesExperiment {
        Experiment experiment;
    }
}
