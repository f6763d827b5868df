package org.descentfx.bench;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.DatasetGenerator;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;

/**
 * The data, start and learning rate every benchmark uses, so that figures from different
 * benchmarks describe the same descent. The learning rates are small enough that no run
 * diverges however long a benchmark keeps it going (a diverged run would step for free).
 */
final class Workloads {
    static final long SEED = 42;
    static final Point START = new Point(-1.5, 2.0);

    private Workloads() {
    }

    static Model model(String id) {
        return Model.byId(id);
    }

    /** n examples for the model: a noisy line for the linear neuron, a noisy sigmoid for the sigmoid one. */
    static Dataset data(Model model, int n) {
        if (isLinear(model)) {
            return new DatasetGenerator(n, -1, 1, 0.8, -0.3, 0.1, SEED).line("bench line");
        }
        return new DatasetGenerator(n, -3, 3, 1.5, 0.5, 0.05, SEED).sigmoid("bench sigmoid");
    }

    /** Workloads are picked by the model's id: the benchmarks name their cases so. */
    static boolean isLinear(Model model) {
        return model.id().equals("linear");
    }

    static double learningRate(Model model) {
        return isLinear(model) ? 0.1 : 1.0;
    }

    /** m from a benchmark parameter: a number, or "n" for full-batch descent. */
    static int miniBatchSize(String m, int n) {
        return m.equals("n") ? n : Math.min(Integer.parseInt(m), n);
    }

    static Hyperparameters hyperparameters(Model model, String m, int n) {
        return new Hyperparameters(learningRate(model), miniBatchSize(m, n));
    }
}
