package org.descentfx.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ▲ of steps that raised C are spaced so they do not bury the path, yet no rise is left unmarked. */
class RaisedStepsTest {

    @Test
    void crowdedMarksAreSpacedAndEveryRiseHasADrawnMarkNearby() {
        // given: 2,000 rises in a 40 × 30 px knot, as SGD's jitter on a valley's floor makes
        Random random = new Random(7);
        double[] xs = new double[2_000];
        double[] ys = new double[2_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 300 + 40 * random.nextDouble();
            ys[i] = 200 + 30 * random.nextDouble();
        }

        // when
        int[] kept = RaisedSteps.spaced(xs, ys, 16);

        // then: a few marks, no two overlapping, and every rise within 16 px of one of them
        assertThat(kept.length).isBetween(2, 12);
        for (int a = 0; a < kept.length; a++) {
            for (int b = a + 1; b < kept.length; b++) {
                boolean apart = Math.abs(xs[kept[a]] - xs[kept[b]]) >= 16 || Math.abs(ys[kept[a]] - ys[kept[b]]) >= 16;
                assertThat(apart).as("marks %d and %d apart", kept[a], kept[b]).isTrue();
            }
        }
        for (int i = 0; i < xs.length; i++) {
            boolean covered = false;
            for (int k : kept) {
                covered |= Math.abs(xs[k] - xs[i]) < 16 && Math.abs(ys[k] - ys[i]) < 16;
            }
            assertThat(covered).as("rise %d has a mark within 16 px", i).isTrue();
        }
    }

    @Test
    void marksFarApartAreAllKeptInOrder() {
        double[] xs = {10, 40, 70, 100};
        double[] ys = {5, 5, 50, -20};

        assertThat(RaisedSteps.spaced(xs, ys, 16)).containsExactly(0, 1, 2, 3);
        assertThat(RaisedSteps.spaced(new double[0], new double[0], 16)).isEmpty();
    }

    @Test
    void theSpacingIsAPositiveNumberOfPixels() {
        assertThatThrownBy(() -> RaisedSteps.spaced(new double[] {1}, new double[] {1}, 0))
                .hasMessageContaining("positive number of pixels");
    }
}
