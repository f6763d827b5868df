package org.descentfx.core.train;

/** Stochastic gradient descent, Eq. (8)–(9): w ← w − (η/m) Σ_j ∂C_Xj/∂w, b likewise. */
public final class Sgd implements Optimizer {

    @Override
    public void update(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch) {
        double scale = learningRate / m;
        // Both from the same gradient sums, so w and b move from the same point.
        params[0] = params[0] - scale * gradientSum[0];
        params[1] = params[1] - scale * gradientSum[1];
    }

    /** −(η/m) Σ_j ∇C_Xj; w − a and w + (−a) are the same double, so the move is the update's exactly. */
    @Override
    public void peek(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch,
                     double[] move) {
        double scale = learningRate / m;
        move[0] = -scale * gradientSum[0];
        move[1] = -scale * gradientSum[1];
    }

    @Override
    public void reset() {
        // plain SGD carries nothing between steps
    }

    @Override
    public OptimizerState state() {
        return OptimizerState.NONE;
    }

    @Override
    public void restore(OptimizerState state) {
        // nothing to take up: plain SGD carries nothing
    }
}
