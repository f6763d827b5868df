package org.descentfx.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.descentfx.core.curvature.StabilityLimit;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.SigmoidNeuron;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;

/** Where the comparison of learning rates starts: the slider's η, a quarter of it, one just under the limit. */
class RateComparisonDefaultsTest {

    @Test
    void onTheNoisyLineTheThirdIsJustUnderTwoOverLambdaMax() throws Exception {
        // given: 2/λmax = 0.1081 on the noisy line
        StabilityLimit limit = StabilityLimit.of(LinearNeuron.INSTANCE, BuiltInDatasets.load("noisy-line"), Point.ORIGIN);

        // when
        var rates = RateComparison.defaults(0.02, limit);

        // then: η₁ follows the slider; 0.95 · 0.1081 = 0.1027, written with three digits
        assertThat(rates).containsExactly(null, 0.005, 0.103);
        assertThat(rates.get(2)).isLessThan(limit.etaDiverges()).isGreaterThan(limit.etaOscillates());
    }

    @Test
    void forTheSigmoidTheLimitAtThisPointAndWhereThereIsNoneFourTimesEta() throws Exception {
        // given: a point of two-valleys where C curves up (λmax > 0), and no limit known
        var data = BuiltInDatasets.load("two-valleys");
        StabilityLimit here = StabilityLimit.of(SigmoidNeuron.INSTANCE, data, new Point(-0.5, -1.5));

        // when / then
        assertThat(RateComparison.defaults(2, here).get(2))
                .isCloseTo(RateComparison.UNDER_LIMIT * here.etaDiverges(), org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(RateComparison.defaults(2, null)).containsExactly(null, 0.5, 8.0);
    }
}
