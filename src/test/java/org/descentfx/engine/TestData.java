package org.descentfx.engine;

import java.util.List;
import java.util.Random;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;

/** Data and setups the engine tests share: a noisy line with x around 2..6, one seed, one start. */
final class TestData {
    static final long SEED = 42;
    static final Point START = new Point(-1, 2);

    private TestData() {
    }

    /** y = 1.5 x − 2 plus Gaussian noise, x uniform in [2, 6]. */
    static Dataset noisyLine(int n) {
        Random random = new Random(7);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 + 4 * random.nextDouble();
            y[i] = 1.5 * x[i] - 2 + 0.3 * random.nextGaussian();
        }
        return Dataset.of("t", x, y);
    }

    /** One linear neuron run whose m follows the controls. */
    static TrainingSetup single(Dataset data, double eta, int m) {
        return setup(data, LinearNeuron.INSTANCE, eta, m, List.of(RunSpec.single()));
    }

    static TrainingSetup setup(Dataset data, Model model, double eta, int m, List<RunSpec> runs) {
        return new TrainingSetup(data, model, START, SEED, new Hyperparameters(eta, m), runs);
    }

    static RunSpec run(RunSpec.BatchRule rule) {
        return new RunSpec(rule.name().toLowerCase(), rule);
    }
}
