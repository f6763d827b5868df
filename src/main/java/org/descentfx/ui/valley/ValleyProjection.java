package org.descentfx.ui.valley;

import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;

/**
 * Where a scene point appears in the 3D view, in the view's pixels: the arithmetic of a
 * {@code PerspectiveCamera(true)} placed by the {@link ValleyCamera}'s transforms, with the field
 * of view {@link ValleyScene} gives it for the view's size. The camera looks along its +z with +y
 * down the screen; a point at depth z and camera height y lies {@code focal · y / z} pixels below
 * the middle, where {@code focal} is half the viewport's height (vertical field of view) or width
 * (horizontal) over tan(fov / 2). Pure math, so what the 3D view shows can be measured anywhere.
 * Immutable.
 */
final class ValleyProjection {
    static final double FIELD_OF_VIEW = 30;
    /**
     * The field of view across a narrow pane: wide enough for the valley turned 30° (its diagonal)
     * and the numbers of its axes on either side.
     */
    static final double NARROW_FIELD_OF_VIEW = 42;
    /**
     * A pane narrower than this (width over height) fixes the field of view across, not up and
     * down: where 30° up and down would give less than {@link #NARROW_FIELD_OF_VIEW} across.
     */
    private static final double NARROW = Math.tan(Math.toRadians(NARROW_FIELD_OF_VIEW / 2))
            / Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));

    private final Transform sceneToCamera;
    private final double width;
    private final double height;
    private final double focal;
    private final double nearClip;

    ValleyProjection(Transform cameraToScene, double width, double height, double nearClip) {
        try {
            this.sceneToCamera = cameraToScene.createInverse();
        } catch (NonInvertibleTransformException e) {
            throw new IllegalArgumentException("the camera's transforms are not invertible", e);
        }
        this.width = width;
        this.height = height;
        this.nearClip = nearClip;
        double half = Math.tan(Math.toRadians(fieldOfView(width, height)) / 2);
        this.focal = (verticalFieldOfView(width, height) ? height : width) / 2 / half;
    }

    /** The projection of the rig as it stands now, over a viewport of {@code width} × {@code height} pixels. */
    static ValleyProjection of(ValleyCamera rig, double width, double height) {
        return new ValleyProjection(rig.cameraToScene(), width, height, ValleyScene.NEAR_CLIP);
    }

    /** Whether the field of view is measured up and down (a pane at least 4:3 wide) or across (narrower). */
    static boolean verticalFieldOfView(double width, double height) {
        return !(width < height * NARROW);
    }

    /** The field of view in degrees: a little wider across a narrow pane, so the whole valley stays in view. */
    static double fieldOfView(double width, double height) {
        return verticalFieldOfView(width, height) ? FIELD_OF_VIEW : NARROW_FIELD_OF_VIEW;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Pixels per unit of camera x or y at depth 1. */
    double focal() {
        return focal;
    }

    /** The pixel (from the viewport's top left) where {@code p} appears, or null when it lies behind the near clip. */
    Point2D project(Point3D p) {
        return project(p.getX(), p.getY(), p.getZ());
    }

    Point2D project(double x, double y, double z) {
        Point3D c = sceneToCamera.transform(x, y, z);
        if (!(c.getZ() > nearClip)) {
            return null;
        }
        return new Point2D(width / 2 + focal * c.getX() / c.getZ(), height / 2 + focal * c.getY() / c.getZ());
    }

    /** How far in front of the eye {@code p} lies, along the camera's axis (its camera z). */
    double depth(Point3D p) {
        return sceneToCamera.transform(p).getZ();
    }

    /**
     * The 2 × 3 derivative of the pixel with respect to the scene point at {@code p}, row-major
     * (∂u/∂x, ∂u/∂y, ∂u/∂z, ∂v/∂x, ∂v/∂y, ∂v/∂z), or null behind the near clip.
     */
    double[] jacobian(Point3D p) {
        Point3D c = sceneToCamera.transform(p);
        double zc = c.getZ();
        if (!(zc > nearClip)) {
            return null;
        }
        // d(u)/d(camera) = focal · (1/z, 0, −x/z²); the camera frame is the scene's turned and moved
        double[] du = {focal / zc, 0, -focal * c.getX() / (zc * zc)};
        double[] dv = {0, focal / zc, -focal * c.getY() / (zc * zc)};
        double[] out = new double[6];
        Point3D[] axes = {
            sceneToCamera.deltaTransform(1, 0, 0), sceneToCamera.deltaTransform(0, 1, 0), sceneToCamera.deltaTransform(0, 0, 1)};
        for (int k = 0; k < 3; k++) {
            Point3D a = axes[k];
            out[k] = du[0] * a.getX() + du[1] * a.getY() + du[2] * a.getZ();
            out[3 + k] = dv[0] * a.getX() + dv[1] * a.getY() + dv[2] * a.getZ();
        }
        return out;
    }
}
