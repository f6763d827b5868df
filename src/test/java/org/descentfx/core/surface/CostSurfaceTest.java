package org.descentfx.core.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Moments;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CostSurfaceTest {

    /** y = slope·x + intercept + Gaussian noise, x uniform in [xMin, xMax], seeded. */
    private static Dataset noisyLine(int n, double xMin, double xMax, double slope, double intercept, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xMin + (xMax - xMin) * random.nextDouble();
            y[i] = slope * x[i] + intercept + 0.1 * random.nextGaussian();
        }
        return Dataset.of("noisy line", x, y);
    }

    /** Labels in [0, 1] for the sigmoid neuron: a soft step around x = 0.5. */
    private static Dataset softStep(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * random.nextDouble() - 0.5;
            y[i] = x[i] + 0.2 * random.nextGaussian() > 0.5 ? 1 : 0;
        }
        return Dataset.of("soft step", x, y);
    }

    private static void assertEveryNodeIs(CostGrid grid, NodeCost expected, double relative) {
        for (int row = 0; row < grid.rows(); row++) {
            for (int col = 0; col < grid.columns(); col++) {
                double want = expected.at(grid.w(col), grid.b(row));
                assertThat(grid.cost(col, row))
                        .as("C at node (%d, %d)", col, row)
                        .isCloseTo(want, within(relative * Math.abs(want)));
            }
        }
    }

    @FunctionalInterface
    private interface NodeCost {
        double at(double w, double b);
    }

    @Test
    void linearClosedFormEqualsTheDirectSumAtEveryNode() {
        // given
        Dataset data = noisyLine(500, -1, 1, 2, 1, 1);
        Window window = new Window(-3, 5, -4, 6);

        // when a non-square grid, so a swap of rows and columns would show
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 31, 17);

        // then
        assertThat(grid.columns()).isEqualTo(31);
        assertThat(grid.rows()).isEqualTo(17);
        assertEveryNodeIs(grid, (w, b) -> QuadraticCost.cost(LinearNeuron.INSTANCE, data, w, b), 1e-9);
    }

    @Test
    void linearClosedFormStaysExactForXFarFromZero() {
        // given x in [1000, 1010]: raw sums of x² would cancel catastrophically
        Dataset data = noisyLine(400, 1000, 1010, 2, 3, 2);
        Moments m = data.moments();
        double slope = m.sxy() / m.sxx();
        double intercept = m.meanY() - slope * m.meanX();
        Window window = new Window(slope - 0.01, slope + 0.01, intercept - 20, intercept + 20);

        // when
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 41, 41);

        // then
        assertEveryNodeIs(grid, (w, b) -> QuadraticCost.cost(LinearNeuron.INSTANCE, data, w, b), 1e-9);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void linearGridCostDoesNotGrowWithTheNumberOfExamples() {
        // given n = 10⁶: a sum over the data at each of 256² nodes would take minutes
        Dataset data = noisyLine(1_000_000, -1, 1, 2, 1, 12);

        // when
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, new Window(0, 4, -1, 3), 256, 256);

        // then it is back long before the timeout, and right where we look
        assertThat(grid.cost(100, 200))
                .isCloseTo(QuadraticCost.cost(LinearNeuron.INSTANCE, data, grid.w(100), grid.b(200)),
                        within(1e-9 * grid.cost(100, 200)));
    }

    @Test
    void sigmoidGridEqualsTheDirectSumAtEveryNode() {
        // given
        Dataset data = softStep(300, 3);
        Window window = new Window(-6, 10, -8, 4);

        // when
        CostGrid grid = CostSurface.compute(SigmoidNeuron.INSTANCE, data, window, 23, 29);

        // then
        assertEveryNodeIs(grid, (w, b) -> QuadraticCost.cost(SigmoidNeuron.INSTANCE, data, w, b), 1e-12);
    }

    @Test
    void sigmoidGridStaysTheDirectSumWhereTheExponentsLeaveTheRangeOfDouble() {
        // given w·x up to ±1500 in some columns, and then also b up to ±800 in some rows
        Dataset data = softStep(200, 4);
        Window wideW = new Window(-1000, 1000, -5, 5);
        Window wideWAndB = new Window(-1000, 1000, -800, 800);

        // when
        CostGrid grid = CostSurface.compute(SigmoidNeuron.INSTANCE, data, wideW, 31, 7);
        CostGrid wider = CostSurface.compute(SigmoidNeuron.INSTANCE, data, wideWAndB, 31, 7);

        // then
        assertEveryNodeIs(grid, (w, b) -> QuadraticCost.cost(SigmoidNeuron.INSTANCE, data, w, b), 1e-12);
        assertEveryNodeIs(wider, (w, b) -> QuadraticCost.cost(SigmoidNeuron.INSTANCE, data, w, b), 1e-12);
    }

    @Test
    void batchGridEqualsTheBatchCostForBothNeurons() {
        // given a mini-batch X of m = 5 examples out of n = 200
        Dataset data = softStep(200, 4);
        int[] batch = {7, 3, 150, 42, 199};
        Window window = new Window(-4, 6, -5, 5);

        for (Model model : List.of(LinearNeuron.INSTANCE, SigmoidNeuron.INSTANCE)) {
            // when
            CostGrid grid = CostSurface.computeBatch(model, data, batch, window, 19, 13);

            // then
            assertEveryNodeIs(grid, (w, b) -> QuadraticCost.batchCost(model, data, batch, w, b), 1e-9);
            assertThat(grid.cost(3, 4)).isNotEqualTo(QuadraticCost.cost(model, data, grid.w(3), grid.b(4)));
        }
    }

    @Test
    void batchRejectsIndicesOutsideTheData() {
        Dataset data = softStep(10, 5);

        assertThatThrownBy(() -> CostSurface.computeBatch(
                        LinearNeuron.INSTANCE, data, new int[] {0, 10}, new Window(0, 1, 0, 1), 4, 4))
                .hasMessageContaining("index 10 is outside the data set (n = 10)");
        assertThatThrownBy(() -> CostSurface.computeBatch(
                        LinearNeuron.INSTANCE, data, new int[0], new Window(0, 1, 0, 1), 4, 4))
                .hasMessageContaining("at least one example");
    }

    @Test
    void argminOfALinearGridLiesAtTheLeastSquaresLine() {
        // given
        Dataset data = noisyLine(1000, -1, 1, 2, 1, 6);
        Moments m = data.moments();
        double slope = m.sxy() / m.sxx();
        double intercept = m.meanY() - slope * m.meanX();
        Window window = new Window(0, 4, -1, 3);

        // when
        CostGrid grid = CostSurface.compute(LinearNeuron.INSTANCE, data, window, 101, 101);

        // then within one node spacing (0.04) of the least-squares solution
        Point argmin = grid.argmin();
        assertThat(argmin.w()).isCloseTo(slope, within(0.04));
        assertThat(argmin.b()).isCloseTo(intercept, within(0.04));
        assertThat(grid.min()).isEqualTo(grid.cost(
                (int) Math.round((argmin.w() - 0) / 0.04), (int) Math.round((argmin.b() + 1) / 0.04)));
    }

    @Test
    void aCancelledComputationThrows() {
        // given a flag that turns on after a few rows
        AtomicInteger rowsStarted = new AtomicInteger();
        BooleanSupplier cancelled = () -> rowsStarted.incrementAndGet() > 5;
        Dataset data = softStep(100, 7);

        // when / then
        assertThatThrownBy(() -> CostSurface.compute(
                        SigmoidNeuron.INSTANCE, data, new Window(-1, 1, -1, 1), 64, 64, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> CostSurface.computeBatch(
                        LinearNeuron.INSTANCE, data, new int[] {1, 2}, new Window(-1, 1, -1, 1), 8, 8, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void progressiveDeliversTheCoarseGridThenTheFineOne() {
        // given
        Dataset data = softStep(50, 8);
        Window window = new Window(-2, 2, -2, 2);
        List<CostGrid> delivered = new ArrayList<>();

        // when
        CostSurface.progressive(SigmoidNeuron.INSTANCE, data, window, 200, delivered::add, () -> false);

        // then
        assertThat(delivered).extracting(CostGrid::columns).containsExactly(CostSurface.COARSE_SIZE, 200);
        assertThat(delivered).extracting(CostGrid::rows).containsExactly(CostSurface.COARSE_SIZE, 200);
        double expected = QuadraticCost.cost(SigmoidNeuron.INSTANCE, data, delivered.get(1).w(199), -2);
        assertThat(delivered.get(1).cost(199, 0)).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void progressiveStopsAfterTheCoarseGridWhenCancelled() {
        // given a flag raised as soon as the coarse grid arrives
        Dataset data = softStep(50, 9);
        List<CostGrid> delivered = new ArrayList<>();
        BooleanSupplier cancelled = () -> !delivered.isEmpty();

        // when / then
        assertThatThrownBy(() -> CostSurface.progressive(
                        LinearNeuron.INSTANCE, data, new Window(-1, 1, -1, 1), 256, delivered::add, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void progressiveGivesOneGridWhenTheFineOneIsNoFinerThanTheCoarse() {
        List<CostGrid> delivered = new ArrayList<>();

        CostSurface.progressive(LinearNeuron.INSTANCE, softStep(20, 10), new Window(-1, 1, -1, 1),
                CostSurface.COARSE_SIZE, delivered::add, () -> false);

        assertThat(delivered).extracting(CostGrid::columns).containsExactly(CostSurface.COARSE_SIZE);
    }
}
