package org.descentfx.ui.map;

import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.descentfx.core.train.Point;

/**
 * The next step Δ as an arrow from the current point to current + Δ, exactly to the scale of the
 * axes: its tip is where the next mini-batch will move the run. Δ is the optimizer's own move
 * (−η∇C_X of Eq. (9) for plain SGD; μu − ηg for momentum). A rule that carries a velocity u shows
 * it as a second, thinner arrow, so the learner sees why the step is not −η∇C.
 */
final class StepArrow {
    private static final double HEAD_LENGTH = 14;
    private static final double HEAD_HALF_WIDTH = 6;
    private static final double LABEL_FROM = 36;

    private StepArrow() {
    }

    /** The arrow's name when its run's mini-batch is the whole data (m = n): then ∇C_X is ∇C. */
    static final String FULL_BATCH_LABEL = "\u2212\u03b7\u2207C";
    /** The arrow's name otherwise: the step of Eq. (8)–(9) is −(η/m) Σ ∇C_Xj, not −η∇C. */
    static final String MINI_BATCH_LABEL = "\u2212\u03b7\u2207C_X";

    /** The label of plain SGD's arrow for a run whose mini-batch has m of the n examples. */
    static String label(int m, int n) {
        return m >= n ? FULL_BATCH_LABEL : MINI_BATCH_LABEL;
    }

    /** The step arrow; {@code label} (e.g. "−η∇C") beyond its tip, or none when null. */
    static void paint(GraphicsContext gc, MapFrame frame, Point current, Point step, Color color, String label) {
        draw(gc, frame, current, step, color, new Style(2.8, 6, HEAD_LENGTH), label);
    }

    /** The velocity u, thinner and paler, labelled "u" when {@code labelled}. */
    static void paintVelocity(GraphicsContext gc, MapFrame frame, Point current, Point u, Color color,
                              boolean labelled) {
        draw(gc, frame, current, u, color.deriveColor(0, 0.7, 1.15, 0.9), new Style(1.4, 3.5, 9), labelled ? "u" : null);
    }

    private record Style(double width, double haloWidth, double headLength) {
    }

    private static void draw(GraphicsContext gc, MapFrame frame, Point current, Point step, Color color, Style style,
                             String label) {
        if (current == null || step == null || !current.isFinite() || !step.isFinite()) {
            return;
        }
        Point2D from = frame.toPixel(current);
        Point2D tip = frame.toPixel(new Point(current.w() + step.w(), current.b() + step.b()));
        double length = from.distance(tip);
        if (!(length >= 1) || !Double.isFinite(length)) {
            return;
        }
        Point2D u = tip.subtract(from).multiply(1 / length);
        Point2D n = new Point2D(-u.getY(), u.getX());
        double head = Math.min(style.headLength(), 0.6 * length);
        double half = head * HEAD_HALF_WIDTH / HEAD_LENGTH;
        Point2D base = tip.subtract(u.multiply(head));
        Point2D shaftEnd = tip.subtract(u.multiply(head * 0.7));
        double[] xs = {tip.getX(), base.getX() + n.getX() * half, base.getX() - n.getX() * half};
        double[] ys = {tip.getY(), base.getY() + n.getY() * half, base.getY() - n.getY() * half};

        gc.setStroke(TracePainter.HALO);
        gc.setLineWidth(style.haloWidth());
        gc.strokeLine(from.getX(), from.getY(), shaftEnd.getX(), shaftEnd.getY());
        gc.setLineWidth(style.haloWidth() * 3.5 / 6);
        gc.strokePolygon(xs, ys, 3);
        gc.setStroke(color);
        gc.setLineWidth(style.width());
        gc.strokeLine(from.getX(), from.getY(), shaftEnd.getX(), shaftEnd.getY());
        gc.setFill(color);
        gc.fillPolygon(xs, ys, 3);
        if (label != null && length >= LABEL_FROM) {
            // beyond the tip, on the side the arrow points to, so the text never covers the arrow
            TextAlignment align = u.getX() > 0.4 ? TextAlignment.LEFT
                    : u.getX() < -0.4 ? TextAlignment.RIGHT : TextAlignment.CENTER;
            Point2D at = tip.add(u.multiply(align == TextAlignment.CENTER ? 16 : 8));
            TracePainter.haloText(gc, label, at.getX(), at.getY(), align, color.darker());
        }
    }
}
