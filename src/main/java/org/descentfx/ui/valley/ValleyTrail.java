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
 * <p>Its points are the vertices of the path thinned by geometry ({@link GeometricPath}) for the 3D
 * view's own pixels ({@link TrailScale}), so every true point projects within 1.5 px of the trail
 * however long the run; the history keeps that path apart from the map's ({@link #PATH_VIEW}).
 * Each segment is one step (or several along a line the path follows): the straight line
 * from (w, b) to the next (w, b) that Eq. (8)–(9) make, as the 2D map draws it, laid on the surface
 * (draped) rather than cutting through the air or the ground between its ends.
 */
final class ValleyTrail {

    /** The key under which a {@link TraceHistory} keeps the 3D valley's path, apart from the map's. */
    static final Object PATH_VIEW = "valley";

    /** The plot a path is thinned for when no view gave a scale: about the map's size in the window. */
    private static final double DEFAULT_PLOT_PX = 900;

    /**
     * The most points a draped trail has: past them, the rest of its segments are laid straight
     * between their ends (a bound on the tube's size that an ordinary descent never reaches).
     */
    static final int MAX_POINTS = 250_000;

    /** How much more a step that only passes across the window may stray from the surface (none of its points is there). */
    static final double ACROSS_SAG = 16;

    /** How far a straight piece of the trail may stray from the surface when no view gave a {@link TrailScale}, in scene units. */
    static final double DEFAULT_SAG = 0.05;

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
     * The path's points in scene units, {@code lift} above the surface, each segment cut into
     * pieces that follow the surface, and cut into runs wherever a point has no height (outside
     * the window or not finite): a run is never joined across a gap. Runs of fewer than two
     * distinct points are dropped. The path is the one thinned for the map when no view scale is known.
     */
    static List<List<Point3D>> runs(ValleyMesh mesh, TraceHistory history, double lift) {
        return runs(mesh, best(mesh, history, null), lift, DEFAULT_SAG);
    }

    /**
     * The path thinned for {@code scale} if the history can serve it, else null: then an exact replay
     * must rebuild it ({@link TraceHistory#adoptPath(Object, GeometricPath)} under {@link #PATH_VIEW}).
     */
    static GeometricPath pathFor(TraceHistory history, TrailScale scale) {
        return history.pathFor(PATH_VIEW, scale.path());
    }

    /**
     * The best path there is for the 3D view meanwhile: its own last one, else the map's, else one
     * thinned from the points the history holds (when {@code scale} is null, for the map's window size).
     */
    static GeometricPath best(ValleyMesh mesh, TraceHistory history, TrailScale scale) {
        GeometricPath p = history.path(PATH_VIEW);
        if (p == null) {
            p = history.path();
        }
        PathScale fallback = scale != null ? scale.path()
                : new PathScale(mesh.grid().window(), DEFAULT_PLOT_PX, DEFAULT_PLOT_PX);
        if (p == null) {
            p = history.pathFor(PATH_VIEW, fallback);
        }
        if (p == null) {
            // the history is thinned and no replay arrived yet: the points it holds are the best there is
            p = new GeometricPath(fallback);
            for (int i = 0; i < history.size(); i++) {
                p.append(history.step(i), history.w(i), history.b(i));
            }
        }
        return p;
    }

    /**
     * Every vertex of the path, lifted above the surface, each segment draped over it ({@link Drape}):
     * cut into straight pieces that stray at most {@code sag} from the surface.
     */
    static List<List<Point3D>> runs(ValleyMesh mesh, GeometricPath path, double lift, double sag) {
        List<List<Point3D>> runs = new ArrayList<>();
        if (path == null) {
            return runs;
        }
        Drape drape = new Drape(mesh, sag);
        Drape across = new Drape(mesh, sag * ACROSS_SAG);
        List<Point3D> run = new ArrayList<>();
        int points = 0;
        for (int k = 0; k < path.size(); k++) {
            double w = path.w(k);
            double b = path.b(k);
            if (k == 0 || path.startsStretch(k)) {
                keep(runs, run);
                run = new ArrayList<>();
            } else {
                double w0 = path.w(k - 1);
                double b0 = path.b(k - 1);
                // a step from beyond the window to beyond it again (a diverging run) has no true point in view
                Drape laying = Double.isNaN(mesh.heightAt(w0, b0)) && Double.isNaN(mesh.heightAt(w, b)) ? across : drape;
                double[] cuts = points + path.size() - k < MAX_POINTS ? laying.between(w0, b0, w, b) : new double[0];
                points += cuts.length;
                for (double f : cuts) {
                    run = extend(runs, run, mesh.above(w0 + f * (w - w0), b0 + f * (b - b0), lift));
                }
            }
            run = extend(runs, run, mesh.above(w, b, lift));
            points++;
        }
        keep(runs, run);
        return runs;
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
