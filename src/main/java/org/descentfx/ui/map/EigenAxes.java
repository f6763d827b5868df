package org.descentfx.ui.map;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.curvature.Hessian;
import org.descentfx.core.train.Point;
import org.descentfx.ui.plot.Format;

/**
 * The valley's long and short axes: the eigen-axes of the Hessian H of C drawn through the floor,
 * each named with its curvature λ. Along the steep axis C rises λmax/λmin = κ times faster than along
 * the long one: that ratio is why one η cannot suit both directions.
 */
final class EigenAxes {
    static final Color INK = Color.WHITE;
    private static final Color HALO = Color.rgb(0, 0, 0, 0.55);
    private static final Font FONT = Font.font("DejaVu Sans", 13);

    /** A line's part inside the plot, in pixels. */
    record Segment(Point2D from, Point2D to) {
    }

    private EigenAxes() {
    }

    /** κ in the words of the valley, e.g. "κ = λmax/λmin = 412: the valley is 412 times steeper across than along". */
    static String conditionText(Hessian h) {
        double kappa = h.conditionNumber();
        String k = Format.number(kappa);
        return Double.isInfinite(kappa) ? "κ = ∞: the valley is flat along its floor"
                : "κ = λmax/λmin = " + k + ": the valley is " + k + " times steeper across than along";
    }

    /** κ from the most words to the fewest: the sentence, the ratio, the number alone. */
    static List<String> conditionTexts(Hessian h) {
        double kappa = h.conditionNumber();
        String k = Double.isInfinite(kappa) ? "∞" : Format.number(kappa);
        return List.of(conditionText(h), "κ = λmax/λmin = " + k, "κ = " + k);
    }

    /** Plots narrower than this get the short names of the axes: the long ones would hide the valley. */
    static final double NARROW = 420;

    /**
     * Draws both axes through {@code floor}; the canvas is the map's overlay, clipped to the plot. Their
     * names keep clear of {@code avoid} (the boxes over the plot) where one of the places tried allows.
     */
    static void paint(GraphicsContext gc, MapFrame frame, Point floor, Hessian h, List<Rectangle2D> avoid) {
        gc.save();
        gc.setFont(FONT);
        List<Rectangle2D> taken = new ArrayList<>(avoid);
        boolean wide = frame.plot().getWidth() >= NARROW;
        draw(gc, frame, floor, h.steepAxis(), (wide ? "steep axis · " : "") + "λmax = " + Format.number(h.lambdaMax()),
                true, taken);
        draw(gc, frame, floor, h.gentleAxis(), (wide ? "long axis · " : "") + "λmin = " + Format.number(h.lambdaMin()),
                false, taken);
        gc.restore();
    }

    private static void draw(GraphicsContext gc, MapFrame frame, Point floor, Point axis, String name, boolean upper,
                             List<Rectangle2D> taken) {
        Segment s = clip(frame, floor, axis);
        if (s == null) {
            return;
        }
        gc.setLineDashes(7, 5);
        gc.setLineWidth(3.5);
        gc.setStroke(HALO);
        gc.strokeLine(s.from().getX(), s.from().getY(), s.to().getX(), s.to().getY());
        gc.setLineWidth(1.6);
        gc.setStroke(INK);
        gc.strokeLine(s.from().getX(), s.from().getY(), s.to().getX(), s.to().getY());
        gc.setLineDashes();
        Rectangle2D box = place(frame.plot(), s, name, upper, taken);
        taken.add(box);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double y = box.getMinY() + box.getHeight() / 2;
        gc.setLineWidth(3);
        gc.setStroke(HALO);
        gc.strokeText(name, box.getMinX(), y);
        gc.setFill(INK);
        gc.fillText(name, box.getMinX(), y);
    }

    /**
     * Where the name goes: beside the segment near its upper (or lower) end, else near the other end, else
     * farther in; the first place whose box stays in the plot and clear of the boxes taken.
     */
    private static Rectangle2D place(Rectangle2D plot, Segment s, String name, boolean upper, List<Rectangle2D> taken) {
        Text probe = new Text(name);
        probe.setFont(FONT);
        double width = probe.getLayoutBounds().getWidth();
        double height = probe.getLayoutBounds().getHeight();
        Point2D first = (s.to().getY() < s.from().getY()) == upper ? s.to() : s.from();
        Point2D second = first == s.to() ? s.from() : s.to();
        Rectangle2D fallback = null;
        for (double along : new double[] {0.08, 0.2, 0.35}) {
            for (Point2D end : List.of(first, second)) {
                Point2D at = end.add((end == first ? second : first).subtract(end).multiply(along));
                boolean rightHalf = at.getX() > plot.getMinX() + plot.getWidth() / 2;
                Point2D along2 = second.subtract(first);
                double x;
                double y;
                if (Math.abs(along2.getX()) > Math.abs(along2.getY())) {
                    // a line flatter than 45°: beside it would be on it; above it, clear of it over the text's width
                    double slope = Math.abs(along2.getY() / along2.getX());
                    x = at.getX() - width / 2;
                    y = at.getY() - 5 - height - slope * width / 2;
                } else {
                    x = rightHalf ? at.getX() - 8 - width : at.getX() + 8;
                    y = at.getY() - height / 2;
                }
                x = Math.max(plot.getMinX() + 4, Math.min(plot.getMaxX() - 4 - width, x));
                y = Math.max(plot.getMinY() + 4, Math.min(plot.getMaxY() - 4 - height, y));
                Rectangle2D box = new Rectangle2D(x, y, width, height);
                if (fallback == null) {
                    fallback = box;
                }
                if (taken.stream().noneMatch(box::intersects)) {
                    return box;
                }
            }
        }
        return fallback;
    }

    /** The line through {@code p} along {@code axis} (in w, b) cut to the plot; null when it misses the plot. */
    static Segment clip(MapFrame frame, Point p, Point axis) {
        Point2D c = frame.toPixel(p);
        double dx = axis.w() / frame.wPerPixel();
        double dy = -axis.b() / frame.bPerPixel();
        Rectangle2D r = frame.plot();
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        double[][] slabs = {{c.getX(), dx, r.getMinX(), r.getMaxX()}, {c.getY(), dy, r.getMinY(), r.getMaxY()}};
        for (double[] s : slabs) {
            if (s[1] == 0) {
                if (s[0] < s[2] || s[0] > s[3]) {
                    return null;
                }
                continue;
            }
            double t1 = (s[2] - s[0]) / s[1];
            double t2 = (s[3] - s[0]) / s[1];
            lo = Math.max(lo, Math.min(t1, t2));
            hi = Math.min(hi, Math.max(t1, t2));
        }
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return null;
        }
        return new Segment(new Point2D(c.getX() + lo * dx, c.getY() + lo * dy),
                new Point2D(c.getX() + hi * dx, c.getY() + hi * dy));
    }
}
