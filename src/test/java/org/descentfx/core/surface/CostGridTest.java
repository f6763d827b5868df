package org.descentfx.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;

class CostGridTest {

    private static final Window WINDOW = new Window(-1, 3, 10, 12);

    @Test
    void nodesSpanTheWindowEvenlyEdgesIncluded() {
        // given 5 columns and 3 rows
        CostGrid grid = CostGrid.of(WINDOW, 5, 3, new double[15]);

        // then column i is at wMin + i·(wMax − wMin)/(columns − 1), row j likewise in b
        assertThat(grid.w(0)).isEqualTo(-1);
        assertThat(grid.w(1)).isEqualTo(0);
        assertThat(grid.w(2)).isEqualTo(1);
        assertThat(grid.w(4)).isCloseTo(3, within(1e-15));
        assertThat(grid.b(0)).isEqualTo(10);
        assertThat(grid.b(1)).isEqualTo(11);
        assertThat(grid.b(2)).isCloseTo(12, within(1e-15));
    }

    @Test
    void valuesAreRowMajorWithRowsAlongB() {
        // given value = 10·row + col
        double[] values = new double[4 * 3];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                values[row * 4 + col] = 10 * row + col;
            }
        }

        // when
        CostGrid grid = CostGrid.of(WINDOW, 4, 3, values);

        // then
        assertThat(grid.columns()).isEqualTo(4);
        assertThat(grid.rows()).isEqualTo(3);
        assertThat(grid.cost(3, 0)).isEqualTo(3);
        assertThat(grid.cost(0, 2)).isEqualTo(20);
        assertThat(grid.cost(2, 1)).isEqualTo(12);
    }

    @Test
    void minMaxAndArgminSkipNaNNodes() {
        double[] values = {5, Double.NaN, 2, 9, Double.NaN, 7};

        CostGrid grid = CostGrid.of(WINDOW, 3, 2, values);

        assertThat(grid.min()).isEqualTo(2);
        assertThat(grid.max()).isEqualTo(9);
        assertThat(grid.argmin()).isEqualTo(new Point(grid.w(2), grid.b(0)));
    }

    @Test
    void anAllNaNGridHasNoMinimum() {
        CostGrid grid = CostGrid.of(WINDOW, 2, 2, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});

        assertThat(grid.min()).isNaN();
        assertThat(grid.max()).isNaN();
        assertThat(grid.argmin().isFinite()).isFalse();
    }

    @Test
    void isImmutableUnderTheArraysGivenAndTaken() {
        // given
        double[] values = {1, 2, 3, 4};
        CostGrid grid = CostGrid.of(WINDOW, 2, 2, values);

        // when
        values[0] = 100;
        grid.values()[1] = 100;

        // then
        assertThat(grid.values()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void rejectsAWrongNumberOfValuesAndTooFewNodes() {
        assertThatThrownBy(() -> CostGrid.of(WINDOW, 3, 3, new double[8]))
                .hasMessageContaining("needs 9 values, not 8");
        assertThatThrownBy(() -> CostGrid.of(WINDOW, 1, 3, new double[3]))
                .hasMessageContaining("at least 2 × 2");
    }

    @Test
    void rejectsNodesOutsideTheGrid() {
        CostGrid grid = CostGrid.of(WINDOW, 2, 2, new double[4]);

        assertThatThrownBy(() -> grid.cost(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> grid.b(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
