package org.descentfx.core.train;

/** AdaGrad: G ← G + g²; v ← v − η g / (√G + ε), per parameter, G starting at 0. Beyond chapter 1. */
final class AdaGrad implements Optimizer {
    private final double epsilon;
    private double gw;
    private double gb;
    private long steps;

    AdaGrad(double epsilon) {
        this.epsilon = epsilon;
    }

    @Override
    public void update(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch) {
        double g0 = gradientSum[0] / m;
        double g1 = gradientSum[1] / m;
        gw = gw + g0 * g0;
        gb = gb + g1 * g1;
        params[0] = params[0] - learningRate * g0 / (Math.sqrt(gw) + epsilon);
        params[1] = params[1] - learningRate * g1 / (Math.sqrt(gb) + epsilon);
        steps++;
    }

    @Override
    public void peek(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch,
                     double[] move) {
        double g0 = gradientSum[0] / m;
        double g1 = gradientSum[1] / m;
        move[0] = -(learningRate * g0 / (Math.sqrt(gw + g0 * g0) + epsilon));
        move[1] = -(learningRate * g1 / (Math.sqrt(gb + g1 * g1) + epsilon));
    }

    @Override
    public void reset() {
        gw = 0;
        gb = 0;
        steps = 0;
    }

    /** first = G. */
    @Override
    public OptimizerState state() {
        return new OptimizerState(steps, new Point(gw, gb), Point.ORIGIN);
    }

    @Override
    public void restore(OptimizerState state) {
        gw = state.first().w();
        gb = state.first().b();
        steps = state.steps();
    }
}
