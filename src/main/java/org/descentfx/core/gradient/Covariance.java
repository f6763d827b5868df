package org.descentfx.core.gradient;

/**
 * A 2×2 covariance in gradient space, (∂C/∂w, ∂C/∂b): {@code ww} = Var(∂w), {@code wb} = Cov(∂w, ∂b),
 * {@code bb} = Var(∂b). Its ellipse of k standard deviations is {v : vᵀ Cov⁻¹ v = k²}.
 */
public record Covariance(double ww, double wb, double bb) {
    public static final Covariance ZERO = new Covariance(0, 0, 0);

    public Covariance {
        if (!Double.isFinite(ww) || !Double.isFinite(wb) || !Double.isFinite(bb)) {
            throw new IllegalArgumentException("a covariance must be finite: " + ww + ", " + wb + ", " + bb);
        }
    }

    /** This covariance times {@code factor}. */
    public Covariance scaled(double factor) {
        return new Covariance(ww * factor, wb * factor, bb * factor);
    }

    /**
     * The ellipse of {@code k} standard deviations about {@code (cw, cb)}: semi-axes k·√λ along the
     * eigenvectors of this matrix (the larger first), so a zero covariance gives a point.
     */
    public Ellipse ellipse(double cw, double cb, double k) {
        double mean = (ww + bb) / 2;
        double half = Math.hypot((ww - bb) / 2, wb);
        double major = Math.max(0, mean + half);
        double minor = Math.max(0, mean - half);
        // the eigenvector of the larger eigenvalue is at angle ½·atan2(2·wb, ww − bb)
        double angle = 0.5 * Math.atan2(2 * wb, ww - bb);
        return new Ellipse(cw, cb, k * Math.sqrt(major), k * Math.sqrt(minor), angle);
    }
}
