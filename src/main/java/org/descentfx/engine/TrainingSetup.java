package org.descentfx.engine;

import java.util.List;
import java.util.Objects;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.core.train.Point;

/**
 * Everything that defines the runs of an engine; a new setup starts them afresh.
 *
 * @param optimizer the update rule the runs follow, plain SGD of Eq. (8)–(9) unless chosen otherwise
 */
public record TrainingSetup(Dataset data, Model model, Point start, long seed, Hyperparameters hyperparameters,
                            List<RunSpec> runs, OptimizerChoice optimizer) {
    public TrainingSetup {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("at least one run");
        }
    }

    /** A setup whose runs follow plain SGD. */
    public TrainingSetup(Dataset data, Model model, Point start, long seed, Hyperparameters hyperparameters,
                         List<RunSpec> runs) {
        this(data, model, start, seed, hyperparameters, runs, UpdateRule.SGD);
    }

    /** The rule run {@code i} follows: its own in a race of optimizers, else the setup's. */
    public OptimizerChoice optimizerOf(int i) {
        return runs.get(i).optimizerIn(optimizer);
    }

    public TrainingSetup withStart(Point p) {
        return new TrainingSetup(data, model, p, seed, hyperparameters, runs, optimizer);
    }

    public TrainingSetup withSeed(long s) {
        return new TrainingSetup(data, model, start, s, hyperparameters, runs, optimizer);
    }

    public TrainingSetup withHyperparameters(Hyperparameters h) {
        return new TrainingSetup(data, model, start, seed, h, runs, optimizer);
    }

    public TrainingSetup withRuns(List<RunSpec> r) {
        return new TrainingSetup(data, model, start, seed, hyperparameters, r, optimizer);
    }

    public TrainingSetup withData(Dataset d) {
        return new TrainingSetup(d, model, start, seed, hyperparameters, runs, optimizer);
    }

    public TrainingSetup withModel(Model m) {
        return new TrainingSetup(data, m, start, seed, hyperparameters, runs, optimizer);
    }

    public TrainingSetup withOptimizer(OptimizerChoice o) {
        return new TrainingSetup(data, model, start, seed, hyperparameters, runs, o);
    }
}
