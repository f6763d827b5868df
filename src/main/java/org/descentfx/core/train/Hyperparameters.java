package org.descentfx.core.train;

/**
 * The learning rate η of Eq. (4)–(9) and the mini-batch size m of Eq. (7)–(9).
 * m is capped at n by the run that uses it, so m ≥ n means full-batch descent.
 */
public record Hyperparameters(double learningRate, int miniBatchSize) {
    public Hyperparameters {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate η must be a positive finite number, not " + learningRate);
        }
        if (miniBatchSize < 1) {
            throw new IllegalArgumentException("the mini-batch size m must be at least 1, not " + miniBatchSize);
        }
    }

    public Hyperparameters withLearningRate(double eta) {
        return new Hyperparameters(eta, miniBatchSize);
    }

    public Hyperparameters withMiniBatchSize(int m) {
        return new Hyperparameters(learningRate, m);
    }
}
