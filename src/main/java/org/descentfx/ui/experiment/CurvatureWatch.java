package org.descentfx.ui.experiment;

import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;
import org.descentfx.engine.EngineSnapshot;

/**
 * The stability limit of η for the experiment's model and data ({@link StabilityLimit}), kept current:
 * for a model of constant curvature (the linear neuron) once per model and data; for any other (the
 * sigmoid neuron) at the first run's current point, which moves. One Hessian is a pass over the n
 * examples, so while playing it is taken at most a few times a second. FX thread only.
 */
final class CurvatureWatch {
    private static final long PLAYING_PAUSE_NANOS = 250_000_000L;

    private final ReadOnlyObjectWrapper<StabilityLimit> limit = new ReadOnlyObjectWrapper<>(this, "stabilityLimit");
    private final LongSupplier clock;
    private Model model;
    private Dataset data;
    private Point at;
    private long lastNanos;

    CurvatureWatch(LongSupplier clock) {
        this.clock = clock;
    }

    /** Takes in the chosen model and data and, when there is one, the newest snapshot. */
    void update(Model chosenModel, Dataset chosenData, Point start, EngineSnapshot s) {
        Point here = pointOf(chosenModel, chosenData, start, s);
        // identity: the data are immutable and replaced whole, and equals would be a pass over n per frame
        boolean sameValley = chosenModel == model && chosenData == data;
        if (sameValley && (chosenModel.constantCurvature() || here.equals(at))) {
            return;
        }
        long now = clock.getAsLong();
        if (sameValley && s != null && s.playing() && now - lastNanos < PLAYING_PAUSE_NANOS) {
            return;
        }
        model = chosenModel;
        data = chosenData;
        at = here;
        lastNanos = now;
        limit.set(StabilityLimit.of(chosenModel, chosenData, here));
    }

    /** The first run's point when the snapshot is of this valley and the point is finite; else the start. */
    private static Point pointOf(Model m, Dataset d, Point start, EngineSnapshot s) {
        if (s == null || s.setup().model() != m || s.setup().data() != d) {
            return start;
        }
        Point p = s.primary().point();
        return p.isFinite() && !s.primary().diverged() ? p : start;
    }

    ReadOnlyObjectProperty<StabilityLimit> limitProperty() {
        return limit.getReadOnlyProperty();
    }
}
