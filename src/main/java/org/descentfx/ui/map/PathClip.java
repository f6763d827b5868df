package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.descentfx.core.train.Point;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.TraceHistory;

/**
 * Builds a descent's path as one canvas path, ready to stroke. Each segment is cut to the plot
 * (with a margin for the line's width) before it is handed to the canvas: a diverging run reaches
 * coordinates far beyond anything a rasteriser should see. Non-finite points break the path, and
 * steps shorter than half a pixel are merged. The points are a {@link GeometricPath}'s vertices,
 * thinned for this very scale to within {@link GeometricPath#TOLERANCE_PX}: with the merge, every
 * true point lies within 1.5 px of what is stroked.
 */
public final class PathClip {
    /** Where a path is drawn: a canvas, or a list of polylines for tests and {@code render --paths-out}. */
    public interface Pen {
        void moveTo(double x, double y);

        void lineTo(double x, double y);
    }

    /** Collects what a pen was given as polylines, in pixels. */
    public static final class Recorder implements Pen {
        private final List<List<Point2D>> polylines = new ArrayList<>();

        @Override
        public void moveTo(double x, double y) {
            List<Point2D> line = new ArrayList<>();
            line.add(new Point2D(x, y));
            polylines.add(line);
        }

        @Override
        public void lineTo(double x, double y) {
            if (polylines.isEmpty()) {
                moveTo(x, y);
            } else {
                polylines.get(polylines.size() - 1).add(new Point2D(x, y));
            }
        }

        public List<List<Point2D>> polylines() {
            return polylines;
        }

        /** The polylines in (w, b) of {@code frame}: what was drawn, as parameters. */
        public List<List<Point>> inParameters(MapFrame frame) {
            return polylines.stream().map(line -> line.stream().map(px -> frame.toParameters(px.getX(), px.getY())).toList())
                    .toList();
        }
    }

    private static final double MARGIN = 20;
    private static final double MERGE = 0.5;

    private final Pen gc;
    private final double merge;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final MapFrame frame;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    /** Whether the canvas path currently ends at (lastX, lastY). */
    private boolean penDown;

    private PathClip(Pen gc, MapFrame frame) {
        this.gc = gc;
        this.frame = frame;
        Rectangle2D plot = frame.plot();
        merge = MERGE / frame.density();
        xMin = plot.getMinX() - MARGIN;
        xMax = plot.getMaxX() + MARGIN;
        yMin = plot.getMinY() - MARGIN;
        yMax = plot.getMaxY() + MARGIN;
    }

    /** The scale a path must be thinned for to be drawn in this frame: in its output's pixels. */
    public static PathScale scaleOf(MapFrame frame) {
        return new PathScale(frame.window(), frame.plot().getWidth() * frame.density(),
                frame.plot().getHeight() * frame.density());
    }

    /** Begins a new canvas path through the run's path, then {@code current}. */
    static void path(GraphicsContext gc, MapFrame frame, GeometricPath path, Point current) {
        gc.beginPath();
        draw(pen(gc), frame, path, current);
    }

    /** Begins a new canvas path through the points (w[i], b[i]), every one ({@link #draw(Pen, MapFrame, double[], double[])}). */
    static void path(GraphicsContext gc, MapFrame frame, double[] w, double[] b) {
        gc.beginPath();
        draw(pen(gc), frame, w, b);
    }

    static Pen pen(GraphicsContext gc) {
        return new Pen() {
            @Override
            public void moveTo(double x, double y) {
                gc.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                gc.lineTo(x, y);
            }
        };
    }

    /**
     * Gives the pen the path's vertices in the frame's pixels, cut to the plot and its margin, each
     * stretch begun with a move, and then {@code current}.
     */
    public static void draw(Pen pen, MapFrame frame, GeometricPath path, Point current) {
        PathClip clip = new PathClip(pen, frame);
        if (path != null) {
            clip.vertices(path, 0, path.size());
        }
        clip.current(current);
    }

    /**
     * A clip that is given a path's vertices a few at a time ({@link #vertices}) and gives its pen
     * exactly what {@link #draw(Pen, MapFrame, GeometricPath, Point)} would, in the same order: how
     * the map strokes only the new part of a path each frame.
     */
    static PathClip on(Pen pen, MapFrame frame) {
        return new PathClip(pen, frame);
    }

    /** The path's vertices {@code from} (inclusive) to {@code to} (exclusive), after those given before. */
    void vertices(GeometricPath path, int from, int to) {
        for (int i = from; i < to; i++) {
            if (path.startsStretch(i)) {
                lift();
            }
            to(frame.x(path.w(i)), frame.y(path.b(i)), false);
        }
    }

    /** The run's current point, the path's end: drawn however close it is to the last vertex. */
    void current(Point current) {
        if (current != null) {
            to(frame.x(current.w()), frame.y(current.b()), true);
        }
    }

    /** A clip in this one's state (where the pen is, whether it is down) that draws with {@code pen}. */
    PathClip with(Pen pen) {
        PathClip out = new PathClip(pen, frame);
        out.lastX = lastX;
        out.lastY = lastY;
        out.penDown = penDown;
        return out;
    }

    /** Puts a fresh pen where this one's would be: a canvas path begun anew continues the line. */
    void resume() {
        if (penDown) {
            gc.moveTo(lastX, lastY);
        }
    }

    /**
     * Gives the pen the points (w[i], b[i]) in order, every one of them: no thinning, only the merge
     * of steps shorter than half a pixel (a point left out lies that close to one drawn), each stretch
     * cut to the plot and its margin as a descent's path is. How a branch's ghost is drawn.
     */
    public static void draw(Pen pen, MapFrame frame, double[] w, double[] b) {
        PathClip clip = new PathClip(pen, frame);
        for (int i = 0; i < w.length; i++) {
            clip.to(frame.x(w[i]), frame.y(b[i]), i == w.length - 1);
        }
    }

    /** The path a trace's history has for this frame, or its best meanwhile (null if none yet). */
    static GeometricPath pathOf(TraceHistory history, MapFrame frame) {
        if (history == null) {
            return null;
        }
        GeometricPath p = history.pathFor(scaleOf(frame));
        return p != null ? p : history.path();
    }

    private void lift() {
        lastX = Double.NaN;
        penDown = false;
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
        if (!last && Math.abs(x - lastX) < merge && Math.abs(y - lastY) < merge) {
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
