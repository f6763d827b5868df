package org.descentfx.planted.ui.controls;

import org.descentfx.planted.core.model.Linear;
import org.descentfx.planted.ui.experiment.Experiment;

public final class Controls {
    /** Controls may use the experiment, and may hold a model. */
    public static final class Clean {
        Experiment experiment;
        Object model = new Linear();
    }

    /** Asks the model for its class instead of for what it can do. */
    public static final class AsksTheModelsClass {
        String formula(Object model) {
            return model instanceof Linear ? "ŷ = w·x + b" : "ŷ = σ(w·x + b)";
        }
    }
}
