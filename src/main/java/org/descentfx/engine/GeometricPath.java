package org.descentfx.engine;

import java.util.Arrays;

/**
 * A run's path thinned by geometry, not by time: of the points appended, it keeps as vertices
 * only those the picture needs, so that every point lies within {@link #TOLERANCE_PX} of the
 * polyline in the pixels of its {@link PathScale}, however long the run. A descent's early,
 * steep steps, which carry the path's shape, are kept; a long glide along a straight line, or
 * thousands of steps jittering over ground the path already covers, cost no new vertex.
 *
 * <p>How: each stretch of the polyline grows from an anchor vertex; a new point extends it while
 * the segment from the anchor to that point passes within the tolerance of every point since the
 * anchor (the cone of allowed directions is kept, so each point costs O(1)); otherwise the last
 * point becomes a vertex. A point that lies on ground the drawn path already covers (within the
 * tolerance of a committed segment, found in a grid of cells) lifts the pen; the next point
 * that does not puts it down again, from the last covered point. Points beyond the window's
 * margin are held to a tolerance that grows with their distance from it: they are not drawn.
 * Single-threaded.
 */
public final class GeometricPath {
    /** The thinning's bound in pixels; the painter's merge of half a pixel keeps the drawn path within 1.5 px. */
    public static final double TOLERANCE_PX = 1.0;
    /** The most vertices held; past it the tolerance doubles (the path is then coarser than the bound). */
    static final int MAX_VERTICES = 1 << 17;
    private static final double CELL = TOLERANCE_PX / Math.sqrt(2);

    private final PathScale scale;
    private final CoveredCells covered;
    private double tolerance = TOLERANCE_PX;
    private double[] w = new double[256];
    private double[] b = new double[256];
    private boolean[] pen = new boolean[256];
    private int vertices;
    /** How many times the vertices were thinned in place ({@link #coarsen}): each one changes the settled ones. */
    private int coarsenings;
    private long appended;
    private long lastStep = -1;
    // the open stretch: anchor A (the last vertex), the newest point L, the cone of directions from A
    private boolean open;
    private double ax, ay, lx, ly, lw, lb;
    private boolean cone;
    private double loX, loY, hiX, hiY, reach;
    // pen up: the newest point, which lay on covered ground
    private boolean skipped;
    private double sw, sb;

    public GeometricPath(PathScale scale) {
        this.scale = scale;
        covered = new CoveredCells(scale, CELL);
    }

    public PathScale scale() {
        return scale;
    }

    /** Whether every appended point lies within {@link #TOLERANCE_PX} of the path (false once the vertex cap was hit). */
    public boolean meetsBound() {
        return tolerance == TOLERANCE_PX;
    }

    /**
     * The thinning's tolerance now, in pixels: {@link #TOLERANCE_PX}, doubled at each coarsening.
     * Vertices below {@code size() - 1} never move while it stays the same.
     */
    public double tolerance() {
        return tolerance;
    }

    /** Points appended. */
    public long appended() {
        return appended;
    }

    /** The step of the newest point appended; −1 before any. */
    public long lastStep() {
        return lastStep;
    }

    /** Appends the point the run reached at {@code step}. */
    public void append(long step, double pw, double pb) {
        appended++;
        lastStep = step;
        double x = scale.x(pw);
        double y = scale.y(pb);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            lift();
            skipped = false;
            return;
        }
        if (open && extends_(x, y)) {
            take(x, y, pw, pb);
            return;
        }
        if (covered.contains(x, y)) {
            lift();
            skipped = true;
            sw = pw;
            sb = pb;
            return;
        }
        if (open) {
            commit();
        } else {
            begin(skipped ? sw : pw, skipped ? sb : pb);
        }
        take(x, y, pw, pb);
    }

    /** Vertices to draw, the newest point of the open stretch last. */
    public int size() {
        return vertices + (open ? 1 : 0);
    }

    public double w(int i) {
        return i < vertices ? w[i] : lw;
    }

    public double b(int i) {
        return i < vertices ? b[i] : lb;
    }

    /**
     * Vertices that stay as they are whatever is appended next (all but the open stretch's newest
     * point), until the path is coarsened ({@link #coarsenings()}): a painter that has drawn them
     * need draw only the ones after them.
     */
    public int settled() {
        return vertices;
    }

    /** How many times past the vertex cap every other vertex went; settled vertices change each time. */
    public int coarsenings() {
        return coarsenings;
    }

    /** Whether vertex i begins a new stretch (the pen moves there without drawing). */
    public boolean startsStretch(int i) {
        return i < vertices && pen[i];
    }

    private void begin(double pw, double pb) {
        addVertex(pw, pb, true);
        ax = scale.x(pw);
        ay = scale.y(pb);
        lx = ax;
        ly = ay;
        lw = pw;
        lb = pb;
        open = true;
        cone = false;
        reach = 0;
        skipped = false;
    }

    /** Ends the open stretch at its newest point, if it went anywhere. */
    private void lift() {
        if (open && (lx != ax || ly != ay)) {
            commitVertex();
        }
        open = false;
    }

    /** The newest point becomes a vertex and the anchor of the next stretch. */
    private void commit() {
        commitVertex();
        ax = lx;
        ay = ly;
        cone = false;
        reach = 0;
    }

    private void commitVertex() {
        covered.addSegment(ax, ay, lx, ly);
        addVertex(lw, lb, false);
    }

    /** Whether the segment from the anchor to (x, y) passes within the tolerance of every point since the anchor. */
    private boolean extends_(double x, double y) {
        if (!cone) {
            return true;
        }
        double dx = x - ax;
        double dy = y - ay;
        double d = Math.hypot(dx, dy);
        if (d < reach) {
            return false;
        }
        return dx * loX + dy * loY > 0 && cross(loX, loY, dx, dy) >= 0 && cross(dx, dy, hiX, hiY) >= 0;
    }

    /** (x, y) is the stretch's newest point: it narrows the cone for the points after it. */
    private void take(double x, double y, double pw, double pb) {
        lx = x;
        ly = y;
        lw = pw;
        lb = pb;
        double dx = x - ax;
        double dy = y - ay;
        double d = Math.hypot(dx, dy);
        double tol = toleranceAt(x, y);
        if (d <= tol) {
            return; // any segment from the anchor passes within tol of it
        }
        reach = Math.max(reach, d);
        double sin = tol / d;
        double cos = Math.sqrt(1 - sin * sin);
        double ux = dx / d;
        double uy = dy / d;
        // the directions from A whose line passes within tol of (x, y): u turned by ±asin(tol/d)
        double nLoX = ux * cos + uy * sin;
        double nLoY = -ux * sin + uy * cos;
        double nHiX = ux * cos - uy * sin;
        double nHiY = ux * sin + uy * cos;
        if (!cone) {
            loX = nLoX; loY = nLoY; hiX = nHiX; hiY = nHiY;
            cone = true;
            return;
        }
        if (cross(loX, loY, nLoX, nLoY) > 0) {
            loX = nLoX;
            loY = nLoY;
        }
        if (cross(hiX, hiY, nHiX, nHiY) < 0) {
            hiX = nHiX;
            hiY = nHiY;
        }
    }

    /** The tolerance inside the window's margin; beyond it, that plus the distance to it. */
    private double toleranceAt(double x, double y) {
        double m = PathScale.MARGIN_PX;
        double ox = Math.max(0, Math.max(-m - x, x - scale.widthPx() - m));
        double oy = Math.max(0, Math.max(-m - y, y - scale.heightPx() - m));
        return tolerance + Math.max(ox, oy);
    }

    private static double cross(double x0, double y0, double x1, double y1) {
        return x0 * y1 - y0 * x1;
    }

    private void addVertex(double pw, double pb, boolean startsStretch) {
        if (vertices == w.length) {
            if (vertices >= MAX_VERTICES) {
                coarsen();
            } else {
                w = Arrays.copyOf(w, 2 * vertices);
                b = Arrays.copyOf(b, 2 * vertices);
                pen = Arrays.copyOf(pen, 2 * vertices);
            }
        }
        w[vertices] = pw;
        b[vertices] = pb;
        pen[vertices] = startsStretch;
        vertices++;
    }

    /** Memory stays flat past the cap: every other vertex inside a stretch goes, and the bound is no longer met. */
    private void coarsen() {
        int kept = 0;
        for (int i = 0; i < vertices; i++) {
            boolean last = i + 1 == vertices || pen[i + 1];
            if (pen[i] || last || i % 2 == 0) {
                w[kept] = w[i];
                b[kept] = b[i];
                pen[kept] = pen[i];
                kept++;
            }
        }
        vertices = kept;
        tolerance *= 2;
        coarsenings++;
    }
}
