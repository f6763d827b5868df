package org.descentfx.core.curvature;

import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Point;

/**
 * The Hessian of C (Eq. (1)) at one point, H = [[∂²C/∂w², ∂²C/∂w∂b], [∂²C/∂w∂b, ∂²C/∂b²]], with its
 * eigenvalues λmin ≤ λmax and eigen-axes. Near a point C ≈ C(v) + ∇C·Δv + ½ Δvᵀ H Δv: Eq. (3) is the
 * first two terms, and H says how far a step may go before the third one wins.
 */
public record Hessian(double ww, double wb, double bb) {

    /** H = (1/n) Σ_x ∇²C_x at (w, b), each term by the model's exact second derivatives. */
    public static Hessian of(Model model, Dataset data, Point at) {
        double[] h = new double[3];
        double ww = 0;
        double wb = 0;
        double bb = 0;
        for (int i = 0; i < data.size(); i++) {
            model.secondDerivatives(at.w(), at.b(), data.x(i), data.y(i), h);
            ww += h[0];
            wb += h[1];
            bb += h[2];
        }
        int n = data.size();
        return new Hessian(ww / n, wb / n, bb / n);
    }

    /** The larger eigenvalue: the curvature across the valley. */
    public double lambdaMax() {
        return middle() + radius();
    }

    /**
     * The smaller eigenvalue: the curvature along the valley. Taken as det/λmax when both are
     * positive, since middle − radius loses the digits of a narrow valley to cancellation.
     */
    public double lambdaMin() {
        double max = lambdaMax();
        double det = ww * bb - wb * wb;
        return max > 0 && det > 0 ? det / max : middle() - radius();
    }

    /** λmax/λmin: how many times steeper the valley is across than along (∞ when flat along). */
    public double conditionNumber() {
        double min = lambdaMin();
        return min > 0 ? lambdaMax() / min : Double.POSITIVE_INFINITY;
    }

    /** A unit vector (dw, db) along the eigen-axis of λmax: the valley's short, steep axis. */
    public Point steepAxis() {
        return axisOf(lambdaMax());
    }

    /** A unit vector (dw, db) along the eigen-axis of λmin: the valley's long axis, perpendicular to the steep one. */
    public Point gentleAxis() {
        Point s = steepAxis();
        return new Point(-s.b(), s.w());
    }

    private Point axisOf(double lambda) {
        // (H − λI)v = 0: either row gives v; the longer candidate is the better conditioned one.
        double aw = wb;
        double ab = lambda - ww;
        double cw = lambda - bb;
        double cb = wb;
        double a = Math.hypot(aw, ab);
        double c = Math.hypot(cw, cb);
        if (a == 0 && c == 0) {
            return new Point(1, 0);
        }
        return a >= c ? new Point(aw / a, ab / a) : new Point(cw / c, cb / c);
    }

    private double middle() {
        return 0.5 * (ww + bb);
    }

    private double radius() {
        return Math.hypot(0.5 * (ww - bb), wb);
    }
}
