package org.descentfx.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StickyRangeTest {

    @Test
    void theFirstRangeIsTakenAsItIs() {
        StickyRange range = new StickyRange();

        assertThat(range.update(2, 12)).containsExactly(2, 12);
    }

    @Test
    void aRangeThatJittersInsideKeepsTheAxisStill() {
        // given an axis from 0 to 10
        StickyRange range = new StickyRange();
        range.update(0, 10);

        // when the range asked for moves a little inside it
        double[] a = range.update(0.3, 9.8);
        double[] b = range.update(0.1, 9.5);

        // then the axis stays
        assertThat(a).containsExactly(0, 10);
        assertThat(b).containsExactly(0, 10);
    }

    @Test
    void aRangeThatReachesBeyondWidensThatSideWithAMargin() {
        StickyRange range = new StickyRange();
        range.update(0, 10);

        double[] wider = range.update(-1, 10);
        double[] again = range.update(-1.1, 9.9);

        // 2% of the 11 asked for beyond −1; the top stays; a little further still fits
        assertThat(wider[0]).isEqualTo(-1 - 0.02 * 11);
        assertThat(wider[1]).isEqualTo(10);
        assertThat(again).containsExactly(wider);
    }

    @Test
    void aRangeThatShrinksWellInsideIsFollowed() {
        StickyRange range = new StickyRange();
        range.update(-10, 10);

        // 16 of 20 is less than 85%: the axis narrows to what is asked for
        assertThat(range.update(-8, 8)).containsExactly(-8, 8);
    }

    @Test
    void afterResetTheNextRangeIsTakenAsItIs() {
        StickyRange range = new StickyRange();
        range.update(0, 10);
        range.reset();

        assertThat(range.update(1, 9)).containsExactly(1, 9);
    }
}
