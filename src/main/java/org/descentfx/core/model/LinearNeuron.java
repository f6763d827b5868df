package org.descentfx.core.model;

import java.util.Optional;
import org.descentfx.core.data.Moments;

/**
 * ŷ = w·x + b. Then ∂C_x/∂w = (ŷ − y)·x and ∂C_x/∂b = ŷ − y, and the second derivatives x², x, 1
 * do not depend on (w, b): C is a quadratic whose Hessian is [[⟨x²⟩, ⟨x⟩], [⟨x⟩, 1]].
 */
public final class LinearNeuron implements Model {
    public static final LinearNeuron INSTANCE = new LinearNeuron();

    /** C is a quadratic in (w, b) whose coefficients are the centred moments (see {@link Moments}). */
    private static final Optional<MomentForm> QUADRATIC = Optional.of(new MomentForm() {
        @Override
        public double cost(Moments m, double w, double b) {
            return m.linearCost(w, b);
        }

        @Override
        public double[] gradient(Moments m, double w, double b) {
            return m.linearGradient(w, b);
        }

        @Override
        public double[] floor(Moments m) {
            // least squares; with every x equal, any w fits as well as w = 0
            double w = m.sxx() > 0 ? m.sxy() / m.sxx() : 0;
            return new double[] {w, m.meanY() - w * m.meanX()};
        }
    });

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
    public String formula() {
        return "ŷ = w·x + b";
    }

    @Override
    public Optional<MomentForm> momentForm() {
        return QUADRATIC;
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
    public void secondDerivatives(double w, double b, double x, double y, double[] h) {
        h[0] = x * x;
        h[1] = x;
        h[2] = 1;
    }

    @Override
    public boolean constantCurvature() {
        return true;
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
