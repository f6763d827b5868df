package org.descentfx.ui.plot;

import javafx.scene.paint.Color;
import org.descentfx.engine.RunSpec;

/**
 * One colour per kind of run, the same on the map, the valley, the chart and the legend. Chosen to
 * read on white (the chart) and, drawn over a white halo, on every part of the viridis map.
 */
public final class RunColors {
    public static final Color MINI_BATCH = Color.web("#e4002b");
    public static final Color FULL_BATCH = Color.web("#0a58ff");
    public static final Color STOCHASTIC = Color.web("#ff8c00");

    private RunColors() {
    }

    public static Color of(RunSpec.BatchRule rule) {
        return switch (rule) {
            case CONTROLS -> MINI_BATCH;
            case FULL_BATCH -> FULL_BATCH;
            case STOCHASTIC -> STOCHASTIC;
        };
    }
}
