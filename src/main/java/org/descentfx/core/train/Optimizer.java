package org.descentfx.core.train;

/**
 * Turns the summed gradient of one mini-batch into a move of (w, b). Plain SGD, Eq. (8)–(9),
 * is the only one now; momentum or Adam would keep their velocity here, which is why
 * the seam has a {@link #reset()}.
 */
public interface Optimizer {

    /**
     * Updates {@code params = {w, b}} in place from {@code gradientSum = {Σ_j ∂C_Xj/∂w, Σ_j ∂C_Xj/∂b}},
     * both taken at the same point, over a mini-batch of {@code m} examples.
     */
    void update(double[] params, double[] gradientSum, int m, double learningRate);

    /** Forgets any state carried between steps. */
    void reset();
}
