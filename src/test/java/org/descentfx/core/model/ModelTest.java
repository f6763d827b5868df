package org.descentfx.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract of {@link Model} for both neurons: ŷ, the chain-rule gradient of C_x = ½(y − ŷ)², and the sums. */
class ModelTest {

    static Stream<Model> models() {
        return Stream.of(LinearNeuron.INSTANCE, SigmoidNeuron.INSTANCE);
    }

    /**
     * Points (w, b, x, y) where both partial derivatives are clearly non-zero, so a relative
     * error means something: x near 0, far from 0 and negative, with z = w·x + b kept where σ is not flat.
     */
    static final double[][] POINTS = {
        {0.5, -0.2, 0.3, 1.0},
        {-1.5, 2.0, -3.0, 0.25},
        {1.2, 0.7, -0.8, -2.0},
        {0.002, 0.1, 1000.0, 0.9},
        {-0.003, -0.5, -750.0, 0.2},
        {0.0004, -1.0, -2500.0, 0.95},
    };

    static Stream<Arguments> modelsAtPoints() {
        return models().flatMap(model -> Stream.of(POINTS)
                .map(p -> Arguments.of(model, p[0], p[1], p[2], p[3])));
    }

    @ParameterizedTest(name = "{0} at w={1}, b={2}, x={3}, y={4}")
    @MethodSource("modelsAtPoints")
    void perExampleGradientMatchesCentralDifferencesOfTheExampleCost(Model model, double w, double b, double x,
                                                                      double y) {
        // given: steps small enough to be accurate, scaled so that z = w·x + b moves by about 1e-5 either way
        double hw = 1e-5 / Math.max(1, Math.abs(x));
        double hb = 1e-5;

        // when
        double[] grad = new double[2];
        model.gradient(w, b, x, y, grad);

        // then
        double dw = centralDifference(wp -> exampleCost(model, wp, b, x, y), w, hw);
        double db = centralDifference(bp -> exampleCost(model, w, bp, x, y), b, hb);
        assertThat(relativeError(grad[0], dw)).as("∂C_x/∂w = %s, differences give %s", grad[0], dw)
                .isLessThanOrEqualTo(1e-6);
        assertThat(relativeError(grad[1], db)).as("∂C_x/∂b = %s, differences give %s", grad[1], db)
                .isLessThanOrEqualTo(1e-6);
    }

    @Test
    void linearOutputIsWeightTimesInputPlusBias() {
        // given
        Model linear = LinearNeuron.INSTANCE;

        // when
        double out = linear.output(2.5, -1.0, 4.0);

        // then
        assertThat(out).isEqualTo(9.0);
    }

    @Test
    void sigmoidOutputIsTheLogisticOfWeightedInputAndStaysInTheUnitInterval() {
        // given
        Model sigmoid = SigmoidNeuron.INSTANCE;

        // when / then: σ(0) = ½, σ(ln 3) = 3/4, and no NaN where e^−z overflows
        assertThat(sigmoid.output(0, 0, 5)).isEqualTo(0.5);
        assertThat(sigmoid.output(1, 0, Math.log(3))).isCloseTo(0.75, within(1e-15));
        assertThat(sigmoid.output(1, 0, 1000)).isEqualTo(1.0);
        assertThat(sigmoid.output(1, 0, -1000)).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void accumulateAddsTheSumOfPerExampleGradientsAndReturnsTheSumOfSquaredErrors(Model model) {
        // given: examples with some x far from 0, and a gradient buffer that already holds something
        double[] x = {0.5, -1.25, 2.0, 30.0, -40.0, 0.0, 3.5};
        double[] y = {0.1, 0.9, -0.3, 0.6, 0.2, 0.4, 1.5};
        double w = 0.03;
        double b = -0.2;
        double[] grad = {7.0, -3.0};

        // when
        double sse = model.accumulate(w, b, x, y, 0, x.length, grad);

        // then
        double gw = 0;
        double gb = 0;
        double squares = 0;
        double[] one = new double[2];
        for (int i = 0; i < x.length; i++) {
            model.gradient(w, b, x[i], y[i], one);
            gw += one[0];
            gb += one[1];
            double error = y[i] - model.output(w, b, x[i]);
            squares += error * error;
        }
        assertThat(grad[0]).isCloseTo(7.0 + gw, within(1e-12));
        assertThat(grad[1]).isCloseTo(-3.0 + gb, within(1e-12));
        assertThat(sse).isCloseTo(squares, within(1e-12 * squares));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void accumulateCoversOnlyTheRangeFromInclusiveToExclusive(Model model) {
        // given
        double[] x = {1.0, 2.0, 3.0, 4.0, 5.0};
        double[] y = {0.2, 0.4, 0.1, 0.8, 0.5};
        double[] grad = new double[2];

        // when
        double sse = model.accumulate(0.1, 0.0, x, y, 1, 3, grad);

        // then
        double[] first = new double[2];
        double[] second = new double[2];
        model.gradient(0.1, 0.0, x[1], y[1], first);
        model.gradient(0.1, 0.0, x[2], y[2], second);
        assertThat(grad[0]).isCloseTo(first[0] + second[0], within(1e-15));
        assertThat(grad[1]).isCloseTo(first[1] + second[1], within(1e-15));
        assertThat(sse).isCloseTo(model.sumSquaredError(0.1, 0.0, x, y, 1, 3), within(1e-15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void sumSquaredErrorAgreesWithAccumulateOnEveryRange(Model model) {
        // given
        Random random = new Random(11);
        int n = 12;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 6 * random.nextDouble() - 3;
            y[i] = random.nextDouble();
        }

        for (int from = 0; from <= n; from++) {
            for (int to = from; to <= n; to++) {
                // when
                double sse = model.sumSquaredError(-0.7, 0.4, x, y, from, to);

                // then
                double expected = model.accumulate(-0.7, 0.4, x, y, from, to, new double[2]);
                assertThat(sse).as("range %d..%d", from, to).isEqualTo(expected);
            }
        }
        assertThat(model.sumSquaredError(-0.7, 0.4, x, y, 3, 3)).isZero();
    }

    @Test
    void byIdFindsEachModelAndNamesTheChoicesForAnUnknownOne() {
        // given / when / then
        assertThat(Model.byId("linear")).isSameAs(LinearNeuron.INSTANCE);
        assertThat(Model.byId("sigmoid")).isSameAs(SigmoidNeuron.INSTANCE);
        assertThatThrownBy(() -> Model.byId("tanh"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown model 'tanh': use linear or sigmoid");
    }

    /** C_x = ½(y − ŷ)², the per-example cost of Eq. (1). */
    private static double exampleCost(Model model, double w, double b, double x, double y) {
        double error = y - model.output(w, b, x);
        return 0.5 * error * error;
    }

    /** (f(p + h) − f(p − h)) / (2h), divided by the step actually representable around p. */
    private static double centralDifference(DoubleUnaryOperator f, double p, double h) {
        double up = p + h;
        double down = p - h;
        return (f.applyAsDouble(up) - f.applyAsDouble(down)) / (up - down);
    }

    private static double relativeError(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(Math.abs(actual), Math.abs(expected));
    }
}
