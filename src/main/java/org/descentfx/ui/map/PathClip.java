package org.descentfx.ui.map;

import java.util.Arrays;
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

    /**
     * Begins a new canvas path through the history's points, in order, and then {@code current};
     * through at most about {@code maxPoints} of them, as {@link #pick} chooses.
     */
    static void path(GraphicsContext gc, MapFrame frame, TraceHistory history, Point current, int maxPoints) {
        gc.beginPath();
        PathClip clip = new PathClip(gc, frame.plot());
        if (history != null) {
            for (int i : pick(history, maxPoints)) {
                clip.to(frame.x(history.w(i)), frame.y(history.b(i)), false);
            }
        }
        if (current != null) {
            clip.to(frame.x(current.w()), frame.y(current.b()), true);
        }
    }

    /**
     * The indices of the history's points a path goes through, in order: all of them if there are
     * at most {@code maxPoints}; otherwise the newest half of that, and of the older ones the first
     * and those whose step is a multiple of a power of two, so the same ones stay from frame to frame
     * (an even sample by index would shift with every step and make the old path shimmer).
     */
    static int[] pick(TraceHistory history, int maxPoints) {
        int n = history.size();
        int recent = Math.min(n, Math.max(1, maxPoints / 2));
        int older = n - recent;
        if (n <= maxPoints) {
            recent = n;
            older = 0;
        }
        long stride = 1;
        if (older > 0) {
            long steps = history.step(older - 1) - history.step(0) + 1;
            while (steps / stride > maxPoints - recent) {
                stride *= 2;
            }
        }
        int[] picked = new int[n];
        int size = 0;
        for (int i = 0; i < older; i++) {
            if (i == 0 || history.step(i) % stride == 0) {
                picked[size++] = i;
            }
        }
        for (int i = older; i < n; i++) {
            picked[size++] = i;
        }
        return Arrays.copyOf(picked, size);
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
