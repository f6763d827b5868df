package org.descentfx.ui.map;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Point;

/**
 * Where parameter space lands on the screen: the window [wMin, wMax] × [bMin, bMax] stretched over
 * the plot rectangle, w to the right and b upwards. Immutable, so one frame serves one paint.
 *
 * @param density the output's pixels per layout pixel: 1 on screen, s in a figure drawn at scale s,
 *                so that a path is thinned and merged for the pixels that are finally seen
 */
public record MapFrame(Window window, Rectangle2D plot, double density) {
    public MapFrame {
        if (!(density > 0) || !Double.isFinite(density)) {
            throw new IllegalArgumentException("the pixel density must be a positive finite number, not " + density);
        }
    }

    /** Room around the plot for the b axis (left), the w axis (bottom) and the colour bar (right). */
    static final double LEFT = 92;
    static final double RIGHT = 132;
    static final double TOP = 40;
    static final double BOTTOM = 62;

    /** The frame for a view of the given size; the plot keeps at least 1 × 1 pixel. */
    public static MapFrame of(Window window, double width, double height) {
        return of(window, width, height, TOP);
    }

    /** As {@link #of(Window, double, double)}, the plot starting {@code top} pixels down (under the map's header). */
    static MapFrame of(Window window, double width, double height, double top) {
        double w = Math.max(1, width - LEFT - RIGHT);
        double h = Math.max(1, height - top - BOTTOM);
        return new MapFrame(window, new Rectangle2D(LEFT, top, w, h), 1);
    }

    /** The right edge of the plot in a view {@code width} wide. */
    static double plotRight(double width) {
        return LEFT + Math.max(1, width - LEFT - RIGHT);
    }

    /** This frame, its output drawn {@code density} pixels per layout pixel. */
    public MapFrame withDensity(double density) {
        return new MapFrame(window, plot, density);
    }

    double x(double w) {
        return plot.getMinX() + (w - window.wMin()) / window.width() * plot.getWidth();
    }

    double y(double b) {
        return plot.getMaxY() - (b - window.bMin()) / window.height() * plot.getHeight();
    }

    double w(double x) {
        return window.wMin() + (x - plot.getMinX()) / plot.getWidth() * window.width();
    }

    double b(double y) {
        return window.bMin() + (plot.getMaxY() - y) / plot.getHeight() * window.height();
    }

    /** Parameter units per pixel along w. */
    double wPerPixel() {
        return window.width() / plot.getWidth();
    }

    /** Parameter units per pixel along b (a pixel down is −b). */
    double bPerPixel() {
        return window.height() / plot.getHeight();
    }

    public Point2D toPixel(Point p) {
        return new Point2D(x(p.w()), y(p.b()));
    }

    Point toParameters(double x, double y) {
        return new Point(w(x), b(y));
    }
}
