package org.descentfx.core.train;

/** A point (w, b) in the two-parameter space of one neuron. */
public record Point(double w, double b) {
    public static final Point ORIGIN = new Point(0, 0);

    public boolean isFinite() {
        return Double.isFinite(w) && Double.isFinite(b);
    }

    @Override
    public String toString() {
        return "(" + w + ", " + b + ")";
    }
}
