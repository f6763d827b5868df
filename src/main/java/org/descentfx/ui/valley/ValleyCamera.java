package org.descentfx.ui.valley;

import javafx.geometry.Point3D;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;

/**
 * Where the 3D valley is seen from: a camera on a sphere around the valley's middle, at an
 * azimuth (turned about the vertical), an elevation above the floor and a distance. The
 * {@link #transforms()} place a camera that looks along its +z; they need no graphics pipeline,
 * so the orbit is testable anywhere. FX thread only.
 */
final class ValleyCamera {
    /** Azimuth 0 looks from the front (−z, small b) towards +z; positive turns the eye to the left (−x). */
    static final double DEFAULT_AZIMUTH = 30;
    static final double DEFAULT_ELEVATION = 35;
    static final double DEFAULT_DISTANCE = 450;
    static final double MIN_ELEVATION = 5;
    static final double MAX_ELEVATION = 85;
    static final double MIN_DISTANCE = 150;
    static final double MAX_DISTANCE = 2000;
    /** Degrees of turn per pixel dragged. */
    private static final double DEGREES_PER_PIXEL = 0.4;

    private final Translate pivot = new Translate(0, -HeightScale.DEFAULT_TOP / 3, 0);
    private final Rotate azimuth = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate elevation = new Rotate(0, Rotate.X_AXIS);
    private final Translate back = new Translate();

    ValleyCamera() {
        reset();
    }

    /** The transforms to give the camera, outermost first. */
    Transform[] transforms() {
        return new Transform[] {pivot, azimuth, elevation, back};
    }

    void reset() {
        azimuth.setAngle(DEFAULT_AZIMUTH);
        setElevation(DEFAULT_ELEVATION);
        setDistance(DEFAULT_DISTANCE);
    }

    double azimuth() {
        return azimuth.getAngle();
    }

    /** Degrees above the valley's floor plane, in [MIN_ELEVATION, MAX_ELEVATION]. */
    double elevation() {
        // the eye sits at −z of the rotated frame, so a negative turn about x lifts it (−y)
        return -elevation.getAngle();
    }

    double distance() {
        return -back.getZ();
    }

    void setElevation(double degrees) {
        elevation.setAngle(-Math.max(MIN_ELEVATION, Math.min(MAX_ELEVATION, degrees)));
    }

    void setDistance(double distance) {
        back.setZ(-Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance)));
    }

    /** A drag by (dx, dy) pixels: right turns the valley to the right, down shows more from above. */
    void drag(double dx, double dy) {
        azimuth.setAngle((azimuth.getAngle() + dx * DEGREES_PER_PIXEL) % 360);
        setElevation(elevation() + dy * DEGREES_PER_PIXEL);
    }

    /** A scroll by {@code deltaY} (positive: wheel away from the user) moves the eye closer. */
    void zoom(double deltaY) {
        setDistance(distance() * Math.exp(-deltaY / 400));
    }

    /** The eye's position in scene coordinates. */
    Point3D eye() {
        return toScene(0, 0, 0);
    }

    /** The point the camera looks at, in scene coordinates. */
    Point3D target() {
        return new Point3D(pivot.getX(), pivot.getY(), pivot.getZ());
    }

    /** The camera's frame in scene coordinates, as its {@link #transforms()} place it. */
    Transform cameraToScene() {
        return pivot.createConcatenation(azimuth).createConcatenation(elevation).createConcatenation(back);
    }

    private Point3D toScene(double x, double y, double z) {
        return cameraToScene().transform(x, y, z);
    }
}
