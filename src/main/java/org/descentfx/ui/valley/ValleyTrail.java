package org.descentfx.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point3D;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathScale;
import org.descentfx.engine.TraceHistory;

/**
 * The path of one descent laid on the 3D valley: a thin tube through the points of its
 * {@link TraceHistory}, each a little above the surface. Pure geometry, like {@link ValleyMesh}.
 *
 * <p>Its points are the vertices of the path the map draws, thinned by geometry
 * ({@link GeometricPath}), so the trail keeps the shape of the true descent however long the run.
 * Each segment is one step (or several along a line the path follows): the straight line
 * from (w, b) to the next (w, b) that Eq. (8)–(9) make, as the 2D map draws it, laid on the surface
 * (draped) rather than cutting through the air or the ground between its ends.
 */
final class ValleyTrail {

    /** The most segments drawn per path: beyond it, vertices are sampled evenly, the newest always kept. */
    static final int MAX_SEGMENTS = 2000;

    /** The most points a draped path has (its samples plus the points laid between them). */
    static final int MAX_POINTS = 6000;

    /** The plot a path is thinned for when no map asked for one: about the map's size in the window. */
    private static final double DEFAULT_PLOT_PX = 900;

    /** The longest piece a segment is cut into to follow the surface, in scene units (x, z). */
    static final double PIECE = 3;

    /** Vertices around the tube. */
    static final int SIDES = 8;

    /** A tube as TriangleMesh arrays: x y z per vertex, and (point, texCoord) index pairs. */
    record Tube(float[] points, int[] faces) {
        int vertexCount() {
            return points.length / 3;
        }

        int faceCount() {
            return faces.length / 6;
        }
    }

    private ValleyTrail() {
    }

    /**
     * Indices into a path of {@code size} points, at most maxSegments + 1 of them, evenly spread,
     * in increasing order, always including the first and the newest (size − 1).
     */
    static int[] sample(int size, int maxSegments) {
        if (size <= maxSegments + 1) {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] picked = new int[maxSegments + 1];
        for (int k = 0; k <= maxSegments; k++) {
            picked[k] = (int) Math.round(k * (size - 1) / (double) maxSegments);
        }
        return picked;
    }

    /**
     * The path's points in scene units, {@code lift} above the surface, each segment cut into
     * pieces that follow the surface, and cut into runs wherever a point has no height (outside
     * the window or not finite): a run is never joined across a gap. Runs of fewer than two
     * distinct points are dropped.
     */
    static List<List<Point3D>> runs(ValleyMesh mesh, TraceHistory history, double lift) {
        return runs(mesh, pathOf(mesh, history), lift);
    }

    /** The path the map last drew; if none, one thinned for the mesh's window. */
    static GeometricPath pathOf(ValleyMesh mesh, TraceHistory history) {
        GeometricPath p = history.path();
        PathScale scale = new PathScale(mesh.grid().window(), DEFAULT_PLOT_PX, DEFAULT_PLOT_PX);
        if (p == null) {
            p = history.pathFor(scale);
        }
        if (p == null) {
            // no map asked for one and the history is thinned: the points it holds are the best there is
            p = new GeometricPath(scale);
            for (int i = 0; i < history.size(); i++) {
                p.append(history.step(i), history.w(i), history.b(i));
            }
        }
        return p;
    }

    static List<List<Point3D>> runs(ValleyMesh mesh, GeometricPath path, double lift) {
        List<List<Point3D>> runs = new ArrayList<>();
        if (path == null) {
            return runs;
        }
        int[] picked = sample(path.size(), MAX_SEGMENTS);
        double piece = Math.max(PIECE, length(mesh, path, picked) / (MAX_POINTS - picked.length));
        List<Point3D> run = new ArrayList<>();
        for (int k = 0; k < picked.length; k++) {
            double w = path.w(picked[k]);
            double b = path.b(picked[k]);
            if (k == 0 || path.startsStretch(picked[k])) {
                keep(runs, run);
                run = new ArrayList<>();
            } else {
                // the pieces between the previous vertex and this one, each cut where it leaves the surface
                double w0 = path.w(picked[k - 1]);
                double b0 = path.b(picked[k - 1]);
                double along = Math.hypot(mesh.x(w) - mesh.x(w0), mesh.z(b) - mesh.z(b0));
                int pieces = Double.isFinite(along) ? (int) Math.min(Math.ceil(along / piece), MAX_POINTS) : 0;
                for (int j = 1; j < pieces; j++) {
                    double f = j / (double) pieces;
                    run = extend(runs, run, mesh.above(w0 + f * (w - w0), b0 + f * (b - b0), lift));
                }
            }
            run = extend(runs, run, mesh.above(w, b, lift));
        }
        keep(runs, run);
        return runs;
    }

    /** The length in (x, z) of the segments between consecutive picked points, skipping gaps. */
    private static double length(ValleyMesh mesh, GeometricPath path, int[] picked) {
        double total = 0;
        for (int k = 1; k < picked.length; k++) {
            double dx = mesh.x(path.w(picked[k])) - mesh.x(path.w(picked[k - 1]));
            double dz = mesh.z(path.b(picked[k])) - mesh.z(path.b(picked[k - 1]));
            double d = Math.hypot(dx, dz);
            if (Double.isFinite(d)) {
                total += d;
            }
        }
        return total;
    }

    /** Adds p to the run, or, where p has no height, ends the run there and returns a new one. */
    private static List<Point3D> extend(List<List<Point3D>> runs, List<Point3D> run, Point3D p) {
        if (p == null) {
            keep(runs, run);
            return new ArrayList<>();
        }
        add(run, p);
        return run;
    }

    private static void add(List<Point3D> run, Point3D p) {
        if (p != null && (run.isEmpty() || run.get(run.size() - 1).distance(p) > 1e-9)) {
            run.add(p);
        }
    }

    private static void keep(List<List<Point3D>> runs, List<Point3D> run) {
        if (run.size() >= 2) {
            runs.add(run);
        }
    }

    /** A tube of the given radius along every run, wound so its faces point outwards. */
    static Tube tube(List<List<Point3D>> runs, double radius) {
        int vertices = 0;
        int quads = 0;
        for (List<Point3D> run : runs) {
            vertices += SIDES * run.size();
            quads += SIDES * (run.size() - 1);
        }
        float[] points = new float[3 * vertices];
        int[] faces = new int[12 * quads];
        int v = 0;
        int f = 0;
        for (List<Point3D> run : runs) {
            int first = v;
            for (int i = 0; i < run.size(); i++) {
                v = ring(run, i, radius, points, v);
            }
            for (int i = 0; i + 1 < run.size(); i++) {
                f = band(first + i * SIDES, faces, f);
            }
        }
        return new Tube(points, faces);
    }

    /** Writes the ring of vertices around point i of the run; returns the next free vertex. */
    private static int ring(List<Point3D> run, int i, double radius, float[] points, int v) {
        Point3D centre = run.get(i);
        Point3D before = run.get(Math.max(i - 1, 0));
        Point3D after = run.get(Math.min(i + 1, run.size() - 1));
        Point3D t = after.subtract(before).normalize();
        Point3D n = t.crossProduct(0, -1, 0);
        if (n.magnitude() < 1e-6) {
            n = t.crossProduct(1, 0, 0);
        }
        n = n.normalize();
        // (n, t × n, t) is right-handed, so the bands of band() face outwards
        Point3D m = t.crossProduct(n);
        for (int j = 0; j < SIDES; j++) {
            double angle = 2 * Math.PI * j / SIDES;
            Point3D p = centre.add(n.multiply(radius * Math.cos(angle)).add(m.multiply(radius * Math.sin(angle))));
            points[3 * v] = (float) p.getX();
            points[3 * v + 1] = (float) p.getY();
            points[3 * v + 2] = (float) p.getZ();
            v++;
        }
        return v;
    }

    /** Two triangles per side between the ring starting at {@code ring} and the next one. */
    private static int band(int ring, int[] faces, int f) {
        for (int j = 0; j < SIDES; j++) {
            int a = ring + j;
            int b = ring + (j + 1) % SIDES;
            int c = b + SIDES;
            int d = a + SIDES;
            for (int p : new int[] {a, b, d, b, c, d}) {
                faces[f++] = p;
                faces[f++] = 0;
            }
        }
        return f;
    }
}
