package org.descentfx.ui.valley;

import javafx.geometry.Point3D;
import org.descentfx.core.surface.CostGrid;
import org.descentfx.engine.GeometricPath;
import org.descentfx.engine.PathScale;

/**
 * How finely the 3D trail must follow its descent for the view it is seen in, so that every true
 * point, laid on the valley, projects within 1.5 px of the trail's projection.
 *
 * <p>The trail is the path thinned by geometry ({@link GeometricPath}): every true (w, b) lies
 * within {@link GeometricPath#TOLERANCE_PX} of a chord in the pixels of its {@link PathScale}. Laid
 * on the surface, an offset d in the floor (x, z) moves the point on screen by J·d, where J is the
 * derivative of the pixel along the surface — the camera's perspective and the wall's slope ∇h
 * together (a step across a steep wall moves the point up the screen as well as across). So the
 * path's pixels are {@code 1/k} scene units with k at least the largest |J| over the visible
 * surface, rounded up to a power of two so that a small turn of the camera keeps the path.
 * Between the points it is draped through, the trail is straight, the surface bilinear:
 * {@link #sag()} is how far a piece may stray from it, so the camera shows that as at most
 * {@link #SAG_PX}.
 *
 * @param path the scale the trail's path is thinned at
 * @param sag  the most a straight piece of the trail may stray from the surface, in scene units (y)
 */
record TrailScale(PathScale path, double sag) {
    /** On screen, at most this much per pixel of the path's thinning. */
    static final double THINNING_PX = 1.0;
    /** On screen, at most this much between a straight piece of the trail and the surface under it. */
    static final double SAG_PX = 0.25;
    /** The finest path, in path pixels per scene unit: a camera pressed against a wall gets no finer (memory). */
    static final double MAX_DENSITY = 32;
    /** Pixels beyond the viewport where the surface still counts as seen. */
    private static final double SEEN_MARGIN_PX = 16;

    /** The scale for {@code mesh} seen through {@code projection}. */
    static TrailScale of(ValleyMesh mesh, ValleyProjection projection) {
        CostGrid grid = mesh.grid();
        double dx = ValleyMesh.SIZE / (grid.columns() - 1);
        double dz = ValleyMesh.SIZE / (grid.rows() - 1);
        double steepest = 0;
        double rise = 0;
        for (int r = 0; r + 1 < grid.rows(); r++) {
            for (int c = 0; c + 1 < grid.columns(); c++) {
                double h00 = mesh.height(c, r);
                double h10 = mesh.height(c + 1, r);
                double h01 = mesh.height(c, r + 1);
                double h11 = mesh.height(c + 1, r + 1);
                if (Double.isNaN(h00 + h10 + h01 + h11)) {
                    continue;
                }
                Point3D centre = new Point3D(mesh.x(grid.w(c)) + dx / 2, -(h00 + h10 + h01 + h11) / 4,
                        mesh.z(grid.b(r)) + dz / 2);
                double[] j = seen(projection, centre) ? projection.jacobian(centre) : null;
                if (j == null) {
                    continue;
                }
                rise = Math.max(rise, Math.hypot(j[1], j[4]));
                // ∂h/∂x is linear across the cell between its two edges, ∂h/∂z likewise: |J| is largest at a corner
                for (double sx : new double[] {(h10 - h00) / dx, (h11 - h01) / dx}) {
                    for (double sz : new double[] {(h01 - h00) / dz, (h11 - h10) / dz}) {
                        steepest = Math.max(steepest, norm(j[0] - j[1] * sx, j[2] - j[1] * sz,
                                j[3] - j[4] * sx, j[5] - j[4] * sz));
                    }
                }
            }
        }
        double k = steepest > 0 ? steepest * GeometricPath.TOLERANCE_PX / THINNING_PX : 1;
        k = Math.min(MAX_DENSITY, Math.pow(2, Math.ceil(Math.log(k) / Math.log(2))));
        double side = ValleyMesh.SIZE * k;
        double sag = rise > 0 ? SAG_PX / rise : Double.POSITIVE_INFINITY;
        return new TrailScale(new PathScale(grid.window(), side, side), sag);
    }

    private static boolean seen(ValleyProjection projection, Point3D p) {
        javafx.geometry.Point2D px = projection.project(p);
        return px != null && px.getX() >= -SEEN_MARGIN_PX && px.getX() <= projection.width() + SEEN_MARGIN_PX
                && px.getY() >= -SEEN_MARGIN_PX && px.getY() <= projection.height() + SEEN_MARGIN_PX;
    }

    /** The largest singular value of [[a, b], [c, d]]. */
    static double norm(double a, double b, double c, double d) {
        double s = a * a + b * b + c * c + d * d;
        double det = a * d - b * c;
        return Math.sqrt((s + Math.sqrt(Math.max(0, s * s - 4 * det * det))) / 2);
    }
}
