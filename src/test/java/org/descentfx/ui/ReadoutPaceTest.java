package org.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadoutPaceTest {
    private static final long MS = 1_000_000;
    private final ReadoutPace pace = new ReadoutPace();

    @Test
    void playingTheNumbersChangeAtMostTenTimesASecond() {
        // given numbers arriving every frame while playing
        int shown = 0;
        for (long frame = 0; frame < 60; frame++) {
            pace.changed();
            if (pace.due(true, 1_000 * MS + frame * 1_000 * MS / 60)) {
                shown++;
            }
        }

        // then one second of frames shows them ten times, the first at once
        assertThat(shown).isEqualTo(ReadoutPace.HZ);
    }

    @Test
    void theNewestNumbersShowWhenTheirTimeComesEvenWithoutNewerOnes() {
        // given numbers shown, then newer ones a moment later
        pace.changed();
        assertThat(pace.due(true, 0)).isTrue();
        pace.changed();

        // then they wait for the interval, show once, and nothing is shown twice
        assertThat(pace.due(true, 50 * MS)).isFalse();
        assertThat(pace.due(true, ReadoutPace.INTERVAL_NANOS)).isTrue();
        assertThat(pace.due(true, 3 * ReadoutPace.INTERVAL_NANOS)).isFalse();
    }

    @Test
    void pausedOrSteppedTheNumbersShowAtOnce() {
        // given numbers just shown while playing
        pace.changed();
        assertThat(pace.due(true, 0)).isTrue();

        // when a step by hand brings new ones a millisecond later
        pace.changed();

        // then they show at once
        assertThat(pace.due(false, MS)).isTrue();
        assertThat(pace.due(false, 2 * MS)).isFalse();
    }
}
