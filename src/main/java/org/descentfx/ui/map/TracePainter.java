package org.descentfx.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.train.Point;
import org.descentfx.engine.TraceHistory;
import org.descentfx.ui.plot.RaisedSteps;
import org.descentfx.ui.plot.Trace;

/**
 * The map's overlay layer, repainted whenever new points arrive: over each descent's path (drawn
 * by {@link TraceLayers}, in this class's halo and widths) the start marker, where it is now, and,
 * while paused, the step −η∇C_X it will take next, drawn to scale. Everything is drawn over a white
 * halo so it stands out on every part of viridis. The words that stay put, the legend and the start's
 * label, are {@link MapLabels}'. It draws in the map's coordinates on a canvas that covers the plot
 * alone: the canvas's edges cut the marks off, with no clip.
 */
final class TracePainter {
    static final Color HALO = Color.WHITE;
    static final double HALO_WIDTH = 4.5;
    static final double PATH_WIDTH = 2.2;
    static final double CURRENT_RADIUS = 6.5;
    private static final double START_RADIUS = 11;
    private static final String START = "start";
    private static final double HALO_TEXT_WIDTH = 3.5;
    private static final Color MARKER_INK = Color.web("#111111");
    /** The ▲ on a step that raised C. */
    static final Color RAISED_INK = Color.web("#111111");
    /** The least distance in px, across and down, between two ▲ on the map. */
    static final double RAISED_SPACING = 16;
    private static final Font LABEL_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 14);

    private TracePainter() {
    }

    /**
     * Over the paths ({@link TraceLayers}): the ▲ on steps that raised C, the starts, the step arrows
     * (paused only) and the current points. {@code miniBatchSizes} (m per trace, in order) and n name a
     * lone arrow for what it is: −η∇C_X, or −η∇C when m = n.
     */
    static void paint(GraphicsContext gc, MapFrame frame, List<Trace> traces, Point start, boolean playing,
                      List<Integer> miniBatchSizes, int n) {
        gc.save();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        List<Trace> shown = traces.stream().filter(Trace::visible).toList();
        for (Trace t : shown) {
            raisedMarks(gc, frame, t.history());
        }
        for (Point2D s : starts(frame, shown, start)) {
            startMarker(gc, s);
        }
        for (Trace t : shown) {
            if (!playing && t.velocity() != null) {
                StepArrow.paintVelocity(gc, frame, t.current(), t.velocity(), t.color(), shown.size() == 1);
            }
            if (!playing && t.nextStep() != null) {
                int i = traces.indexOf(t);
                int m = i < miniBatchSizes.size() ? miniBatchSizes.get(i) : 0;
                // plain SGD's arrow says whether it is −η∇C or −η∇C_X; another rule's names the rule
                String name = Trace.SGD_STEP.equals(t.stepName()) ? StepArrow.label(m, m > 0 ? n : Integer.MAX_VALUE)
                        : t.stepName();
                StepArrow.paint(gc, frame, t.current(), t.nextStep(), t.color(), shown.size() == 1 ? name : null);
            }
        }
        for (Trace t : shown) {
            currentMarker(gc, frame, t);
        }
        gc.restore();
    }

    /**
     * A small hollow ▲ on the points that a step reached by raising C (Eq. (3)'s promise broken), at most
     * one per {@value #RAISED_SPACING} px ({@link RaisedSteps#spaced}): on a valley's floor, where half of
     * SGD's steps raise C, filled marks on every one hid the path. Hollow, the path shows through each.
     */
    static void raisedMarks(GraphicsContext gc, MapFrame frame, TraceHistory h) {
        Rectangle2D plot = frame.plot();
        int[] raised = RaisedSteps.of(h);
        double[] xs = new double[raised.length];
        double[] ys = new double[raised.length];
        int inside = 0;
        for (int i : raised) {
            Point2D c = frame.toPixel(new Point(h.w(i), h.b(i)));
            if (plot.contains(c)) {
                xs[inside] = c.getX();
                ys[inside++] = c.getY();
            }
        }
        xs = Arrays.copyOf(xs, inside);
        ys = Arrays.copyOf(ys, inside);
        gc.setLineJoin(StrokeLineJoin.MITER);
        for (int k : RaisedSteps.spaced(xs, ys, RAISED_SPACING)) {
            double[] tx = {xs[k] - 5, xs[k] + 5, xs[k]};
            double[] ty = {ys[k] + 4, ys[k] + 4, ys[k] - 6};
            gc.setStroke(HALO);
            gc.setLineWidth(3.6);
            gc.strokePolygon(tx, ty, 3);
            gc.setStroke(RAISED_INK);
            gc.setLineWidth(1.6);
            gc.strokePolygon(tx, ty, 3);
        }
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    /** The chosen start and every path's first point, each drawn once however many paths share it. */
    static List<Point2D> starts(MapFrame frame, List<Trace> traces, Point start) {
        List<Point> candidates = new ArrayList<>();
        if (start != null) {
            candidates.add(start);
        }
        for (Trace t : traces) {
            TraceHistory h = t.history();
            if (h != null && h.size() > 0) {
                candidates.add(new Point(h.w(0), h.b(0)));
            }
        }
        List<Point2D> pixels = new ArrayList<>();
        for (Point p : candidates) {
            Point2D px = frame.toPixel(p);
            if (p.isFinite() && pixels.stream().noneMatch(q -> q.distance(px) < 4)) {
                pixels.add(px);
            }
        }
        return pixels;
    }

    /** A hollow diamond: the start is a place, not a run, so it is drawn in ink, not in a run's colour. */
    private static void startMarker(GraphicsContext gc, Point2D s) {
        double r = START_RADIUS;
        double[] xs = {s.getX(), s.getX() + r, s.getX(), s.getX() - r};
        double[] ys = {s.getY() - r, s.getY(), s.getY() + r, s.getY()};
        gc.setStroke(HALO);
        gc.setLineWidth(5);
        gc.strokePolygon(xs, ys, 4);
        gc.setStroke(MARKER_INK);
        gc.setLineWidth(2);
        gc.strokePolygon(xs, ys, 4);
    }

    /** "start" below right of the start marker at s. */
    static void startLabel(GraphicsContext gc, Point2D s) {
        haloText(gc, START, s.getX() + START_RADIUS + 5, s.getY() + START_RADIUS + 2, TextAlignment.LEFT, MARKER_INK);
    }

    /** Where {@link #startLabel} draws, halo included. */
    static Rectangle2D startLabelBounds(Point2D s) {
        Text text = new Text(START);
        text.setFont(LABEL_FONT);
        double width = text.getLayoutBounds().getWidth();
        double height = text.getLayoutBounds().getHeight();
        double x = s.getX() + START_RADIUS + 5;
        double y = s.getY() + START_RADIUS + 2;
        return new Rectangle2D(x - HALO_TEXT_WIDTH, y - height / 2 - HALO_TEXT_WIDTH,
                width + 2 * HALO_TEXT_WIDTH, height + 2 * HALO_TEXT_WIDTH);
    }

    /** A filled dot in the run's colour, ringed white then dark, so it reads on dark and bright ground. */
    private static void currentMarker(GraphicsContext gc, MapFrame frame, Trace t) {
        Point p = t.current();
        if (p == null || !p.isFinite()) {
            return;
        }
        Point2D c = frame.toPixel(p);
        double r = CURRENT_RADIUS;
        gc.setFill(Color.rgb(0, 0, 0, 0.55));
        gc.fillOval(c.getX() - r - 3, c.getY() - r - 3, 2 * r + 6, 2 * r + 6);
        gc.setFill(HALO);
        gc.fillOval(c.getX() - r - 2.5, c.getY() - r - 2.5, 2 * r + 5, 2 * r + 5);
        gc.setFill(t.color());
        gc.fillOval(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
    }

    /** Text with a white outline, readable on any colour of the map. */
    static void haloText(GraphicsContext gc, String text, double x, double y, TextAlignment align, Color ink) {
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setStroke(HALO);
        gc.setLineWidth(HALO_TEXT_WIDTH);
        gc.strokeText(text, x, y);
        gc.setFill(ink);
        gc.fillText(text, x, y);
    }
}
