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

    /** A racer's colour, by its rule's id: the same rule keeps its colour whichever others race. */
    public static Color ofRule(String ruleId) {
        return switch (ruleId) {
            case "sgd" -> MINI_BATCH;
            case "momentum" -> FULL_BATCH;
            case "nesterov" -> Color.web("#8a2be2");
            case "adagrad" -> Color.web("#8b5a00");
            case "rmsprop" -> Color.web("#00a0a0");
            default -> STOCHASTIC;
        };
    }

    /**
     * The colour of place 1, 2, 3, … of a comparison of learning rates: η₁ (the slider's) in the
     * single run's red, then blue and orange, and more in the racers' further colours.
     */
    public static Color ofRatePlace(int place) {
        return switch (place) {
            case 1 -> MINI_BATCH;
            case 2 -> FULL_BATCH;
            case 3 -> STOCHASTIC;
            default -> ofRule("nesterov");
        };
    }

    /** The colour of a run: by its rule in a race of optimizers, by its place among learning rates, else by how it chooses m. */
    public static Color of(RunSpec spec) {
        if (spec.ratePlace() > 0) {
            return ofRatePlace(spec.ratePlace());
        }
        return spec.optimizer() != null ? ofRule(spec.optimizer().id()) : of(spec.batchRule());
    }

    public static Color of(RunSpec.BatchRule rule) {
        return switch (rule) {
            case CONTROLS -> MINI_BATCH;
            case FULL_BATCH -> FULL_BATCH;
            case STOCHASTIC -> STOCHASTIC;
        };
    }
}
