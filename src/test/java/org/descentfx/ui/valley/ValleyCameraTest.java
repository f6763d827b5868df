package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point3D;
import org.junit.jupiter.api.Test;

/** The orbit around the valley: the default angle of Figure 1, drags, zoom and their limits. */
class ValleyCameraTest {

    private final ValleyCamera camera = new ValleyCamera();

    @Test
    void theDefaultEyeLooksDownFromTheFrontLeftAt35Degrees() {
        // when
        Point3D eye = camera.eye();
        Point3D offset = eye.subtract(camera.target());

        // then: front is −z (small b), left is −x (small w), up is −y
        assertThat(eye.getX()).isNegative();
        assertThat(eye.getZ()).isNegative();
        assertThat(eye.getY()).isNegative();
        double horizontal = Math.hypot(offset.getX(), offset.getZ());
        assertThat(Math.toDegrees(Math.atan2(-offset.getY(), horizontal))).isCloseTo(35, within(1e-9));
        assertThat(offset.magnitude()).isCloseTo(ValleyCamera.DEFAULT_DISTANCE, within(1e-9));
    }

    @Test
    void draggingDownLooksFromHigherUpButNeverStraightDownNorFromBelow() {
        // when
        camera.drag(0, 30);

        // then
        assertThat(camera.elevation()).isCloseTo(35 + 12, within(1e-9));

        camera.drag(0, 10_000);
        assertThat(camera.elevation()).isEqualTo(ValleyCamera.MAX_ELEVATION);
        camera.drag(0, -10_000);
        assertThat(camera.elevation()).isEqualTo(ValleyCamera.MIN_ELEVATION);
        assertThat(camera.eye().getY()).isLessThan(camera.target().getY());
    }

    @Test
    void draggingRightMovesTheEyeFurtherLeftAroundTheValley() {
        // given
        double before = camera.eye().getX();

        // when
        camera.drag(20, 0);

        // then
        assertThat(camera.azimuth()).isCloseTo(ValleyCamera.DEFAULT_AZIMUTH + 8, within(1e-9));
        assertThat(camera.eye().getX()).isLessThan(before);
    }

    @Test
    void scrollingComesCloserWithinLimits() {
        // when
        camera.zoom(40);

        // then
        assertThat(camera.distance()).isLessThan(ValleyCamera.DEFAULT_DISTANCE);
        camera.zoom(1e6);
        assertThat(camera.distance()).isEqualTo(ValleyCamera.MIN_DISTANCE);
        camera.zoom(-1e6);
        assertThat(camera.distance()).isEqualTo(ValleyCamera.MAX_DISTANCE);
    }

    @Test
    void resetGoesBackToTheDefaultAngle() {
        // given
        Point3D original = camera.eye();
        camera.drag(123, -45);
        camera.zoom(200);

        // when
        camera.reset();

        // then
        assertThat(camera.eye().distance(original)).isLessThan(1e-9);
    }
}
