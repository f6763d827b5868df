package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.Model;
import org.descentfx.core.model.SigmoidNeuron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The update of Eq. (8)–(9): w ← w − (η/m) Σ_j ∂C_Xj/∂w, b likewise. */
class SgdTest {

    /**
     * Data {(1, 3), (2, 5)}, start (0, 0), η = 0.1, m = 2, so η/m = 0.05.
     * <p>Linear: ŷ = 0, deltas ŷ − y = −3, −5; Σ∂w = −3·1 + −5·2 = −13, Σ∂b = −8;
     * w = 0 − 0.05·(−13) = 0.65, b = 0 − 0.05·(−8) = 0.4.
     * <p>Sigmoid: ŷ = σ(0) = 0.5, σ'(0) = 0.5·0.5 = 0.25; deltas (0.5 − 3)·0.25 = −0.625 and
     * (0.5 − 5)·0.25 = −1.125; Σ∂w = −0.625·1 + −1.125·2 = −2.875, Σ∂b = −1.75;
     * w = 0.05·2.875 = 0.14375, b = 0.05·1.75 = 0.0875.
     * <p>0.05 has no exact binary form, so the sigmoid's expected values are written as that last
     * product: in doubles 0.05·2.875 is 0.14375000000000002, one unit in the last place above 0.14375.
     */
    static Stream<Arguments> handComputedSteps() {
        return Stream.of(
                Arguments.of(LinearNeuron.INSTANCE, 0.65, 0.4),
                Arguments.of(SigmoidNeuron.INSTANCE, 0.05 * 2.875, 0.05 * 1.75));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handComputedSteps")
    void oneUpdateFromTheOriginMatchesTheHandComputation(Model model, double expectedW, double expectedB) {
        // given
        double[] x = {1, 2};
        double[] y = {3, 5};
        double[] params = {0, 0};
        double[] gradientSum = new double[2];
        model.accumulate(0, 0, x, y, 0, 2, gradientSum);

        // when
        new Sgd().update(params, gradientSum, 2, 0.1, NO_LOOK_AHEAD);

        // then
        assertThat(params).containsExactly(expectedW, expectedB);
    }

    /** Plain SGD never looks ahead: a gradient asked for elsewhere fails the test. */
    private static final BatchGradient NO_LOOK_AHEAD = (w, b, sums) -> {
        throw new AssertionError("SGD asked for a gradient at another point");
    };

    @Test
    void stepIsTheSummedGradientScaledByEtaOverM() {
        // given: η/m = 0.5/4 = 0.125, so w = 1 − 0.125·4 = 0.5 and b = 2 − 0.125·(−8) = 3
        double[] params = {1, 2};
        double[] gradientSum = {4, -8};

        // when
        new Sgd().update(params, gradientSum, 4, 0.5, NO_LOOK_AHEAD);

        // then
        assertThat(params).containsExactly(0.5, 3.0);
        assertThat(gradientSum).as("the sums are only read").containsExactly(4.0, -8.0);
    }

    @Test
    void resetLeavesTheNextUpdateUnchanged() {
        // given: plain SGD carries nothing between steps
        Sgd sgd = new Sgd();
        double[] first = {1, 1};
        double[] second = {1, 1};
        sgd.update(first, new double[] {3, 3}, 3, 0.3, NO_LOOK_AHEAD);

        // when
        sgd.reset();
        sgd.update(second, new double[] {3, 3}, 3, 0.3, NO_LOOK_AHEAD);

        // then
        assertThat(second).containsExactly(first);
    }

    @Test
    void peekReportsExactlyTheMoveTheUpdateMakes() {
        // given: awkward numbers, so a move computed another way would differ in the last bits
        double[] params = {0.1, -0.7};
        double[] gradientSum = {0.3, 1.0 / 3};
        double[] move = new double[2];
        Sgd sgd = new Sgd();

        // when
        sgd.peek(params, gradientSum, 3, 0.07, NO_LOOK_AHEAD, move);
        double[] moved = {params[0] + move[0], params[1] + move[1]};
        sgd.update(params, gradientSum, 3, 0.07, NO_LOOK_AHEAD);

        // then
        assertThat(params).containsExactly(moved);
        assertThat(sgd.state()).isEqualTo(OptimizerState.NONE);
    }
}
