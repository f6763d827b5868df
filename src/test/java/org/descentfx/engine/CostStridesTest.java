package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.model.SigmoidNeuron;
import org.junit.jupiter.api.Test;

/** How often the engine measures the full C for the chart. */
class CostStridesTest {

    @Test
    void theLinearNeuronsClosedFormIsMeasuredEveryStep() {
        // given / when / then
        assertThat(CostStrides.playing(LinearNeuron.INSTANCE, 1_000_000, 1, Double.POSITIVE_INFINITY)).isEqualTo(1);
        assertThat(CostStrides.epoch(LinearNeuron.INSTANCE, 1_000_000, 1)).isEqualTo(1);
    }

    @Test
    void atFullSpeedTheSigmoidsCostTakesA25thOfTheStepsWork() {
        // given n = 1,000 and m = 10: one C is 1,000 examples, a 25th of 2,500 steps of 10
        int stride = CostStrides.playing(SigmoidNeuron.INSTANCE, 1000, 10, Double.POSITIVE_INFINITY);

        // then
        assertThat(stride).isEqualTo(2500);
        assertThat(CostStrides.playing(SigmoidNeuron.INSTANCE, 1000, 1000, Double.POSITIVE_INFINITY)).isEqualTo(25);
    }

    @Test
    void atASlowPaceTheSigmoidsCostIsMeasuredEveryStep() {
        // given 30 steps per second over 10,000 examples: 300,000 examples of C per second
        int stride = CostStrides.playing(SigmoidNeuron.INSTANCE, 10_000, 10, 30);

        // then
        assertThat(stride).isEqualTo(1);
    }

    @Test
    void aFastPaceOverManyExamplesDecimatesButNeverBeyondFullSpeed() {
        // given 1,000 steps per second over a million examples
        int paced = CostStrides.playing(SigmoidNeuron.INSTANCE, 1_000_000, 10, 1000);
        int full = CostStrides.playing(SigmoidNeuron.INSTANCE, 1_000_000, 10, Double.POSITIVE_INFINITY);

        // then C gets 2 million examples per second: every 500 steps
        assertThat(paced).isEqualTo(500);
        assertThat(full).isGreaterThan(paced);
    }

    @Test
    void aWholeEpochMeasuresEveryStepOnSmallDataAndFourTimesOnLarge() {
        // given / when / then
        assertThat(CostStrides.epoch(SigmoidNeuron.INSTANCE, 4096, 1)).isEqualTo(1);
        assertThat(CostStrides.epoch(SigmoidNeuron.INSTANCE, 100_000, 10)).isEqualTo(2500);
    }
}
