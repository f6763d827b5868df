package org.descentfx.core.gradient;

/**
 * An ellipse in gradient space: centre (cw, cb), semi-axes {@code major} ≥ {@code minor} ≥ 0, the major
 * axis at {@code angle} radians from the ∂C/∂w axis.
 */
public record Ellipse(double cw, double cb, double major, double minor, double angle) {

    /** Whether both semi-axes are zero: the ellipse of a mean that has no spread (m = n). */
    public boolean isPoint() {
        return major == 0 && minor == 0;
    }

    /** {@code segments} points on the outline, as {@code {ws, bs}}, the first at the end of the major axis. */
    public double[][] outline(int segments) {
        double[] ws = new double[segments];
        double[] bs = new double[segments];
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int k = 0; k < segments; k++) {
            double t = 2 * Math.PI * k / segments;
            double u = major * Math.cos(t);
            double v = minor * Math.sin(t);
            ws[k] = cw + u * cos - v * sin;
            bs[k] = cb + u * sin + v * cos;
        }
        return new double[][] {ws, bs};
    }
}
