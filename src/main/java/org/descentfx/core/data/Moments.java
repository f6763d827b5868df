package org.descentfx.core.data;

/**
 * Centred moments of a data set: n, the means of x and y, and the sums of
 * squared deviations Sxx, Syy, Sxy. With them the linear neuron's cost
 * C(w, b) = ½·[(Syy − 2w·Sxy + w²·Sxx)/n + (ȳ − w·x̄ − b)²] costs the same for any n.
 * Centring keeps the closed form accurate when x is far from 0.
 */
public record Moments(int n, double meanX, double meanY, double sxx, double syy, double sxy) {

    static Moments of(double[] x, double[] y) {
        int n = x.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sy += y[i];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        return new Moments(n, mx, my, sxx, syy, sxy);
    }

    /** C(w, b) of Eq. (1) for ŷ = w·x + b, in closed form. */
    public double linearCost(double w, double b) {
        double spread = (syy - 2 * w * sxy + w * w * sxx) / n;
        if (Double.isNaN(spread)) {
            // |w| so large that w²·Sxx and 2w·Sxy overflowed (∞ − ∞, or ∞·0 when every x is equal):
            // the sum of squares itself is then +∞, or Syy/n if w does not enter it at all.
            spread = sxx > 0 ? Double.POSITIVE_INFINITY : syy / n;
        }
        double offset = meanY - w * meanX - b;
        return 0.5 * (Math.max(spread, 0) + offset * offset);
    }

    /** ∂C/∂w and ∂C/∂b of the linear neuron's full-data cost, in closed form. */
    public double[] linearGradient(double w, double b) {
        double offset = meanY - w * meanX - b;
        double dw = (w * sxx - sxy) / n - offset * meanX;
        double db = -offset;
        return new double[] {dw, db};
    }
}
