package org.descentfx.ui.valley;

import javafx.scene.shape.TriangleMesh;
import org.descentfx.engine.GeometricPath;

/**
 * One descent's trail as a tube that grows with its path while training runs: each frame lays
 * only the path's new vertices (their segments draped, their rings and bands added to the mesh),
 * and the open end, which still moves, is laid provisionally and taken back before the next frame.
 * The tube is the one {@link ValleyTrail#runs} and {@link ValleyTrail#tube} would build from the
 * whole path; it is laid afresh only when it cannot grow: another path (a rescale or a zoom asks
 * the history for one thinned for other pixels, a replay brings one), another surface or sag,
 * or a path whose old vertices moved (coarsened past its vertex cap). FX thread only.
 */
final class GrowingTrail {
    private final ValleyMesh mesh;
    private final GeometricPath path;
    private final double sag;
    private final double tolerance;
    private final ValleyTrail.Laying laying;
    private final TubeBuilder tube;
    /** Vertices laid for good: all but the newest, which may still move. */
    private int laid;
    private double lastW;
    private double lastB;

    /** The trail of {@code path} (null: none) on {@code mesh}, {@code lift} above it, its pieces straying at most {@code sag}. */
    GrowingTrail(ValleyMesh mesh, GeometricPath path, double lift, double sag, double radius) {
        this.mesh = mesh;
        this.path = path;
        this.sag = sag;
        tolerance = path == null ? 0 : path.tolerance();
        laying = path == null ? null : new ValleyTrail.Laying(mesh, path, lift, sag);
        tube = new TubeBuilder(radius);
    }

    /** Whether this trail can grow into {@code newPath} as it is now, on {@code newMesh} with {@code newSag}. */
    boolean grows(ValleyMesh newMesh, GeometricPath newPath, double newSag) {
        return newPath == path && newMesh == mesh && newSag == sag && path != null
                && path.tolerance() == tolerance && path.size() >= laid
                && (laid == 0 || (path.w(laid - 1) == lastW && path.b(laid - 1) == lastB));
    }

    /** Lays the path's new vertices and its open end, and shows the tube in {@code target}. */
    void layOn(TriangleMesh target) {
        withOpenEnd(() -> tube.syncTo(target));
    }

    /** The tube of the path as it is now, open end included. */
    ValleyTrail.Tube tube() {
        ValleyTrail.Tube[] t = new ValleyTrail.Tube[1];
        withOpenEnd(() -> t[0] = tube.tube());
        return t[0];
    }

    /** Lays the new vertices for good, then the newest one for as long as {@code use} runs. */
    private void withOpenEnd(Runnable use) {
        if (path == null) {
            use.run();
            return;
        }
        int newest = path.size() - 1;
        while (laid < newest) {
            laying.vertex(laid, tube);
            laid++;
        }
        if (laid > 0) {
            lastW = path.w(laid - 1);
            lastB = path.b(laid - 1);
        }
        tube.mark();
        int points = laying.points;
        if (newest >= 0) {
            laying.vertex(newest, tube);
        }
        use.run();
        tube.rollback();
        laying.points = points;
    }
}
