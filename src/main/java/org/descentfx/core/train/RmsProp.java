package org.descentfx.core.train;

/** RMSProp: E ← ρ E + (1 − ρ) g²; v ← v − η g / (√E + ε), per parameter, E starting at 0. Beyond chapter 1. */
final class RmsProp implements Optimizer {
    private final double decay;
    private final double epsilon;
    private double ew;
    private double eb;
    private long steps;

    RmsProp(double decay, double epsilon) {
        this.decay = decay;
        this.epsilon = epsilon;
    }

    @Override
    public void update(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch) {
        double g0 = gradientSum[0] / m;
        double g1 = gradientSum[1] / m;
        ew = mean(ew, g0);
        eb = mean(eb, g1);
        params[0] = params[0] - learningRate * g0 / (Math.sqrt(ew) + epsilon);
        params[1] = params[1] - learningRate * g1 / (Math.sqrt(eb) + epsilon);
        steps++;
    }

    @Override
    public void peek(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch,
                     double[] move) {
        double g0 = gradientSum[0] / m;
        double g1 = gradientSum[1] / m;
        move[0] = -(learningRate * g0 / (Math.sqrt(mean(ew, g0)) + epsilon));
        move[1] = -(learningRate * g1 / (Math.sqrt(mean(eb, g1)) + epsilon));
    }

    private double mean(double e, double g) {
        return decay * e + (1 - decay) * (g * g);
    }

    @Override
    public void reset() {
        ew = 0;
        eb = 0;
        steps = 0;
    }

    /** first = E. */
    @Override
    public OptimizerState state() {
        return new OptimizerState(steps, new Point(ew, eb), Point.ORIGIN);
    }

    @Override
    public void restore(OptimizerState state) {
        ew = state.first().w();
        eb = state.first().b();
        steps = state.steps();
    }
}
