package org.descentfx.engine;

import org.descentfx.core.surface.Window;

/**
 * How a map shows parameter space: the window [wMin, wMax] × [bMin, bMax] over a plot of
 * {@code widthPx} × {@code heightPx} pixels, w to the right and b upwards. A path thinned for one
 * scale keeps every true point within its tolerance, in these pixels.
 */
public record PathScale(Window window, double widthPx, double heightPx) {
    /** Pixels beyond the window's edges where a path is still held to its tolerance, so a small pan needs no rebuild. */
    public static final double MARGIN_PX = 64;

    public PathScale {
        if (!(widthPx >= 1) || !(heightPx >= 1) || !Double.isFinite(widthPx) || !Double.isFinite(heightPx)) {
            throw new IllegalArgumentException("the plot needs at least 1 × 1 finite pixels, not " + widthPx + " × " + heightPx);
        }
    }

    /** Pixels from the window's left edge. */
    public double x(double w) {
        return (w - window.wMin()) / window.width() * widthPx;
    }

    /** Pixels from the window's top edge (b upwards, so y downwards). */
    public double y(double b) {
        return (window.bMax() - b) / window.height() * heightPx;
    }

    double pixelsPerW() {
        return widthPx / window.width();
    }

    double pixelsPerB() {
        return heightPx / window.height();
    }

    /**
     * Whether a path thinned at this scale with {@code tolerancePx} keeps every point of
     * {@code other}'s window within {@code tolerancePx} of {@code other}'s pixels too: {@code other}
     * is no finer along either axis, and its window lies within this one's margin.
     */
    public boolean serves(PathScale other) {
        double slack = 1 + 1e-9;
        if (other.pixelsPerW() > pixelsPerW() * slack || other.pixelsPerB() > pixelsPerB() * slack) {
            return false;
        }
        Window o = other.window;
        double mw = MARGIN_PX / pixelsPerW();
        double mb = MARGIN_PX / pixelsPerB();
        return o.wMin() >= window.wMin() - mw && o.wMax() <= window.wMax() + mw
                && o.bMin() >= window.bMin() - mb && o.bMax() <= window.bMax() + mb;
    }
}
