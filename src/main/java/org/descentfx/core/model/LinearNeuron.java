package org.descentfx.core.model;

/** ŷ = w·x + b. Then ∂C_x/∂w = (ŷ − y)·x and ∂C_x/∂b = ŷ − y. */
public final class LinearNeuron implements Model {
    public static final LinearNeuron INSTANCE = new LinearNeuron();

    private LinearNeuron() {
    }

    @Override
    public String id() {
        return "linear";
    }

    @Override
    public String displayName() {
        return "Linear neuron  ŷ = w·x + b";
    }

    @Override
    public double output(double w, double b, double x) {
        return w * x + b;
    }

    @Override
    public void gradient(double w, double b, double x, double y, double[] grad) {
        double delta = w * x + b - y;
        grad[0] = delta * x;
        grad[1] = delta;
    }

    @Override
    public double accumulate(double w, double b, double[] x, double[] y, int from, int to, double[] grad) {
        double gw = 0;
        double gb = 0;
        double sse = 0;
        for (int i = from; i < to; i++) {
            double delta = w * x[i] + b - y[i];
            gw += delta * x[i];
            gb += delta;
            sse += delta * delta;
        }
        grad[0] += gw;
        grad[1] += gb;
        return sse;
    }

    @Override
    public double sumSquaredError(double w, double b, double[] x, double[] y, int from, int to) {
        double sse = 0;
        for (int i = from; i < to; i++) {
            double delta = w * x[i] + b - y[i];
            sse += delta * delta;
        }
        return sse;
    }

    @Override
    public String toString() {
        return id();
    }
}
