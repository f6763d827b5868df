package org.descentfx.ui.valley;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import org.descentfx.core.surface.Window;
import org.descentfx.ui.plot.Format;
import org.descentfx.ui.plot.NiceTicks;

/**
 * The w, b and C axes of the 3D valley as the camera sees them: w along the surface's front edge,
 * b along its side edge (the two edges that meet at the corner nearest the eye), C up the corner
 * that lies leftmost on screen, where the room for its numbers is. An axis's ticks are those of the
 * coarsest round step that leaves at least three of its numbers room beside the numbers placed
 * before (C's, then w's), nearer to their own tick than to any other. Each tick stands at the
 * scene point of the value it names — a w
 * tick on the surface's edge at that w, a C tick at the height {@link HeightScale} gives that C,
 * above the floor's corner — and its label is
 * pushed outwards, away from the valley, in the view's pixels ({@link ValleyProjection}). The floor
 * (height 0) is the grid's smallest C. Pure geometry; numbers through {@link Format}. Immutable.
 */
final class ValleyAxes {
    enum Axis { W, B, C }

    /**
     * One tick: the value it names, its label, the scene point it marks, that point on screen,
     * and the unit direction on screen in which its mark and label stand off the valley.
     */
    record Tick(Axis axis, double value, String text, Point3D at, Point2D pixel, Point2D outward) {
    }

    /** One axis line on screen through {@code points}, with its title's anchor and the direction it stands off in. */
    record Line(Axis axis, List<Point2D> points, Point2D titleAt, Point2D outward) {
        Line {
            points = List.copyOf(points);
        }
    }

    /** About the size of a number such as "−1.5" on screen, and the air between two, in pixels. */
    private static final double LABEL_WIDTH_PX = 34;
    private static final double LABEL_HEIGHT_PX = 16;
    private static final double LABEL_AIR_PX = 14;
    /** The least gap between two C ticks on screen, in pixels: a label's height and some air. */
    static final double MIN_C_GAP_PX = 18;
    private static final int C_TICKS = 5;
    /** The most ticks an axis is given when it looks for room for three numbers. */
    private static final int MAX_TICKS = 12;
    /** Straight pieces of a rim axis's line. */
    private static final int RIM_PIECES = 64;

    private final List<Tick> ticks;
    private final List<Line> lines;

    private ValleyAxes(List<Tick> ticks, List<Line> lines) {
        this.ticks = List.copyOf(ticks);
        this.lines = List.copyOf(lines);
    }

    List<Tick> ticks() {
        return ticks;
    }

    List<Tick> ticks(Axis axis) {
        return ticks.stream().filter(t -> t.axis() == axis).toList();
    }

    List<Line> lines() {
        return lines;
    }

    /** The axes of {@code mesh} seen through {@code projection}; none where a corner lies behind the eye. */
    static ValleyAxes of(ValleyMesh mesh, ValleyProjection projection) {
        double h = ValleyMesh.SIZE / 2;
        double[] xs = {-h, h};
        double[] zs = {-h, h};
        // the corner nearest the eye carries w and b; the one leftmost on screen carries C, its numbers on the left
        double leftX = 0;
        double leftZ = 0;
        double leftU = Double.POSITIVE_INFINITY;
        Point2D centre = projection.project(0, 0, 0);
        double nearX = 0;
        double nearZ = 0;
        double nearV = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            for (double z : zs) {
                Point2D p = projection.project(x, 0, z);
                if (p == null || centre == null) {
                    return new ValleyAxes(List.of(), List.of());
                }
                if (p.getY() > nearV) {
                    nearV = p.getY();
                    nearX = x;
                    nearZ = z;
                }
                if (p.getX() < leftU) {
                    leftU = p.getX();
                    leftX = x;
                    leftZ = z;
                }
            }
        }
        List<Tick> ticks = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Window window = mesh.grid().window();
        double edgeB = nearZ < 0 ? window.bMin() : window.bMax();
        double edgeW = nearX < 0 ? window.wMin() : window.wMax();
        // C first: its corner is where b's edge ends, so b's numbers make way for C's
        costAxis(mesh, leftX, leftZ, projection, centre, ticks, lines);
        rimAxis(Axis.W, window.wMin(), window.wMax(), v -> onRim(mesh, v, edgeB), projection, centre, ticks, lines);
        rimAxis(Axis.B, window.bMin(), window.bMax(), v -> onRim(mesh, edgeW, v), projection, centre, ticks, lines);
        return new ValleyAxes(ticks, lines);
    }

    /** The point of the surface's edge over (w, b); on the floor where C is unknown there. */
    private static Point3D onRim(ValleyMesh mesh, double w, double b) {
        Point3D p = mesh.above(w, b, 0);
        return p != null ? p : new Point3D(mesh.x(w), 0, mesh.z(b));
    }

    /**
     * An axis along the edge of the surface nearest the eye: each tick on the surface itself, at
     * (w, b, C(w, b)) of the edge, so it is in view wherever the surface is; its numbers stand off
     * the edge, away from the valley's middle.
     */
    private static void rimAxis(Axis axis, double lo, double hi, DoubleFunction<Point3D> at,
                                ValleyProjection projection, Point2D centre, List<Tick> ticks, List<Line> lines) {
        List<Point2D> rim = new ArrayList<>();
        for (int i = 0; i <= RIM_PIECES; i++) {
            Point2D p = projection.project(at.apply(lo + (hi - lo) * i / RIM_PIECES));
            if (p == null) {
                return;
            }
            rim.add(p);
        }
        Point2D from = rim.get(0);
        Point2D to = rim.get(RIM_PIECES);
        Point2D mid = from.midpoint(to);
        // perpendicular to the edge on screen, on the side away from the floor's middle
        Point2D along = to.subtract(from);
        Point2D normal = new Point2D(-along.getY(), along.getX()).normalize();
        if (normal.dotProduct(mid.subtract(centre)) < 0) {
            normal = normal.multiply(-1);
        }
        // as many ticks as numbers fit along the edge on screen (a number is wide across, low up and down)
        Point2D unit = along.normalize();
        double room = Math.abs(unit.getX()) * LABEL_WIDTH_PX + Math.abs(unit.getY()) * LABEL_HEIGHT_PX + LABEL_AIR_PX;
        int count = (int) Math.max(3, Math.min(8, Math.floor(along.magnitude() / room)));
        ticks.addAll(fitting(axis, lo, hi, count, at, projection, normal, ticks));
        // the title beyond the rim's middle, whichever way the rim bulges
        double bulge = rim.stream().mapToDouble(p -> p.subtract(mid).dotProduct(normal0(from, to, centre))).max()
                .orElse(0);
        lines.add(new Line(axis, rim, mid.add(normal.multiply(Math.max(0, bulge))), normal));
    }

    /**
     * The ticks of the coarsest 1-2-5 step, from about {@code count} ticks on, that gives at least
     * three numbers room: a tick whose number would cover or sit nearer to a tick already placed
     * (of another axis, or of this one) is left out, mark and all. Sizes are {@link TickLabels}'s
     * expectations, which the measured ones do not exceed.
     */
    private static List<Tick> fitting(Axis axis, double lo, double hi, int count, DoubleFunction<Point3D> at,
                                      ValleyProjection projection, Point2D outward, List<Tick> placed) {
        List<Tick> best = List.of();
        double step = Double.NaN;
        for (int n = count; n <= MAX_TICKS && best.size() < 3; n++) {
            double s = NiceTicks.step(lo, hi, n);
            if (s == step) {
                continue;
            }
            step = s;
            List<Tick> kept = new ArrayList<>();
            for (double v : NiceTicks.ticks(lo, hi, n)) {
                Point3D p = at.apply(v);
                Tick tick = new Tick(axis, v, Format.number(v), p, projection.project(p), outward);
                if (fits(tick, placed, kept)) {
                    kept.add(tick);
                }
            }
            if (kept.size() > best.size()) {
                best = kept;
            }
        }
        return best;
    }

    /** Whether the tick's number overlaps no number of {@code placed} and {@code kept}, and each reads as its own. */
    private static boolean fits(Tick tick, List<Tick> placed, List<Tick> kept) {
        Bounds box = TickLabels.expected(tick.text(), tick.pixel(), tick.outward());
        List<Point2D> others = new ArrayList<>();
        for (List<Tick> list : List.of(placed, kept)) {
            for (Tick other : list) {
                Bounds theirs = TickLabels.expected(other.text(), other.pixel(), other.outward());
                if (theirs.intersects(box) || !TickLabels.nearestTo(theirs, other.pixel(), List.of(tick.pixel()))) {
                    return false;
                }
                others.add(other.pixel());
            }
        }
        return TickLabels.nearestTo(box, tick.pixel(), others);
    }

    private static Point2D normal0(Point2D from, Point2D to, Point2D centre) {
        Point2D along = to.subtract(from);
        Point2D normal = new Point2D(-along.getY(), along.getX()).normalize();
        return normal.dotProduct(from.midpoint(to).subtract(centre)) < 0 ? normal.multiply(-1) : normal;
    }

    private static void costAxis(ValleyMesh mesh, double x, double z, ValleyProjection projection, Point2D centre,
                                 List<Tick> ticks, List<Line> lines) {
        HeightScale scale = mesh.scale();
        Point2D foot = projection.project(x, 0, z);
        Point2D top = projection.project(x, -scale.top(), z);
        Point2D outward = new Point2D(foot.getX() <= centre.getX() ? -1 : 1, 0);
        int count = (int) Math.max(3, Math.min(C_TICKS, Math.floor(foot.distance(top) / (MIN_C_GAP_PX + 8))));
        List<Tick> best = List.of();
        // fewer marks where the axis is short, so that three stand apart if three can
        for (int n = count; n >= 2 && best.size() < 3; n--) {
            List<Tick> kept = new ArrayList<>();
            Point2D last = null;
            for (double c : costValues(scale, n)) {
                Point3D p = new Point3D(x, -scale.height(c), z);
                Point2D px = projection.project(p);
                if (last == null || last.distance(px) >= MIN_C_GAP_PX) {
                    kept.add(new Tick(Axis.C, c, Format.number(c), p, px, outward));
                    last = px;
                }
            }
            if (kept.size() > best.size()) {
                best = kept;
            }
        }
        ticks.addAll(best);
        lines.add(new Line(Axis.C, List.of(foot, top), top, new Point2D(0, -1)));
    }

    /**
     * Round costs to mark, ascending, inside [min, max]: on linear heights the floor (the grid's
     * smallest C, rounded up to two digits) and the 1-2-5 ticks of C at least half a step above it; on
     * log heights the costs at evenly spaced heights rounded to two significant digits, so the
     * marks spread up the axis as the heights do (a linear C would crowd them at the top).
     */
    static double[] costValues(HeightScale scale) {
        return costValues(scale, C_TICKS);
    }

    /** As {@link #costValues(HeightScale)}, about {@code count} of them (at least 2). */
    static double[] costValues(HeightScale scale, int count) {
        double min = scale.min();
        double max = scale.max();
        if (!(max > min) || !Double.isFinite(max - min)) {
            return Double.isFinite(min) ? new double[] {min} : new double[0];
        }
        if (!scale.log()) {
            double[] nice = NiceTicks.ticks(min, max, Math.max(1, count - 1));
            double floor = twoDigits(min, RoundingMode.CEILING);
            double step = NiceTicks.step(min, max, Math.max(1, count - 1));
            if (floor > max || (nice.length > 0 && nice[0] - floor < step / 2)) {
                return nice;
            }
            double[] values = new double[nice.length + 1];
            values[0] = floor;
            System.arraycopy(nice, 0, values, 1, nice.length);
            return values;
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double c = scale.cost(scale.top() * i / (count - 1));
            // the ends round inwards, so the marks stay on the axis
            RoundingMode mode = i == 0 ? RoundingMode.CEILING : i == count - 1 ? RoundingMode.FLOOR
                    : RoundingMode.HALF_EVEN;
            double r = twoDigits(c, mode);
            if (r >= min && r <= max && (values.isEmpty() || r > values.get(values.size() - 1))) {
                values.add(r);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double twoDigits(double c, RoundingMode mode) {
        return c == 0 ? 0 : new BigDecimal(c).round(new MathContext(2, mode)).doubleValue();
    }
}
