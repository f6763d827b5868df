package org.descentfx.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point3D;
import org.junit.jupiter.api.Test;

/**
 * Rings go round the balls the picture hides, in their own colours. Where runs stand at one
 * point (every comparison at its start) the scene shows the last run's ball, drawn after the
 * others at the same depth (seen under Xvfb's OpenGL: the orange stochastic ball in front, rings
 * in blue and orange round it, none in red, before this was fixed), so the others are ringed.
 */
class BallRingsTest {
    private static final double RADIUS = ValleyView.BALL_RADIUS;

    private static ValleyProjection projection() {
        return ValleyProjection.of(new ValleyCamera(), 580, 340);
    }

    @Test
    void ballsAtOnePointRingAllButTheLastRunsBall() {
        // given: three runs at their common start
        Point3D start = new Point3D(-40, -10, -60);

        // when
        List<BallRings.Ring> rings = BallRings.of(new Point3D[] {start, start, start}, RADIUS, projection());

        // then: the first two are ringed, each ring outside the one before; the last is drawn whole
        assertThat(rings).extracting(BallRings.Ring::trace).containsExactlyInAnyOrder(0, 1);
        assertThat(rings.get(1).radius()).isGreaterThan(rings.get(0).radius() + BallRings.STROKE_PX);
        assertThat(rings).allSatisfy(r -> assertThat(r.centre().distance(projection().project(start))).isLessThan(1e-9));
    }

    @Test
    void aBallBehindAnotherIsRingedAndTheFrontOneIsNot() {
        // given: run 1's ball just behind run 0's, along the line of sight
        ValleyCamera camera = new ValleyCamera();
        Point3D front = new Point3D(0, -20, 0);
        Point3D away = front.subtract(camera.eye()).normalize();
        Point3D behind = front.add(away.multiply(3 * RADIUS));

        // when
        List<BallRings.Ring> rings = BallRings.of(new Point3D[] {front, behind}, RADIUS, projection());

        // then
        assertThat(rings).extracting(BallRings.Ring::trace).containsExactly(1);
    }

    @Test
    void ballsApartAreNotRinged() {
        // given
        Point3D[] balls = {new Point3D(-60, -10, -60), new Point3D(60, -10, 60), null};

        // then
        assertThat(BallRings.of(balls, RADIUS, projection())).isEmpty();
    }
}
