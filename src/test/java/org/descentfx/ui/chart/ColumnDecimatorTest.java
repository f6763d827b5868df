package org.descentfx.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColumnDecimatorTest {

    private static ColumnDecimator decimate(double[] xs, double[] ys) {
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < xs.length; i++) {
            line.add(xs[i], ys[i]);
        }
        line.finish();
        return line;
    }

    @Test
    void keepsOneEntryPerPixelColumnAndCountsItsLowestAndHighestPoint() {
        // given 1,000 points squeezed into 10 pixel columns
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < 1000; i++) {
            line.add(i / 100.0, Math.sin(i));
        }
        line.finish();

        assertThat(line.columns()).isEqualTo(10);
        assertThat(line.pointCount()).isEqualTo(20);
        assertThat(line.column(9)).isEqualTo(9);
    }

    @Test
    void aOneStepSpikeSurvives() {
        ColumnDecimator line = new ColumnDecimator();
        for (int i = 0; i < 1000; i++) {
            line.add(i / 100.0, i == 537 ? 90 : 10);
        }
        line.finish();

        assertThat(line.bottom(5)).isEqualTo(90);
        assertThat(line.top(5)).isEqualTo(10);
        assertThat(line.bottom(4)).isEqualTo(10);
    }

    @Test
    void keepsWhereTheLineEntersAndLeavesEachColumn() {
        ColumnDecimator line = decimate(new double[] {0.1, 0.2, 0.3, 1.5}, new double[] {5, 9, 1, 4});

        assertThat(line.columns()).isEqualTo(2);
        assertThat(line.firstX(0)).isEqualTo(0.1);
        assertThat(line.firstY(0)).isEqualTo(5);
        assertThat(line.lastX(0)).isEqualTo(0.3);
        assertThat(line.lastY(0)).isEqualTo(1);
        assertThat(line.firstY(1)).isEqualTo(4);
        assertThat(line.lastY(1)).isEqualTo(4);
    }

    @Test
    void theSpanOfAColumnTakesInTheJoinsToItsNeighbours() {
        // given one point in each of three neighbouring columns: 0, then 10, then 0
        ColumnDecimator line = decimate(new double[] {0.5, 1.5, 2.5}, new double[] {0, 10, 0});

        // then the middle column's line runs from 5 (where it enters and leaves) down to 10
        assertThat(line.top(1)).isEqualTo(5);
        assertThat(line.bottom(1)).isEqualTo(10);
        assertThat(line.bottom(0)).isEqualTo(5);
        assertThat(line.noisy(1)).isTrue();
        assertThat(line.rise(1)).isZero();
    }

    @Test
    void columnsApartAreNotJoined() {
        ColumnDecimator line = decimate(new double[] {0.5, 5.5}, new double[] {0, 10});

        assertThat(line.adjacent(0)).isFalse();
        assertThat(line.bottom(0)).isZero();
        assertThat(line.top(1)).isEqualTo(10);
    }

    @Test
    void aSteadySlopeRisesAcrossItsColumnsWithoutNoise() {
        // given a straight line falling 3 px per column, sampled 10 times per column
        double[] xs = new double[100];
        double[] ys = new double[100];
        for (int i = 0; i < 100; i++) {
            xs[i] = i / 10.0;
            ys[i] = 3 * xs[i];
        }
        ColumnDecimator line = decimate(xs, ys);

        for (int k = 1; k < 9; k++) {
            assertThat(line.noisy(k)).isFalse();
            assertThat(line.rise(k)).isCloseTo(3, within(1e-9));
        }
    }

    @Test
    void startsAfreshAfterReset() {
        ColumnDecimator line = new ColumnDecimator();
        line.add(0, 1);
        line.finish();
        line.reset();
        line.add(3, 2);
        line.finish();

        assertThat(line.columns()).isEqualTo(1);
        assertThat(line.pointCount()).isEqualTo(1);
        assertThat(line.top(0)).isEqualTo(2);
    }
}
