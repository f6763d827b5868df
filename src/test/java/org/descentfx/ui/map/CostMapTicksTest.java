package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.descentfx.ui.plot.ColorScale;

/** The round numbers on the map's axes and colour bar. */
class CostMapTicksTest {

    @Test
    void linearTicksAreMultiplesOfAOneTwoFiveStepInsideTheRange() {
        // when: about one tick per 90 px over 576 px of [−2.06, 2.9]
        List<MapAxes.Tick> ticks = MapAxes.linear(-2.06, 2.9, 576, 90);

        // then
        assertThat(ticks).extracting(MapAxes.Tick::label).containsExactly("\u22122", "\u22121", "0", "1", "2");
    }

    @Test
    void labelsCarryTheStepsDecimalsATrueMinusAndNoNegativeZero() {
        assertThat(MapAxes.label(-0.25, 0.05)).isEqualTo("\u22120.25");
        assertThat(MapAxes.label(0.30000000000000004, 0.1)).isEqualTo("0.3");
        assertThat(MapAxes.label(-1e-17, 0.1)).isEqualTo("0");
        assertThat(MapAxes.label(1500, 500)).isEqualTo("1500");
    }

    @Test
    void niceStepIsTheSmallestOneTwoFiveAtLeastTheRawStep() {
        assertThat(MapAxes.niceStep(0.13)).isCloseTo(0.2, within(1e-12));
        assertThat(MapAxes.niceStep(3)).isCloseTo(5, within(1e-12));
        assertThat(MapAxes.niceStep(7)).isCloseTo(10, within(1e-12));
        assertThat(MapAxes.niceStep(1)).isCloseTo(1, within(1e-12));
    }

    @Test
    void colourBarTicksFollowTheLogScaleWithoutCrowding() {
        // given: the colour bar's mapping over 500 px, for C in [0.17, 150]
        double min = 0.17;
        double max = 150;
        MapAxes.Scale scale = v -> 500 - ColorScale.position(v, min, max) * 500;

        // when
        List<MapAxes.Tick> ticks = MapAxes.rounded(min, max, scale, 24);

        // then: 1-2-5 values, spread over the decades, each at least 24 px from the next
        assertThat(ticks).extracting(MapAxes.Tick::label).contains("0.5", "1", "10", "100");
        for (int i = 1; i < ticks.size(); i++) {
            double gap = scale.pixel(ticks.get(i - 1).value()) - scale.pixel(ticks.get(i).value());
            assertThat(gap).isGreaterThanOrEqualTo(24);
        }
    }

    @Test
    void aNarrowCostRangeFarFromZeroStillGetsTicks() {
        // given: C in [100, 100.5], where no 1-2-5 value lies
        MapAxes.Scale scale = v -> 400 - ColorScale.position(v, 100, 100.5) * 400;

        // when
        List<MapAxes.Tick> ticks = MapAxes.rounded(100, 100.5, scale, 24);

        // then
        assertThat(ticks.size()).isGreaterThanOrEqualTo(2);
        assertThat(ticks).allSatisfy(t -> assertThat(t.value()).isBetween(100.0, 100.5));
    }
}
