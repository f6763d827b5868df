package org.descentfx.engine;

import java.util.List;
import java.util.Objects;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;

/** Everything that defines the runs of an engine; a new setup starts them afresh. */
public record TrainingSetup(Dataset data, Model model, Point start, long seed, Hyperparameters hyperparameters,
                            List<RunSpec> runs) {
    public TrainingSetup {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("at least one run");
        }
    }

    public TrainingSetup withStart(Point p) {
        return new TrainingSetup(data, model, p, seed, hyperparameters, runs);
    }

    public TrainingSetup withSeed(long s) {
        return new TrainingSetup(data, model, start, s, hyperparameters, runs);
    }

    public TrainingSetup withHyperparameters(Hyperparameters h) {
        return new TrainingSetup(data, model, start, seed, h, runs);
    }

    public TrainingSetup withRuns(List<RunSpec> r) {
        return new TrainingSetup(data, model, start, seed, hyperparameters, r);
    }

    public TrainingSetup withData(Dataset d) {
        return new TrainingSetup(d, model, start, seed, hyperparameters, runs);
    }

    public TrainingSetup withModel(Model m) {
        return new TrainingSetup(data, m, start, seed, hyperparameters, runs);
    }
}
