package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.descentfx.core.surface.Window;
import org.junit.jupiter.api.Test;

/** The path thinned by geometry: its bound, and that its size stays flat however long the run. */
class GeometricPathTest {
    private final PathScale scale = new PathScale(new Window(-1, 1, -1, 1), 800, 600);

    @Test
    void aCornerIsKeptHoweverManyStepsFollowIt() {
        // given 1,000 steps right, then 1,000,000 steps up
        GeometricPath path = new GeometricPath(scale);
        for (int s = 0; s <= 1000; s++) {
            path.append(s, -0.9 + s * 1e-3, -0.9);
        }
        for (int s = 1; s <= 1_000_000; s++) {
            path.append(1000 + s, 0.1, -0.9 + s * 1e-6);
        }

        // then the path has three vertices, the middle one within a pixel (1/300) of the corner (0.1, −0.9)
        assertThat(path.size()).isEqualTo(3);
        assertThat(path.w(1)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(path.b(1)).isCloseTo(-0.9, org.assertj.core.api.Assertions.within(1 / 300.0));
    }

    @Test
    void tenMillionStepsJitteringAroundAMinimumCostAFewVertices() {
        // given a walk that keeps jittering by a few pixels about one spot, 10 M steps
        GeometricPath path = new GeometricPath(scale);
        Random random = new Random(3);
        double w = 0;
        double b = 0;
        for (long s = 0; s < 10_000_000L; s++) {
            w = 0.9 * w + 0.004 * random.nextGaussian();
            b = 0.9 * b + 0.004 * random.nextGaussian();
            path.append(s, w, b);
        }

        // then its vertices are bounded by the ground it covers, not by its length
        assertThat(path.meetsBound()).isTrue();
        assertThat(path.size()).isLessThan(40_000);
    }

    @Test
    void aScaleServesAnotherThatIsNoFinerAndLiesWithinItsMargin() {
        PathScale zoomedIn = new PathScale(new Window(-0.5, 0.5, -0.5, 0.5), 800, 600);
        PathScale panned = new PathScale(new Window(-0.9, 1.1, -1, 1), 800, 600);
        PathScale pannedFar = new PathScale(new Window(0, 2, -1, 1), 800, 600);
        assertThat(scale.serves(scale)).isTrue();
        assertThat(scale.serves(zoomedIn)).isFalse();
        assertThat(zoomedIn.serves(scale)).isFalse();
        assertThat(scale.serves(panned)).isTrue();
        assertThat(scale.serves(pannedFar)).isFalse();
    }
}
