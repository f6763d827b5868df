package org.descentfx.ui.fan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The histogram of final costs, and the dialog's reading of a typed K. */
class FanHistogramTest {

    @Test
    void everyFiniteSeedIsCountedOnceAndTheFullBatchCostLiesInTheRange() {
        double[] costs = {0.10, 0.11, 0.10, 0.14, Double.NaN, 0.12};

        FanHistogram h = FanHistogram.of(costs, 0.16);

        assertThat(h.total()).isEqualTo(5);
        assertThat(h.low()).isLessThan(0.10);
        assertThat(h.high()).isGreaterThan(0.16);
        // five bins over 0.0976 … 0.1624 (the range and 4% each side), each 0.013 wide: 0.10, 0.10 and 0.11 share the first
        assertThat(h.counts()).hasSize(5);
        assertThat(h.counts()[0]).isEqualTo(3);
        assertThat(h.binOf(0.14)).isEqualTo(3);
        assertThat(h.counts()[3]).isEqualTo(1);
    }

    @Test
    void seedsThatAllEndOnOneCostFillOneBinOfAFiniteRange() {
        FanHistogram h = FanHistogram.of(new double[] {0.5, 0.5, 0.5}, 0.5);

        assertThat(h.high()).isGreaterThan(h.low());
        assertThat(h.most()).isEqualTo(3);
    }

    @Test
    void aTypedKIsBroughtIntoRangeAndTextThatIsNoNumberKeepsTheValue() {
        assertThat(SeedFanDialog.clamp("500", 1, 200, 30)).isEqualTo(200);
        assertThat(SeedFanDialog.clamp(" 0 ", 1, 200, 30)).isEqualTo(1);
        assertThat(SeedFanDialog.clamp("1,000", 1, 100_000, 30)).isEqualTo(1000);
        assertThat(SeedFanDialog.clamp("abc", 1, 200, 30)).isEqualTo(30);
        assertThat(SeedFanDialog.clamp("99999999999999999999", 1, 200, 30)).isEqualTo(30);
    }
}
