package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.descentfx.engine.TraceHistory;
import org.junit.jupiter.api.Test;

/** Which points of a history the map's path goes through. */
class PathClipTest {

    private static TraceHistory steps(long count) {
        TraceHistory h = new TraceHistory();
        for (long s = 0; s < count; s++) {
            h.append(s, 10 * s, s, -s, Double.NaN, 1);
        }
        return h;
    }

    private static long[] stepsOf(TraceHistory h, int[] picked) {
        return Arrays.stream(picked).mapToLong(h::step).toArray();
    }

    @Test
    void aPathWithinTheBudgetGoesThroughEveryPoint() {
        // given a history of 300 points
        TraceHistory h = steps(300);

        // when a path of at most 512 points is picked
        int[] picked = PathClip.pick(h, 512);

        // then it is every point, in order
        assertThat(picked).hasSize(300);
        assertThat(picked[0]).isZero();
        assertThat(picked[299]).isEqualTo(299);
    }

    @Test
    void aLongPathKeepsItsStartAndItsNewestPointsExactlyWithinTheBudget() {
        // given a run of a million steps, thinned in its history
        TraceHistory h = steps(1_000_000);

        // when a path of at most 512 points is picked
        int[] picked = PathClip.pick(h, 512);
        long[] steps = stepsOf(h, picked);

        // then it starts at step 0, ends with the newest 256 steps, every one of them, and stays in budget
        assertThat(picked.length).isLessThanOrEqualTo(512 + 1);
        assertThat(steps[0]).isZero();
        for (int k = 0; k < 256; k++) {
            assertThat(steps[steps.length - 256 + k]).isEqualTo(1_000_000 - 256 + k);
        }
        for (int k = 1; k < steps.length; k++) {
            assertThat(steps[k]).isGreaterThan(steps[k - 1]);
        }
    }

    @Test
    void theOlderPartKeepsTheSamePointsFromOneStepToTheNext() {
        // given a run of 5,000 steps, and the path picked from it
        TraceHistory h = steps(5_000);
        long[] before = stepsOf(h, PathClip.pick(h, 512));

        // when one more step is taken
        h.append(5_000, 50_000, 5_000, -5_000, Double.NaN, 1);
        long[] after = stepsOf(h, PathClip.pick(h, 512));

        // then the older part (all but the newest 256) is the same points, and only the newest moved on
        long[] olderBefore = Arrays.copyOf(before, before.length - 256);
        long[] olderAfter = Arrays.stream(after).filter(s -> s <= olderBefore[olderBefore.length - 1]).toArray();
        assertThat(olderAfter).containsExactly(olderBefore);
        assertThat(after[after.length - 1]).isEqualTo(5_000);
    }
}
