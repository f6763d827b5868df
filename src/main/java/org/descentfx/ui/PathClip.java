package org.descentfx.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;

/**
 * Builds a descent's path as one canvas path, ready to stroke. Each segment is cut to the plot
 * (with a margin for the line's width) before it is handed to the canvas: a diverging run reaches
 * coordinates far beyond anything a rasteriser should see. Non-finite points break the path, and
 * steps shorter than half a pixel are merged, so a path of many thousand points stays cheap.
 */
final class PathClip {
    private static final double MARGIN = 20;
    private static final double MERGE = 0.5;

    private final GraphicsContext gc;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    /** Whether the canvas path currently ends at (lastX, lastY). */
    private boolean penDown;

    private PathClip(GraphicsContext gc, Rectangle2D plot) {
        this.gc = gc;
        xMin = plot.getMinX() - MARGIN;
        xMax = plot.getMaxX() + MARGIN;
        yMin = plot.getMinY() - MARGIN;
        yMax = plot.getMaxY() + MARGIN;
    }

    /** Begins a new canvas path through the history's points, in order, and then {@code current}. */
    static void path(GraphicsContext gc, MapFrame frame, TraceHistory history, Point current) {
        gc.beginPath();
        PathClip clip = new PathClip(gc, frame.plot());
        int n = history == null ? 0 : history.size();
        for (int i = 0; i < n; i++) {
            clip.to(frame.x(history.w(i)), frame.y(history.b(i)), false);
        }
        if (current != null) {
            clip.to(frame.x(current.w()), frame.y(current.b()), true);
        }
    }

    private void to(double x, double y, boolean last) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            lastX = Double.NaN;
            penDown = false;
            return;
        }
        if (Double.isNaN(lastX)) {
            lastX = x;
            lastY = y;
            return;
        }
        if (!last && Math.abs(x - lastX) < MERGE && Math.abs(y - lastY) < MERGE) {
            return;
        }
        segment(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
    }

    /** Liang–Barsky: the part of the segment inside the rectangle, as parameters t0 ≤ t1 in [0, 1]. */
    private void segment(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - xMin, xMax - x0, y0 - yMin, yMax - y0};
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    penDown = false;
                    return;
                }
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
        }
        if (t0 > t1) {
            penDown = false;
            return;
        }
        if (!penDown || t0 > 0) {
            gc.moveTo(x0 + t0 * dx, y0 + t0 * dy);
        }
        gc.lineTo(x0 + t1 * dx, y0 + t1 * dy);
        penDown = t1 == 1;
    }
}
