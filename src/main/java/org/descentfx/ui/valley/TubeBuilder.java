package org.descentfx.ui.valley;

import java.util.Arrays;
import javafx.collections.ObservableFloatArray;
import javafx.collections.ObservableIntegerArray;
import javafx.geometry.Point3D;
import javafx.scene.shape.TriangleMesh;

/**
 * A tube along runs of points, built a point at a time: each point adds a ring of
 * {@link ValleyTrail#SIDES} vertices and the band to the ring before, and turns the ring before
 * towards it (a ring faces along the line from the point before it to the point after it), so a
 * trail that grows costs only its new points. {@link #syncTo} sends a {@link TriangleMesh} only
 * what changed since the last time; {@link #mark} and {@link #rollback} lay a provisional end
 * (the open end of a path that is still moving) and take it back. Runs of one point draw nothing.
 * Single-threaded.
 */
final class TubeBuilder implements ValleyTrail.Sink {
    private static final int RING = 3 * ValleyTrail.SIDES;

    private final double radius;
    private float[] points = new float[16 * RING];
    private int pointsLength;
    private int pointsDirty;
    private int[] faces = new int[16 * 12 * ValleyTrail.SIDES];
    private int facesLength;
    private int facesDirty;
    // the open run: its size in points, the first vertex of its first ring, its last two points
    private int runSize;
    private int runStart;
    private Point3D last;
    private Point3D beforeLast;
    private Mark mark;

    /** What {@link #rollback} restores: lengths, the open run, and the ring a new point turns. */
    private record Mark(int pointsLength, int facesLength, int runSize, int runStart, Point3D last,
                        Point3D beforeLast, float[] lastRing) {
    }

    TubeBuilder(double radius) {
        this.radius = radius;
    }

    /** Extends the open run to p (a point equal to the last one adds nothing). */
    @Override
    public void point(Point3D p) {
        if (runSize > 0 && last.distance(p) <= 1e-9) {
            return;
        }
        if (runSize == 1) {
            runStart = pointsLength / 3;
            ring(runStart, last, last, p);
            ring(runStart + ValleyTrail.SIDES, p, last, p);
            band(runStart);
        } else if (runSize > 1) {
            int v = lastRing();
            ring(v, last, beforeLast, p);
            ring(v + ValleyTrail.SIDES, p, last, p);
            band(v);
        }
        beforeLast = last;
        last = p;
        runSize++;
    }

    /** Ends the open run; the next point begins a new one. */
    @Override
    public void end() {
        runSize = 0;
        last = null;
        beforeLast = null;
    }

    /** Remembers the tube as it is, to come back to it. */
    void mark() {
        float[] ring = runSize > 1 ? Arrays.copyOfRange(points, 3 * lastRing(), 3 * lastRing() + RING) : null;
        mark = new Mark(pointsLength, facesLength, runSize, runStart, last, beforeLast, ring);
    }

    /** Back to the tube as it was at the last {@link #mark}. */
    void rollback() {
        Mark m = mark;
        pointsLength = m.pointsLength();
        facesLength = m.facesLength();
        pointsDirty = Math.min(pointsDirty, pointsLength);
        facesDirty = Math.min(facesDirty, facesLength);
        runSize = m.runSize();
        runStart = m.runStart();
        last = m.last();
        beforeLast = m.beforeLast();
        if (m.lastRing() != null) {
            int at = 3 * lastRing();
            System.arraycopy(m.lastRing(), 0, points, at, RING);
            pointsDirty = Math.min(pointsDirty, at);
        }
    }

    /** The first vertex of the open run's last ring. */
    private int lastRing() {
        return runStart + (runSize - 1) * ValleyTrail.SIDES;
    }

    /** The tube as it stands, as TriangleMesh arrays. */
    ValleyTrail.Tube tube() {
        return new ValleyTrail.Tube(Arrays.copyOf(points, pointsLength), Arrays.copyOf(faces, facesLength));
    }

    /** Makes {@code mesh}'s points and faces this tube's, writing only what changed since the last sync (to this mesh). */
    void syncTo(TriangleMesh mesh) {
        ObservableFloatArray p = mesh.getPoints();
        int from = Math.min(pointsDirty, p.size());
        if (p.size() != pointsLength) {
            p.resize(pointsLength);
        }
        p.set(from, points, from, pointsLength - from);
        ObservableIntegerArray f = mesh.getFaces();
        int fromFace = Math.min(facesDirty, f.size());
        if (f.size() != facesLength) {
            f.resize(facesLength);
        }
        f.set(fromFace, faces, fromFace, facesLength - fromFace);
        pointsDirty = pointsLength;
        facesDirty = facesLength;
    }

    /** Writes the ring from vertex v on around {@code centre}, facing from {@code before} to {@code after}. */
    private void ring(int v, Point3D centre, Point3D before, Point3D after) {
        int at = 3 * v;
        if (at + RING > points.length) {
            points = Arrays.copyOf(points, Math.max(2 * points.length, at + RING));
        }
        Point3D t = after.subtract(before).normalize();
        Point3D n = t.crossProduct(0, -1, 0);
        if (n.magnitude() < 1e-6) {
            n = t.crossProduct(1, 0, 0);
        }
        n = n.normalize();
        // (n, t × n, t) is right-handed, so the bands of band() face outwards
        Point3D m = t.crossProduct(n);
        for (int j = 0; j < ValleyTrail.SIDES; j++) {
            double angle = 2 * Math.PI * j / ValleyTrail.SIDES;
            double c = radius * Math.cos(angle);
            double s = radius * Math.sin(angle);
            points[at++] = (float) (centre.getX() + (n.getX() * c + m.getX() * s));
            points[at++] = (float) (centre.getY() + (n.getY() * c + m.getY() * s));
            points[at++] = (float) (centre.getZ() + (n.getZ() * c + m.getZ() * s));
        }
        pointsLength = Math.max(pointsLength, at);
        pointsDirty = Math.min(pointsDirty, 3 * v);
    }

    /** Two triangles per side between the ring from vertex {@code ring} on and the next one. */
    private void band(int ring) {
        int need = facesLength + 12 * ValleyTrail.SIDES;
        if (need > faces.length) {
            faces = Arrays.copyOf(faces, Math.max(2 * faces.length, need));
        }
        for (int j = 0; j < ValleyTrail.SIDES; j++) {
            int a = ring + j;
            int b = ring + (j + 1) % ValleyTrail.SIDES;
            int c = b + ValleyTrail.SIDES;
            int d = a + ValleyTrail.SIDES;
            for (int p : new int[] {a, b, d, b, c, d}) {
                faces[facesLength++] = p;
                faces[facesLength++] = 0;
            }
        }
    }
}
