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

    /** How far, in pixels, a name keeps from the paths it is told to keep clear of. */
    static final double CLEARANCE = 6;
    /** How far it keeps from a lone point, a run's ball or the start marker: their radius more. */
    static final double MARKER_CLEARANCE = CLEARANCE + 9;
    /** How far it keeps from the axes' own dashed lines. */
    private static final double LINE_CLEARANCE = 2;

    /**
     * Draws both axes through {@code floor}; the canvas is the map's overlay, clipped to the plot. Their
     * names keep clear of {@code avoid} (the boxes over the plot) and of the polylines in {@code clear} (the
     * paths drawn; a polyline of one point is a marker) where one of the places tried allows, else take
     * the place that the fewest of those segments cross. Returns the names' boxes, in pixels.
     */
    static List<Rectangle2D> paint(GraphicsContext gc, MapFrame frame, Point floor, Hessian h, List<Rectangle2D> avoid,
                                   List<List<Point2D>> clear) {
        gc.save();
        gc.setFont(FONT);
        List<Rectangle2D> taken = new ArrayList<>(avoid);
        boolean wide = frame.plot().getWidth() >= NARROW;
        List<Rectangle2D> names = new ArrayList<>();
        List<List<Point2D>> lines = new ArrayList<>();
        for (Point axis : List.of(h.steepAxis(), h.gentleAxis())) {
            Segment s = clip(frame, floor, axis);
            if (s != null) {
                lines.add(List.of(s.from(), s.to()));
            }
        }
        for (boolean steep : new boolean[] {true, false}) {
            String name = (wide ? (steep ? "steep axis · " : "long axis · ") : "")
                    + (steep ? "λmax = " + Format.number(h.lambdaMax()) : "λmin = " + Format.number(h.lambdaMin()));
            Rectangle2D box = draw(gc, frame, floor, steep ? h.steepAxis() : h.gentleAxis(), name, steep, taken, lines,
                    clear);
            if (box != null) {
                names.add(box);
            }
        }
        gc.restore();
        return names;
    }

    /** Whether any of {@code lines} passes through one of {@code boxes} or within {@link #CLEARANCE} of it. */
    static boolean crosses(List<Rectangle2D> boxes, List<List<Point2D>> lines) {
        return boxes.stream().anyMatch(box -> crossings(box, lines) > 0);
    }

    /**
     * How many segments of {@code lines} come within {@link #CLEARANCE} of the box; a polyline of one point
     * counts as one when it comes within {@link #MARKER_CLEARANCE}.
     */
    static int crossings(Rectangle2D box, List<List<Point2D>> lines) {
        return crossings(box, lines, CLEARANCE);
    }

    private static int crossings(Rectangle2D box, List<List<Point2D>> lines, double clearance) {
        int n = 0;
        for (List<Point2D> line : lines) {
            double c = line.size() == 1 ? clearance + MARKER_CLEARANCE - CLEARANCE : clearance;
            double x0 = box.getMinX() - c;
            double y0 = box.getMinY() - c;
            double x1 = box.getMaxX() + c;
            double y1 = box.getMaxY() + c;
            for (int k = 0; k < line.size(); k++) {
                Point2D p = line.get(k);
                Point2D q = k > 0 ? line.get(k - 1) : line.size() == 1 ? p : null;
                if (q != null && meets(q.getX(), q.getY(), p.getX(), p.getY(), x0, y0, x1, y1)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether the segment from (ax, ay) to (bx, by) meets the rectangle [x0, x1] × [y0, y1] (Liang–Barsky). */
    private static boolean meets(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1) {
        if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
            return false;
        }
        double lo = 0;
        double hi = 1;
        double[] d = {bx - ax, by - ay};
        double[] a = {ax, ay};
        double[][] slab = {{x0, x1}, {y0, y1}};
        for (int i = 0; i < 2; i++) {
            if (d[i] == 0) {
                continue; // inside this slab already: the bounding test above said so
            }
            double t1 = (slab[i][0] - a[i]) / d[i];
            double t2 = (slab[i][1] - a[i]) / d[i];
            lo = Math.max(lo, Math.min(t1, t2));
            hi = Math.min(hi, Math.max(t1, t2));
        }
        return lo <= hi;
    }

    private static Rectangle2D draw(GraphicsContext gc, MapFrame frame, Point floor, Point axis, String name,
                                    boolean upper, List<Rectangle2D> taken, List<List<Point2D>> axes,
                                    List<List<Point2D>> clear) {
        Segment s = clip(frame, floor, axis);
        if (s == null) {
            return null;
        }
        gc.setLineDashes(7, 5);
        gc.setLineWidth(3.5);
        gc.setStroke(HALO);
        gc.strokeLine(s.from().getX(), s.from().getY(), s.to().getX(), s.to().getY());
        gc.setLineWidth(1.6);
        gc.setStroke(INK);
        gc.strokeLine(s.from().getX(), s.from().getY(), s.to().getX(), s.to().getY());
        gc.setLineDashes();
        Rectangle2D box = place(frame.plot(), s, name, upper, taken, axes, clear);
        taken.add(box);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double y = box.getMinY() + box.getHeight() / 2;
        gc.setLineWidth(3);
        gc.setStroke(HALO);
        gc.strokeText(name, box.getMinX(), y);
        gc.setFill(INK);
        gc.fillText(name, box.getMinX(), y);
        return box;
    }

    /**
     * Where the name goes: beside the segment near its upper (or lower) end, else near the other end, else
     * farther in, else on the segment's other side; the first place whose box stays in the plot, clear of
     * the boxes taken, of the axes' lines and of the paths to keep clear of. Where none is, the place clear of the boxes that
     * the fewest segments cross, and failing that the first place tried.
     */
    private static Rectangle2D place(Rectangle2D plot, Segment s, String name, boolean upper, List<Rectangle2D> taken,
                                     List<List<Point2D>> axes, List<List<Point2D>> clear) {
        Text probe = new Text(name);
        probe.setFont(FONT);
        double width = probe.getLayoutBounds().getWidth();
        double height = probe.getLayoutBounds().getHeight();
        Point2D first = (s.to().getY() < s.from().getY()) == upper ? s.to() : s.from();
        Point2D second = first == s.to() ? s.from() : s.to();
        Rectangle2D fallback = null;
        Rectangle2D fewest = null;
        int fewestCovered = Integer.MAX_VALUE;
        for (boolean usualSide : new boolean[] {true, false}) {
            for (double along : new double[] {0.08, 0.2, 0.35}) {
                for (Point2D end : List.of(first, second)) {
                    Point2D at = end.add((end == first ? second : first).subtract(end).multiply(along));
                    Rectangle2D box = beside(plot, at, second.subtract(first), width, height, usualSide);
                    if (fallback == null) {
                        fallback = box;
                    }
                    if (taken.stream().anyMatch(box::intersects) || crossings(box, axes, LINE_CLEARANCE) > 0) {
                        continue;
                    }
                    int n = crossings(box, clear);
                    if (n == 0) {
                        return box;
                    }
                    if (n < fewestCovered) {
                        fewest = box;
                        fewestCovered = n;
                    }
                }
            }
        }
        return fewest != null ? fewest : fallback;
    }

    /**
     * The box of a name beside the line through {@code at} running along {@code direction}, kept in the plot:
     * for a line steeper than 45° toward the plot's middle (or away from it), for a flatter one above (or below).
     */
    private static Rectangle2D beside(Rectangle2D plot, Point2D at, Point2D direction, double width, double height,
                                      boolean usualSide) {
        double x;
        double y;
        if (Math.abs(direction.getX()) > Math.abs(direction.getY())) {
            // a line flatter than 45°: beside it would be on it; above (below) it, clear of it over the text's width
            double rise = 5 + Math.abs(direction.getY() / direction.getX()) * width / 2;
            x = at.getX() - width / 2;
            y = usualSide ? at.getY() - rise - height : at.getY() + rise;
        } else {
            boolean toLeft = (at.getX() > plot.getMinX() + plot.getWidth() / 2) == usualSide;
            x = toLeft ? at.getX() - 8 - width : at.getX() + 8;
            y = at.getY() - height / 2;
        }
        x = Math.max(plot.getMinX() + 4, Math.min(plot.getMaxX() - 4 - width, x));
        y = Math.max(plot.getMinY() + 4, Math.min(plot.getMaxY() - 4 - height, y));
        return new Rectangle2D(x, y, width, height);
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
