package org.descentfx.core.model;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * ŷ = σ(z), z = w·x + b, σ(z) = 1/(1 + e^−z). With σ'(z) = σ(z)(1 − σ(z)):
 * ∂C_x/∂w = (ŷ − y)·σ'(z)·x and ∂C_x/∂b = (ŷ − y)·σ'(z). Once more, with σ'' = σ'(1 − 2σ):
 * d²C_x/dz² = σ'² + (ŷ − y)·σ'', times x², x or 1 for ∂w², ∂w∂b, ∂b². It changes from point to point
 * and can be negative (on the plateaus the valley curves down).
 */
public final class SigmoidNeuron implements Model {
    public static final SigmoidNeuron INSTANCE = new SigmoidNeuron();

    private SigmoidNeuron() {
    }

    /** σ(z) = 1/(1 + e^−z). */
    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public String id() {
        return "sigmoid";
    }

    @Override
    public String displayName() {
        return "Sigmoid neuron  ŷ = σ(w·x + b)";
    }

    @Override
    public String formula() {
        return "ŷ = σ(w·x + b)";
    }

    /** None: σ makes C no polynomial in (w, b), so every C sums over the data. */
    @Override
    public Optional<MomentForm> momentForm() {
        return Optional.empty();
    }

    /** e^−(w·x + b) = e^−w·x · e^−b: see {@link GridSums}. */
    @Override
    public double[] gridSumSquaredErrors(double[] x, double[] y, double[] ws, double[] bs, BooleanSupplier cancelled) {
        return GridSums.sigmoid(x, y, ws, bs, cancelled);
    }

    /** σ(z) > 0: the output never goes below 0. */
    @Override
    public double lowestOutput() {
        return 0;
    }

    /** σ(z) < 1: the output never goes above 1, however large w·x + b. */
    @Override
    public double highestOutput() {
        return 1;
    }

    @Override
    public double output(double w, double b, double x) {
        return sigmoid(w * x + b);
    }

    @Override
    public void gradient(double w, double b, double x, double y, double[] grad) {
        double a = sigmoid(w * x + b);
        double delta = (a - y) * a * (1 - a);
        grad[0] = delta * x;
        grad[1] = delta;
    }

    @Override
    public void secondDerivatives(double w, double b, double x, double y, double[] h) {
        double a = sigmoid(w * x + b);
        double slope = a * (1 - a);
        double curve = slope * slope + (a - y) * slope * (1 - 2 * a);
        h[0] = curve * x * x;
        h[1] = curve * x;
        h[2] = curve;
    }

    @Override
    public boolean constantCurvature() {
        return false;
    }

    @Override
    public double accumulate(double w, double b, double[] x, double[] y, int from, int to, double[] grad) {
        double gw = 0;
        double gb = 0;
        double sse = 0;
        for (int i = from; i < to; i++) {
            double a = sigmoid(w * x[i] + b);
            double error = a - y[i];
            double delta = error * a * (1 - a);
            gw += delta * x[i];
            gb += delta;
            sse += error * error;
        }
        grad[0] += gw;
        grad[1] += gb;
        return sse;
    }

    @Override
    public double sumSquaredError(double w, double b, double[] x, double[] y, int from, int to) {
        double sse = 0;
        for (int i = from; i < to; i++) {
            double error = sigmoid(w * x[i] + b) - y[i];
            sse += error * error;
        }
        return sse;
    }

    @Override
    public String toString() {
        return id();
    }
}
