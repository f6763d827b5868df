package org.descentfx.core.train;

/**
 * Adam: m₁ ← β₁ m₁ + (1 − β₁) g; m₂ ← β₂ m₂ + (1 − β₂) g²;
 * v ← v − η (m₁ / (1 − β₁ᵗ)) / (√(m₂ / (1 − β₂ᵗ)) + ε), per parameter, t counting this optimizer's
 * steps from 1. Beyond chapter 1.
 */
final class Adam implements Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double m1w;
    private double m1b;
    private double m2w;
    private double m2b;
    private long steps;

    Adam(double beta1, double beta2, double epsilon) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void update(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch) {
        double g0 = gradientSum[0] / m;
        double g1 = gradientSum[1] / m;
        long t = steps + 1;
        m1w = first(m1w, g0);
        m1b = first(m1b, g1);
        m2w = second(m2w, g0);
        m2b = second(m2b, g1);
        params[0] = params[0] - step(m1w, m2w, t, learningRate);
        params[1] = params[1] - step(m1b, m2b, t, learningRate);
        steps = t;
    }

    @Override
    public void peek(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch,
                     double[] move) {
        double g0 = gradientSum[0] / m;
        double g1 = gradientSum[1] / m;
        long t = steps + 1;
        move[0] = -step(first(m1w, g0), second(m2w, g0), t, learningRate);
        move[1] = -step(first(m1b, g1), second(m2b, g1), t, learningRate);
    }

    private double first(double m1, double g) {
        return beta1 * m1 + (1 - beta1) * g;
    }

    private double second(double m2, double g) {
        return beta2 * m2 + (1 - beta2) * (g * g);
    }

    /** η m̂₁ / (√m̂₂ + ε), the bias-corrected means m̂ = m / (1 − βᵗ). */
    private double step(double m1, double m2, long t, double learningRate) {
        double m1Hat = m1 / (1 - Math.pow(beta1, t));
        double m2Hat = m2 / (1 - Math.pow(beta2, t));
        return learningRate * m1Hat / (Math.sqrt(m2Hat) + epsilon);
    }

    @Override
    public void reset() {
        m1w = 0;
        m1b = 0;
        m2w = 0;
        m2b = 0;
        steps = 0;
    }

    /** first = m₁, second = m₂. */
    @Override
    public OptimizerState state() {
        return new OptimizerState(steps, new Point(m1w, m1b), new Point(m2w, m2b));
    }

    @Override
    public void restore(OptimizerState state) {
        m1w = state.first().w();
        m1b = state.first().b();
        m2w = state.second().w();
        m2b = state.second().b();
        steps = state.steps();
    }
}
