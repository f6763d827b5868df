package org.descentfx.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @ParameterizedTest(name = "[{0}, {1}] in at most {2} ticks")
    @CsvSource({"0, 1, 6", "0, 10, 6", "-3.7, 12.2, 8", "0.0031, 0.0047, 5", "0, 2400, 10", "17, 17.5, 4",
        "-1e6, 3e6, 7", "0, 1e-5, 5", "2, 2000000, 3"})
    void stepsAreOneTwoOrFiveTimesAPowerOfTenAndCoverTheRange(double min, double max, int maxCount) {
        double step = NiceTicks.step(min, max, maxCount);
        double[] ticks = NiceTicks.ticks(min, max, maxCount);

        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        assertThat(mantissa).satisfiesAnyOf(
                m -> assertThat(m).isCloseTo(1, within(1e-9)),
                m -> assertThat(m).isCloseTo(2, within(1e-9)),
                m -> assertThat(m).isCloseTo(5, within(1e-9)));
        assertThat(ticks.length).isBetween(1, maxCount);
        for (int i = 1; i < ticks.length; i++) {
            assertThat(ticks[i] - ticks[i - 1]).isCloseTo(step, within(step * 1e-9));
        }
        assertThat(ticks[0]).isBetween(min - step * 1e-9, min + step);
        assertThat(ticks[ticks.length - 1]).isBetween(max - step, max + step * 1e-9);
    }

    @Test
    void picksTheDensestStepThatFits() {
        assertThat(NiceTicks.ticks(0, 10, 6)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(NiceTicks.ticks(0, 1, 5)).containsExactly(0, 0.5, 1);
        assertThat(NiceTicks.ticks(-3.7, 12.2, 5)).containsExactly(0, 5, 10);
        assertThat(NiceTicks.ticks(-3.7, 12.2, 10)).containsExactly(-2, 0, 2, 4, 6, 8, 10, 12);
    }

    @Test
    void logAxesTickWholeDecades() {
        assertThat(NiceTicks.decades(0.001, 10, 10)).containsExactly(0.001, 0.01, 0.1, 1, 10);
        assertThat(NiceTicks.decades(0.003, 0.4, 10)).containsExactly(0.01, 0.1);
        // thirteen decades in at most four ticks: every fifth one
        assertThat(NiceTicks.decades(1e-12, 1, 4)).containsExactly(1e-10, 1e-5, 1);
    }

    @Test
    void logRangesSnapOutToDecades() {
        assertThat(NiceTicks.decadeRange(0.003, 0.4)).containsExactly(0.001, 1);
        assertThat(NiceTicks.decadeRange(0.01, 0.01)).containsExactly(0.01, 0.1);
        assertThat(NiceTicks.decadeRange(2, 2)).containsExactly(1, 10);
    }

    @Test
    void labelsUseTheDecimalsTheStepNeeds() {
        assertThat(NiceTicks.format(0.25, 0.05)).isEqualTo("0.25");
        assertThat(NiceTicks.format(0.1 + 0.2, 0.1)).isEqualTo("0.3");
        assertThat(NiceTicks.format(1500, 500)).isEqualTo("1500");
        assertThat(NiceTicks.format(-2, 1)).isEqualTo("\u22122");
        assertThat(NiceTicks.format(1e-17, 0.1)).isEqualTo("0");
        assertThat(NiceTicks.format(200_000, 100_000)).isEqualTo("200k");
        assertThat(NiceTicks.format(1_500_000, 500_000)).isEqualTo("1.5M");
        assertThat(NiceTicks.format(3e-5, 1e-5)).isEqualTo("3e\u22125");
    }

    @Test
    void decadeLabelsArePlainNearOneAndPowersBeyond() {
        assertThat(NiceTicks.formatDecade(0.001)).isEqualTo("0.001");
        assertThat(NiceTicks.formatDecade(1)).isEqualTo("1");
        assertThat(NiceTicks.formatDecade(1000)).isEqualTo("1000");
        assertThat(NiceTicks.formatDecade(1e-4)).isEqualTo("1e\u22124");
        assertThat(NiceTicks.formatDecade(1e5)).isEqualTo("1e5");
    }

    @Test
    void roundsToSignificantDigits() {
        assertThat(NiceTicks.significant(2.034567, 3)).isEqualTo("2.03");
        assertThat(NiceTicks.significant(-0.5123456, 3)).isEqualTo("\u22120.512");
        assertThat(NiceTicks.significant(1.1, 3)).isEqualTo("1.10");
        assertThat(NiceTicks.significant(0.0000123456, 3)).isEqualTo("1.23e\u22125");
        assertThat(NiceTicks.compact(0.02)).isEqualTo("0.02");
        assertThat(NiceTicks.compact(250)).isEqualTo("250");
    }
}
