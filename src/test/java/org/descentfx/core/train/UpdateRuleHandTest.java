package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The first three steps of every rule, computed by hand (to 50 digits, outside this code) on two
 * examples (x, y) = (1, 3), (2, 5), the linear neuron from (0, 0), η = 0.1, m = 2 (the full batch,
 * so no shuffle enters), every constant at its default.
 *
 * <p>Step 1 everywhere starts from g = ½((0 − 3)·(1, 1) + (0 − 5)·(2, 1)) = (−6.5, −4):
 * sgd and momentum move by −η g = (0.65, 0.4) (u starts at 0, so Nesterov's look-ahead is v itself);
 * AdaGrad by η g/(|g| + ε) ≈ (0.1, 0.1); RMSProp by η g/(√(0.1 g²) + ε) ≈ η/√0.1 = 0.316…;
 * Adam by η (m₁/0.1)/(√(m₂/0.001) + ε) = η g/(|g| + ε) ≈ 0.1. Step 2 of momentum: at (0.65, 0.4)
 * g = (−4.275, −2.625), u = 0.9·(0.65, 0.4) + (0.4275, 0.2625) = (1.0125, 0.6225), v = (1.6625, 1.0225).
 */
class UpdateRuleHandTest {
    private static final Dataset TWO = Dataset.of("two examples", new double[] {1, 2}, new double[] {3, 5});

    static Stream<Arguments> handComputed() {
        return Stream.of(
                Arguments.of(UpdateRule.Kind.SGD, new double[][] {
                    {0.65, 0.4}, {1.0775, 0.6625}, {1.35875, 0.834625}}),
                Arguments.of(UpdateRule.Kind.MOMENTUM, new double[][] {
                    {0.65, 0.4}, {1.6625, 1.0225}, {2.65475, 1.631125}}),
                Arguments.of(UpdateRule.Kind.NESTEROV, new double[][] {
                    {0.65, 0.4}, {1.46225, 0.89875}, {2.0928125, 1.28387125}}),
                Arguments.of(UpdateRule.Kind.ADAGRAD, new double[][] {
                    {0.099999999846153848, 0.099999999749999999},
                    {0.16843142019083387, 0.16839411251805966},
                    {0.22314269635060677, 0.22305449019915374}}),
                Arguments.of(UpdateRule.Kind.RMSPROP, new double[][] {
                    {0.31622776447837642, 0.31622776351683796},
                    {0.52088719698712138, 0.52043710209445404},
                    {0.67864266904495629, 0.6775053480232891}}),
                Arguments.of(UpdateRule.Kind.ADAM, new double[][] {
                    {0.099999999846153848, 0.099999999749999999},
                    {0.19978423005752904, 0.19977992840400699},
                    {0.29918730401779275, 0.29917066854046687}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handComputed")
    void theFirstThreeStepsAreTheHandComputedOnes(UpdateRule.Kind kind, double[][] expected) {
        // given
        Run run = new Run(TWO, LinearNeuron.INSTANCE, Point.ORIGIN, new Hyperparameters(0.1, 2), 1, UpdateRule.of(kind));

        for (int k = 0; k < 3; k++) {
            // when
            run.stepMiniBatch();

            // then
            assertRelative(run.w(), expected[k][0], kind + " w after step " + (k + 1));
            assertRelative(run.b(), expected[k][1], kind + " b after step " + (k + 1));
        }
        assertThat(run.optimizerState().steps()).isEqualTo(kind == UpdateRule.Kind.SGD ? 0 : 3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UpdateRule.Kind.class)
    void theArrowIsExactlyTheNextMoveAndResetForgetsTheState(UpdateRule.Kind kind) {
        // given: a run part-way, with state to carry
        Run run = new Run(TWO, LinearNeuron.INSTANCE, new Point(0.3, -0.2), new Hyperparameters(0.05, 1), 3,
                UpdateRule.of(kind));
        for (int k = 0; k < 5; k++) {
            // when
            Point arrow = run.nextStepVector();
            Point before = run.point();
            run.stepMiniBatch();

            // then: v + Δ is the very double the step computed
            assertThat(new Point(before.w() + arrow.w(), before.b() + arrow.b())).isEqualTo(run.point());
        }
        run.reset();
        Run fresh = new Run(TWO, LinearNeuron.INSTANCE, new Point(0.3, -0.2), new Hyperparameters(0.05, 1), 3,
                UpdateRule.of(kind));
        assertThat(run.optimizerState()).isEqualTo(fresh.optimizerState());
        run.stepMiniBatch();
        fresh.stepMiniBatch();
        assertThat(run.point()).isEqualTo(fresh.point());
    }

    @Test
    void nesterovsBatchCostIsTakenBeforeTheStepNotAtTheLookAhead() {
        // given: after one step u ≠ 0, so the look-ahead point differs from v
        Run run = new Run(TWO, LinearNeuron.INSTANCE, Point.ORIGIN, new Hyperparameters(0.1, 2), 1,
                UpdateRule.of(UpdateRule.Kind.NESTEROV));
        run.stepMiniBatch();
        Point before = run.point();

        // when
        run.stepMiniBatch();

        // then: C_X over both examples at v = (0.65, 0.4): ½·½(1.95² + 3.3²)
        double expected = (1.95 * 1.95 + 3.3 * 3.3) / 4;
        assertRelative(run.lastBatchCost(), expected, "batch_cost at " + before);
    }

    @Test
    void constantsOutOfRangeAreRefusedWithTheirSymbol() {
        assertThatThrownBy(() -> UpdateRule.of(UpdateRule.Kind.MOMENTUM).with(UpdateRule.Constant.MOMENTUM, 1))
                .hasMessage("μ must be at least 0 and below 1, not 1.0");
        assertThatThrownBy(() -> UpdateRule.of(UpdateRule.Kind.ADAM).with(UpdateRule.Constant.EPSILON, 0))
                .hasMessage("ε must be a positive finite number, not 0.0");
        assertThatThrownBy(() -> UpdateRule.Kind.byId("lion"))
                .hasMessage("unknown optimizer 'lion': use sgd, momentum, nesterov, adagrad, rmsprop, adam");
    }

    private static void assertRelative(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected)).as("%s: %s against %s", what, actual, expected)
                .isLessThanOrEqualTo(1e-12 * Math.abs(expected));
    }
}
