package org.descentfx.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.descentfx.core.cost.QuadraticCost;
import org.descentfx.core.model.LinearNeuron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The linear neuron's closed-form cost and gradient against the sums of Eq. (1) they replace. */
class MomentsTest {

    /** Data centred near 0, near x = 1000 and near x = −1000, each with points to evaluate at. */
    static Stream<Arguments> dataAndPoints() {
        return Stream.of(
                Arguments.of(noisyLine(50, 1, 0.0), new double[][] {{0, 0}, {2, -1}, {1.5, 0.3}, {-3, 4}}),
                Arguments.of(noisyLine(50, 2, 1000.0), new double[][] {{0, 0}, {2, -3}, {2.001, -1}, {1.9, 95}}),
                Arguments.of(noisyLine(50, 3, -1000.0), new double[][] {{0, 0}, {2, 2}, {-0.5, 7}, {2.01, 9}}));
    }

    @ParameterizedTest(name = "mean x ≈ {0}")
    @MethodSource("dataAndPoints")
    void linearCostEqualsTheDirectSum(Dataset data, double[][] points) {
        for (double[] p : points) {
            // when
            double closed = data.moments().linearCost(p[0], p[1]);

            // then: C = 1/(2n) Σ (y − w·x − b)²
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                double error = data.y(i) - (p[0] * data.x(i) + p[1]);
                sum += error * error;
            }
            double direct = sum / (2 * data.size());
            assertThat(closed).as("at (%s, %s)", p[0], p[1]).isCloseTo(direct, within(1e-9 * direct));
        }
    }

    @ParameterizedTest(name = "mean x ≈ {0}")
    @MethodSource("dataAndPoints")
    void linearGradientEqualsTheSumOfPerExampleGradients(Dataset data, double[][] points) {
        for (double[] p : points) {
            // when
            double[] closed = data.moments().linearGradient(p[0], p[1]);

            // then
            double[] direct = QuadraticCost.gradient(LinearNeuron.INSTANCE, data, p[0], p[1]);
            assertThat(closed[0]).as("∂C/∂w at (%s, %s)", p[0], p[1])
                    .isCloseTo(direct[0], within(1e-9 * Math.abs(direct[0])));
            assertThat(closed[1]).as("∂C/∂b at (%s, %s)", p[0], p[1])
                    .isCloseTo(direct[1], within(1e-9 * Math.abs(direct[1])));
        }
    }

    @Test
    void momentsOfASmallDataSetByHand() {
        // given: x = 1, 2, 3 and y = 2, 2, 5: x̄ = 2, ȳ = 3;
        // Sxx = 1 + 0 + 1 = 2, Syy = 1 + 1 + 4 = 6, Sxy = (−1)(−1) + 0·(−1) + 1·2 = 3
        Dataset data = Dataset.of("t", new double[] {1, 2, 3}, new double[] {2, 2, 5});

        // when
        Moments m = data.moments();

        // then
        assertThat(m).isEqualTo(new Moments(3, 2, 3, 2, 6, 3));
    }

    @Test
    void linearCostOverflowsToInfinityLikeTheDirectSumNotToNaN() {
        // given: a weight so large that w² and 2w·Sxy both overflow, as after a step with a huge η
        Dataset data = noisyLine(20, 4, 0.0);
        double w = 1e307;

        // when
        double closed = data.moments().linearCost(w, 0);

        // then
        assertThat(QuadraticCost.cost(LinearNeuron.INSTANCE, data, w, 0)).isInfinite();
        assertThat(closed).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void linearCostOfDataWithOneXStaysFiniteWhenOnlyTheWeightOverflows() {
        // given: every x is 4, so Sxx = Sxy = 0 and w enters only through w·4 + b, which is 0 here
        Dataset data = Dataset.of("t", new double[] {4, 4, 4}, new double[] {-1, 0, 1});

        // when
        double closed = data.moments().linearCost(1e200, -4e200);

        // then: ŷ = 0 for every example, so C = (1 + 0 + 1)/(2·3) = 1/3
        assertThat(QuadraticCost.cost(LinearNeuron.INSTANCE, data, 1e200, -4e200)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(closed).isCloseTo(1.0 / 3, within(1e-15));
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
        return Dataset.of("t", x, y).withName("mean x ≈ " + center);
    }
}
