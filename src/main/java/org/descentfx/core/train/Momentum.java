package org.descentfx.core.train;

/**
 * Momentum: u ← μ u − η g; v ← v + u, with g the mini-batch mean gradient (1/m) Σ_j ∇C_Xj and u
 * starting at 0. Nesterov's variant takes g at the look-ahead point v + μ u (the same mini-batch).
 * Beyond chapter 1.
 */
final class Momentum implements Optimizer {
    private final double mu;
    private final boolean nesterov;
    private final double[] ahead = new double[2];
    private double uw;
    private double ub;
    private long steps;

    Momentum(double mu, boolean nesterov) {
        this.mu = mu;
        this.nesterov = nesterov;
    }

    @Override
    public void update(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch) {
        double[] g = meanGradient(params, gradientSum, m, batch);
        uw = mu * uw - learningRate * g[0];
        ub = mu * ub - learningRate * g[1];
        params[0] = params[0] + uw;
        params[1] = params[1] + ub;
        steps++;
    }

    @Override
    public void peek(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch,
                     double[] move) {
        double[] g = meanGradient(params, gradientSum, m, batch);
        move[0] = mu * uw - learningRate * g[0];
        move[1] = mu * ub - learningRate * g[1];
    }

    /** g, or for Nesterov ĝ at v + μ u; in a buffer of its own, so the run's sums are only read. */
    private double[] meanGradient(double[] params, double[] gradientSum, int m, BatchGradient batch) {
        if (nesterov) {
            batch.sumAt(params[0] + mu * uw, params[1] + mu * ub, ahead);
        } else {
            ahead[0] = gradientSum[0];
            ahead[1] = gradientSum[1];
        }
        ahead[0] = ahead[0] / m;
        ahead[1] = ahead[1] / m;
        return ahead;
    }

    @Override
    public void reset() {
        uw = 0;
        ub = 0;
        steps = 0;
    }

    /** first = the velocity u. */
    @Override
    public OptimizerState state() {
        return new OptimizerState(steps, new Point(uw, ub), Point.ORIGIN);
    }

    @Override
    public void restore(OptimizerState state) {
        uw = state.first().w();
        ub = state.first().b();
        steps = state.steps();
    }
}
