package org.descentfx.core.surface;

import org.descentfx.core.train.Point;

/**
 * The rectangle [wMin, wMax] × [bMin, bMax] of parameter space over which the cost C(w, b)
 * of Eq. (1) is drawn. Immutable; every change (zoom, pan, framing) returns a new window,
 * so a grid computed for one window can never be shown against another.
 */
public record Window(double wMin, double wMax, double bMin, double bMax) {

    /** The smallest span {@link #around(Point, Point, double)} gives an axis, in parameter units. */
    public static final double DEFAULT_MIN_SPAN = 1.0;

    /** Fraction of the span added on the far side when {@link #containing(Point)} grows a window. */
    private static final double GROW_MARGIN = 0.05;

    public Window {
        requireAxis("w", wMin, wMax);
        requireAxis("b", bMin, bMax);
    }

    private static void requireAxis(String name, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("the " + name + " range must be finite, not [" + min + ", " + max + "]");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("the " + name + " range needs min < max, not [" + min + ", " + max + "]");
        }
    }

    /**
     * A window framing two points (typically the minimum and the start of descent) with
     * {@code margin} × span of room on every side, each axis at least {@link #DEFAULT_MIN_SPAN} wide.
     */
    public static Window around(Point p, Point q, double margin) {
        return around(p, q, margin, DEFAULT_MIN_SPAN);
    }

    /**
     * As {@link #around(Point, Point, double)} with an explicit minimum span per axis, which keeps
     * the window valid when the two points share a coordinate (or are the same point).
     */
    public static Window around(Point p, Point q, double margin, double minSpan) {
        if (!p.isFinite() || !q.isFinite()) {
            throw new IllegalArgumentException("cannot frame non-finite points " + p + " and " + q);
        }
        if (!(margin >= 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("the margin must be a finite fraction ≥ 0, not " + margin);
        }
        if (!(minSpan > 0) || !Double.isFinite(minSpan)) {
            throw new IllegalArgumentException("the minimum span must be a positive finite number, not " + minSpan);
        }
        double[] w = frame(p.w(), q.w(), margin, minSpan);
        double[] b = frame(p.b(), q.b(), margin, minSpan);
        return new Window(w[0], w[1], b[0], b[1]);
    }

    private static double[] frame(double p, double q, double margin, double minSpan) {
        double centre = 0.5 * (p + q);
        // far from 0 a tiny span would round to nothing, so keep it well above one ulp
        double span = Math.max(Math.max(Math.abs(p - q), minSpan), 1024 * Math.ulp(centre));
        double half = 0.5 * span * (1 + 2 * margin);
        return new double[] {centre - half, centre + half};
    }

    public double width() {
        return wMax - wMin;
    }

    public double height() {
        return bMax - bMin;
    }

    public Point centre() {
        return new Point(0.5 * (wMin + wMax), 0.5 * (bMin + bMax));
    }

    /** True if p lies in the closed rectangle. */
    public boolean contains(Point p) {
        return p.w() >= wMin && p.w() <= wMax && p.b() >= bMin && p.b() <= bMax;
    }

    /**
     * This window if it already contains p, else the window grown just enough to hold p
     * with a small margin beyond it; the opposite sides stay where they were.
     */
    public Window containing(Point p) {
        if (!p.isFinite()) {
            throw new IllegalArgumentException("cannot contain the non-finite point " + p);
        }
        if (contains(p)) {
            return this;
        }
        double newWMin = Math.min(wMin, p.w());
        double newWMax = Math.max(wMax, p.w());
        double newBMin = Math.min(bMin, p.b());
        double newBMax = Math.max(bMax, p.b());
        double mw = GROW_MARGIN * (newWMax - newWMin);
        double mb = GROW_MARGIN * (newBMax - newBMin);
        return new Window(
                p.w() < wMin ? newWMin - mw : newWMin,
                p.w() > wMax ? newWMax + mw : newWMax,
                p.b() < bMin ? newBMin - mb : newBMin,
                p.b() > bMax ? newBMax + mb : newBMax);
    }

    /**
     * Both spans multiplied by {@code factor} (below 1 zooms in, above 1 zooms out) while the
     * anchor (aboutW, aboutB) keeps its place: the point under the mouse stays under the mouse.
     */
    public Window zoom(double factor, double aboutW, double aboutB) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("the zoom factor must be a positive finite number, not " + factor);
        }
        return new Window(
                aboutW - (aboutW - wMin) * factor,
                aboutW + (wMax - aboutW) * factor,
                aboutB - (aboutB - bMin) * factor,
                aboutB + (bMax - aboutB) * factor);
    }

    /** The same window shifted by dw along w and db along b. */
    public Window pan(double dw, double db) {
        return new Window(wMin + dw, wMax + dw, bMin + db, bMax + db);
    }
}
