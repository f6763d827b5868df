package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnDecimatorTest {

    @Test
    void keepsAtMostTheLowestAndHighestPointOfEachColumn() {
        // given 1,000 points squeezed into 10 pixel columns
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < 1000; i++) {
            line.add(i / 100.0, Math.sin(i));
        }
        line.finish();

        assertThat(line.size()).isEqualTo(20);
    }

    @Test
    void aOneStepSpikeSurvives() {
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < 1000; i++) {
            line.add(i / 100.0, i == 537 ? 90 : 10);
        }
        line.finish();

        double[] ys = Arrays.copyOf(line.ys(), line.size());
        assertThat(ys).contains(90);
    }

    @Test
    void keepsTheOrderOfMinimumAndMaximumWithinAColumn() {
        ColumnDecimator line = new ColumnDecimator();
        line.add(0.1, 5);
        line.add(0.2, 9);
        line.add(0.3, 1);
        line.add(1.5, 4);
        line.finish();

        assertThat(Arrays.copyOf(line.ys(), line.size())).containsExactly(9, 1, 4);
        assertThat(Arrays.copyOf(line.xs(), line.size())).containsExactly(0.2, 0.3, 1.5);
    }

    @Test
    void startsAfreshAfterReset() {
        ColumnDecimator line = new ColumnDecimator();
        line.add(0, 1);
        line.finish();
        line.reset();
        line.add(3, 2);
        line.finish();

        assertThat(line.size()).isEqualTo(1);
        assertThat(line.ys()[0]).isEqualTo(2);
    }
}
