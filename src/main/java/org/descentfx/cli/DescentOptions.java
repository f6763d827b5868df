package org.descentfx.cli;

import java.util.Iterator;
import org.descentfx.core.cost.FiniteCost;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetException;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.engine.OpeningExperiment;
import picocli.CommandLine.Option;

/**
 * The options that define a descent, shared by {@code train} and {@code render}: the neuron, the
 * data, the start (w, b), η and m of Eq. (8)–(9), the number of epochs and the seed of the shuffles.
 * Their defaults are the window's opening experiment ({@link OpeningExperiment}).
 */
final class DescentOptions {

    @Option(names = "--model", paramLabel = "linear|sigmoid", defaultValue = OpeningExperiment.MODEL,
            converter = OptionValues.ModelId.class,
            description = "the neuron: y = w*x + b, or y = sigmoid(w*x + b) (default: ${DEFAULT-VALUE})")
    Model model;

    @Option(names = "--data", paramLabel = "FILE|NAME", defaultValue = OpeningExperiment.DATA,
            description = "a CSV file of x,y rows, or a built-in set: ${COMPLETION-CANDIDATES}"
                + " (default: ${DEFAULT-VALUE})",
            completionCandidates = BuiltInNames.class)
    String data;

    @Option(names = "--start", paramLabel = "W,B", defaultValue = OpeningExperiment.START,
            converter = OptionValues.Start.class,
            description = "the starting point (w, b) (default: ${DEFAULT-VALUE})")
    Point start;

    @Option(names = "--lr", paramLabel = "ETA", defaultValue = OpeningExperiment.LEARNING_RATE,
            converter = OptionValues.LearningRate.class,
            description = "the learning rate η, a positive number (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--batch", paramLabel = "M", defaultValue = OpeningExperiment.MINI_BATCH_SIZE,
            converter = OptionValues.MiniBatchSize.class,
            description = "the mini-batch size m >= 1; m >= n is full-batch descent (default: ${DEFAULT-VALUE})")
    int miniBatchSize;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "20", converter = OptionValues.Epochs.class,
            description = "the number of epochs, >= 0; 0 gives the start point only (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = OpeningExperiment.SEED,
            converter = OptionValues.Seed.class,
            description = "the seed of the shuffles: the same seed gives the same run (default: ${DEFAULT-VALUE})")
    long seed;

    /**
     * The data set of {@code --data}: a built-in name, a CSV file, or {@code -} for standard input.
     * Values so large that C of Eq. (1) is not finite at the start are refused here, as no η could
     * help: the message says the data is at fault, not the learning rate.
     */
    Dataset dataset() throws DatasetException {
        return FiniteCost.require(data, model, BuiltInDatasets.resolve(data), start.w(), start.b());
    }

    Hyperparameters hyperparameters() {
        return new Hyperparameters(learningRate, miniBatchSize);
    }

    /** E·⌈n/m⌉: the steps of E epochs with m capped at n (full-batch descent). */
    long steps(int n, int m) {
        int capped = Math.min(m, n);
        return (long) epochs * ((n + capped - 1) / capped);
    }

    /** The built-in data set names, listed in the help. */
    static final class BuiltInNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BuiltInDatasets.names().iterator();
        }
    }
}
