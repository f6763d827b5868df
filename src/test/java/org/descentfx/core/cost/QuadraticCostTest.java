package org.descentfx.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quadratic cost of Eq. (1), over all data and over a mini-batch, and its gradient. */
class QuadraticCostTest {
    private static final Dataset TWO_POINTS = Dataset.of("t", new double[] {1, 2}, new double[] {3, 5});
    private static final double[][] PARAMS = {{0, 0}, {0.8, -0.3}, {-1.7, 2.2}, {3.0, 0.5}};

    static Stream<Model> models() {
        return Stream.of(LinearNeuron.INSTANCE, SigmoidNeuron.INSTANCE);
    }

    @Test
    void costOfTheLinearNeuronByHand() {
        // given: {(1, 3), (2, 5)}; at (0, 0) ŷ = 0, so C = (3² + 5²) / (2·2) = 34/4 = 8.5;
        // at (2, 1) ŷ = 3 and 5, a perfect fit, so C = 0
        Model linear = LinearNeuron.INSTANCE;

        // when / then
        assertThat(QuadraticCost.cost(linear, TWO_POINTS, 0, 0)).isEqualTo(8.5);
        assertThat(QuadraticCost.cost(linear, TWO_POINTS, 2, 1)).isZero();
    }

    @Test
    void costOfTheSigmoidNeuronByHand() {
        // given: at (0, 0) ŷ = σ(0) = 0.5 for both, so C = (2.5² + 4.5²) / 4 = (6.25 + 20.25) / 4 = 6.625
        Model sigmoid = SigmoidNeuron.INSTANCE;

        // when
        double c = QuadraticCost.cost(sigmoid, TWO_POINTS, 0, 0);

        // then
        assertThat(c).isEqualTo(6.625);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void costIsEquationOne(Model model) {
        // given
        Dataset data = noisyLine(25, 3, 0.0);

        for (double[] p : PARAMS) {
            // when
            double c = QuadraticCost.cost(model, data, p[0], p[1]);

            // then: C = 1/(2n) Σ (y − ŷ)²
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                double error = data.y(i) - model.output(p[0], p[1], data.x(i));
                sum += error * error;
            }
            assertThat(c).isCloseTo(sum / (2 * data.size()), within(1e-12 * c));
        }
    }

    @Test
    void batchCostAveragesOverTheBatchOnly() {
        // given: at (0, 0) the second example alone costs 5²/2 = 12.5, the first alone 3²/2 = 4.5
        Model linear = LinearNeuron.INSTANCE;

        // when / then
        assertThat(QuadraticCost.batchCost(linear, TWO_POINTS, new int[] {1}, 0, 0)).isEqualTo(12.5);
        assertThat(QuadraticCost.batchCost(linear, TWO_POINTS, new int[] {0}, 0, 0)).isEqualTo(4.5);
        assertThat(QuadraticCost.batchCost(linear, TWO_POINTS, new int[] {1, 0}, 0, 0)).isEqualTo(8.5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void batchCostOfEveryIndexInAnyOrderIsTheFullCost(Model model) {
        // given
        Dataset data = noisyLine(9, 4, 0.0);
        int[] shuffled = {4, 0, 8, 2, 6, 1, 7, 3, 5};

        // when
        double batch = QuadraticCost.batchCost(model, data, shuffled, 0.4, -0.1);

        // then
        assertThat(batch).isCloseTo(QuadraticCost.cost(model, data, 0.4, -0.1), within(1e-14));
    }

    @Test
    void gradientOfTheLinearNeuronByHand() {
        // given: at (0, 0) the deltas ŷ − y are −3 and −5, so
        // ∂C/∂w = (−3·1 + −5·2)/2 = −6.5 and ∂C/∂b = (−3 + −5)/2 = −4
        Model linear = LinearNeuron.INSTANCE;

        // when
        double[] g = QuadraticCost.gradient(linear, TWO_POINTS, 0, 0);

        // then
        assertThat(g).containsExactly(-6.5, -4.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void gradientMatchesCentralDifferencesOfTheCost(Model model) {
        // given
        Dataset data = noisyLine(30, 5, 0.0);
        double h = 1e-6;

        for (double[] p : PARAMS) {
            // when
            double[] g = QuadraticCost.gradient(model, data, p[0], p[1]);

            // then
            double dw = (QuadraticCost.cost(model, data, p[0] + h, p[1])
                    - QuadraticCost.cost(model, data, p[0] - h, p[1])) / (2 * h);
            double db = (QuadraticCost.cost(model, data, p[0], p[1] + h)
                    - QuadraticCost.cost(model, data, p[0], p[1] - h)) / (2 * h);
            assertThat(g[0]).as("∂C/∂w at (%s, %s)", p[0], p[1]).isCloseTo(dw, within(1e-6 * Math.abs(dw)));
            assertThat(g[1]).as("∂C/∂b at (%s, %s)", p[0], p[1]).isCloseTo(db, within(1e-6 * Math.abs(db)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void fastCostIsTheSameCostByAnotherRoute(Model model) {
        // given: x far from 0, where a raw-moment closed form would lose every digit
        Dataset data = noisyLine(40, 6, 1000.0);

        for (double[] p : new double[][] {{0, 0}, {2.0, -3.0}, {1.9, 95.0}, {-0.5, 10.0}}) {
            // when
            double fast = QuadraticCost.fastCost(model, data, p[0], p[1]);

            // then
            double direct = QuadraticCost.cost(model, data, p[0], p[1]);
            assertThat(fast).as("at (%s, %s)", p[0], p[1]).isCloseTo(direct, within(1e-9 * direct));
        }
    }

    @Test
    void fastCostIfCheapMeasuresOnlyTheLinearNeuron() {
        // given
        Dataset data = noisyLine(10, 7, 0.0);

        // when
        double linear = QuadraticCost.fastCostIfCheap(LinearNeuron.INSTANCE, data, 0.3, 0.1);
        double sigmoid = QuadraticCost.fastCostIfCheap(SigmoidNeuron.INSTANCE, data, 0.3, 0.1);

        // then
        assertThat(linear).isCloseTo(QuadraticCost.cost(LinearNeuron.INSTANCE, data, 0.3, 0.1), within(1e-12));
        assertThat(sigmoid).isNaN();
    }

    /** y = 2x − 1 + noise, x uniform in [center − 5, center + 5]. */
    private static Dataset noisyLine(int n, long seed, double center) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = center + 10 * random.nextDouble() - 5;
            y[i] = 2 * x[i] - 1 + 0.5 * random.nextGaussian();
        }
        return Dataset.of("t", x, y);
    }
}
