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
        Laying laying = new Laying(mesh, path, lift, sag);
        Sink sink = new Sink() {
            private List<Point3D> run = new ArrayList<>();

            @Override
            public void point(Point3D p) {
                if (run.isEmpty() || run.get(run.size() - 1).distance(p) > 1e-9) {
                    run.add(p);
                }
            }

            @Override
            public void end() {
                if (run.size() >= 2) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
        };
        for (int k = 0; k < path.size(); k++) {
            laying.vertex(k, sink);
        }
        sink.end();
        return runs;
    }

    /** Where laid points go: a run grows by a point; a run ends where the pen lifts or a point has no height. */
    interface Sink {
        void point(Point3D p);

        void end();
    }

    /**
     * Lays a path's vertices on the surface one after another, each segment draped, into a
     * {@link Sink}; a vertex laid once need not be laid again while the path only grows.
     */
    static final class Laying {
        private final ValleyMesh mesh;
        private final GeometricPath path;
        private final double lift;
        private final Drape drape;
        private final Drape across;
        /** Points laid so far, for the bound {@link #MAX_POINTS}. */
        int points;

        Laying(ValleyMesh mesh, GeometricPath path, double lift, double sag) {
            this.mesh = mesh;
            this.path = path;
            this.lift = lift;
            drape = new Drape(mesh, sag);
            across = new Drape(mesh, sag * ACROSS_SAG);
        }

        /** Lays vertex k and the segment to it from vertex k − 1. */
        void vertex(int k, Sink sink) {
            double w = path.w(k);
            double b = path.b(k);
            if (k == 0 || path.startsStretch(k)) {
                sink.end();
            } else {
                double w0 = path.w(k - 1);
                double b0 = path.b(k - 1);
                // a step from beyond the window to beyond it again (a diverging run) has no true point in view
                Drape laying = Double.isNaN(mesh.heightAt(w0, b0)) && Double.isNaN(mesh.heightAt(w, b)) ? across : drape;
                double[] cuts = points + path.size() - k < MAX_POINTS ? laying.between(w0, b0, w, b) : new double[0];
                points += cuts.length;
                for (double f : cuts) {
                    extend(sink, mesh.above(w0 + f * (w - w0), b0 + f * (b - b0), lift));
                }
            }
            extend(sink, mesh.above(w, b, lift));
            points++;
        }

        /** Adds p to the run, or, where p has no height, ends the run there. */
        private static void extend(Sink sink, Point3D p) {
            if (p == null) {
                sink.end();
            } else {
                sink.point(p);
            }
        }
    }

    /** A tube of the given radius along every run, wound so its faces point outwards. */
    static Tube tube(List<List<Point3D>> runs, double radius) {
        TubeBuilder builder = new TubeBuilder(radius);
        for (List<Point3D> run : runs) {
            run.forEach(builder::point);
            builder.end();
        }
        return builder.tube();
    }
}
