package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.descentfx.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceHistoryTest {

    /** Appends steps 0..count-1 with values that can be told apart. */
    private static void appendSteps(TraceHistory history, long from, long count) {
        for (long s = from; s < from + count; s++) {
            history.append(s, 10 * s, s + 0.25, -s, s / 2.0, s / 4.0);
        }
    }

    private static int thinnedSize(TraceHistory history) {
        return history.size() - history.exactSize();
    }

    @Test
    void keepsEveryPointWhileTheExactPartHasRoom() {
        // given a history with room for 100 exact points
        TraceHistory history = new TraceHistory(100, 10);

        // when 100 points are appended
        appendSteps(history, 0, 100);

        // then all are there, exactly, in order
        assertThat(history.size()).isEqualTo(100);
        assertThat(history.exactSize()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(history.step(i)).isEqualTo(i);
            assertThat(history.examplesSeen(i)).isEqualTo(10L * i);
            assertThat(history.w(i)).isEqualTo(i + 0.25);
            assertThat(history.b(i)).isEqualTo(-i);
            assertThat(history.batchCost(i)).isEqualTo(i / 2.0);
            assertThat(history.cost(i)).isEqualTo(i / 4.0);
        }
    }

    @ParameterizedTest(name = "exact {0}, thinned {1}, {2} points")
    @CsvSource({"2, 2, 1000", "100, 10, 12345", "64, 3, 5000", "4096, 4096, 100000"})
    void theNewestPointsAreAlwaysExact(int exact, int thinned, long count) {
        // given a history
        TraceHistory history = new TraceHistory(exact, thinned);

        // when far more points than it holds are appended, checking after each one
        for (long s = 0; s < count; s++) {
            history.append(s, 10 * s, s + 0.25, -s, s / 2.0, s / 4.0);
            // then the newest point is always the last one held
            assertThat(history.step(history.size() - 1)).isEqualTo(s);
        }

        // then the last `exact` points are all there, with their values
        assertThat(history.exactSize()).isEqualTo(exact);
        int first = thinnedSize(history);
        for (int i = 0; i < exact; i++) {
            long step = count - exact + i;
            assertThat(history.step(first + i)).isEqualTo(step);
            assertThat(history.w(first + i)).isEqualTo(step + 0.25);
            assertThat(history.cost(first + i)).isEqualTo(step / 4.0);
        }
        assertThat(history.appended()).isEqualTo(count);
    }

    @ParameterizedTest(name = "exact {0}, thinned {1}, {2} points")
    @CsvSource({"2, 2, 1000", "100, 10, 12345", "64, 3, 5000", "1000, 500, 1000000"})
    void thinsOlderPointsToAnEvenStrideInStepOrder(int exact, int thinned, long count) {
        // given a history filled far beyond its exact part
        TraceHistory history = new TraceHistory(exact, thinned);
        appendSteps(history, 0, count);

        // then the thinned points start at step 0 and are evenly strided
        int k = thinnedSize(history);
        assertThat(k).isBetween(2, thinned);
        long stride = history.step(1) - history.step(0);
        assertThat(history.step(0)).isZero();
        assertThat(stride).isPositive();
        assertThat(Long.bitCount(stride)).as("the stride doubles: a power of two").isEqualTo(1);
        for (int i = 1; i < k; i++) {
            assertThat(history.step(i) - history.step(i - 1)).isEqualTo(stride);
            assertThat(history.w(i)).isEqualTo(history.step(i) + 0.25);
        }
        // and they come before the exact part, still in step order
        assertThat(history.step(k - 1)).isLessThan(history.step(k));
        assertThat(history.step(k) - history.step(k - 1)).isLessThanOrEqualTo(stride);
    }

    @ParameterizedTest(name = "exact {0}, thinned {1}, up to {2} points a chunk, {3} chunks a call")
    @CsvSource({"2, 2, 5, 3", "100, 10, 300, 4", "64, 3, 64, 1", "50, 8, 1000, 7", "4096, 4096, 4096, 30"})
    void appendingChunksAtOnceKeepsWhatAppendingPointByPointKeeps(int exact, int thinned, int chunkSize, int perCall) {
        // given two equal histories, and chunks of random sizes (some empty) holding consecutive steps
        TraceHistory byPoint = new TraceHistory(exact, thinned);
        TraceHistory atOnce = new TraceHistory(exact, thinned);
        Random random = new Random(7);
        long step = 0;

        for (int call = 0; call < 60; call++) {
            List<TraceChunk> chunks = new ArrayList<>();
            for (int c = random.nextInt(perCall + 1); c > 0; c--) {
                TraceChunk chunk = new TraceChunk(1, 0);
                for (int i = random.nextInt(Math.min(chunkSize, TraceChunk.CAPACITY) + 1); i > 0; i--, step++) {
                    chunk.add(step, 10 * step, step + 0.25, -step, step / 2.0, step / 4.0);
                }
                chunks.add(chunk);
            }

            // when one takes the points one by one and the other the chunks in one call
            for (TraceChunk chunk : chunks) {
                for (int i = 0; i < chunk.size(); i++) {
                    byPoint.append(chunk.step(i), chunk.examplesSeen(i), chunk.w(i), chunk.b(i), chunk.batchCost(i), chunk.cost(i));
                }
            }
            atOnce.append(chunks);

            // then they hold the same points, exact and thinned
            assertThat(atOnce.appended()).isEqualTo(byPoint.appended());
            assertThat(atOnce.exactSize()).isEqualTo(byPoint.exactSize());
            assertThat(atOnce.size()).isEqualTo(byPoint.size());
            for (int i = 0; i < byPoint.size(); i++) {
                assertThat(atOnce.step(i)).isEqualTo(byPoint.step(i));
                assertThat(atOnce.examplesSeen(i)).isEqualTo(byPoint.examplesSeen(i));
                assertThat(atOnce.w(i)).isEqualTo(byPoint.w(i));
                assertThat(atOnce.b(i)).isEqualTo(byPoint.b(i));
                assertThat(atOnce.batchCost(i)).isEqualTo(byPoint.batchCost(i));
                assertThat(atOnce.cost(i)).isEqualTo(byPoint.cost(i));
            }
        }
        assertThat(step).as("the test reached the thinned part").isGreaterThan(2L * (exact + thinned));
    }

    @Test
    void memoryStaysBoundedOverTenMillionPoints() {
        // given a history of 4096 exact and 4096 thinned points
        TraceHistory history = new TraceHistory(4096, 4096);

        // when ten million points are appended
        appendSteps(history, 0, 10_000_000);

        // then it holds no more than both parts, still spanning the run
        assertThat(history.size()).isLessThanOrEqualTo(4096 + 4096);
        assertThat(history.appended()).isEqualTo(10_000_000);
        assertThat(history.step(0)).isZero();
        assertThat(history.step(history.size() - 1)).isEqualTo(9_999_999);
    }

    @Test
    void clearEmptiesItAndStartsAfresh() {
        // given a history thinned by a long run, with a recorded change
        TraceHistory history = new TraceHistory(10, 10);
        appendSteps(history, 0, 10_000);
        TraceChunk chunk = new TraceChunk(1, 0);
        chunk.addChange(new TraceChunk.Change(5, 50, new Hyperparameters(0.1, 10)));
        history.append(chunk);

        // when it is cleared
        history.clear();

        // then it is empty
        assertThat(history.size()).isZero();
        assertThat(history.exactSize()).isZero();
        assertThat(history.appended()).isZero();
        assertThat(history.changes()).isEmpty();
        assertThatThrownBy(() -> history.step(0)).isInstanceOf(IndexOutOfBoundsException.class);

        // and a new run fills it from scratch, thinned from stride 1 again
        appendSteps(history, 0, 12);
        assertThat(history.size()).isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            assertThat(history.step(i)).isEqualTo(i);
        }
    }

    @Test
    void appendsTheWholeChunkWithItsChanges() {
        // given a chunk of three points and one change
        TraceChunk chunk = new TraceChunk(1, 0);
        chunk.add(0, 0, 1, 2, Double.NaN, 9);
        chunk.add(1, 10, 1.5, 2.5, 8, 7);
        chunk.add(2, 20, 2, 3, 6, 5);
        TraceChunk.Change change = new TraceChunk.Change(2, 10, new Hyperparameters(0.1, 10));
        chunk.addChange(change);
        TraceHistory history = new TraceHistory();

        // when it is appended
        history.append(chunk);

        // then the history holds its points and its change
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.step(2)).isEqualTo(2);
        assertThat(history.examplesSeen(1)).isEqualTo(10);
        assertThat(history.batchCost(0)).isNaN();
        assertThat(history.cost(2)).isEqualTo(5);
        assertThat(history.changes()).containsExactly(change);
    }

    @Test
    void refusesIndicesOutsideWhatItHolds() {
        // given a history of three points
        TraceHistory history = new TraceHistory(4, 4);
        appendSteps(history, 0, 3);

        // then reading outside them fails loudly
        assertThatThrownBy(() -> history.w(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> history.w(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refusesCapacitiesBelowTwo() {
        assertThatThrownBy(() -> new TraceHistory(1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TraceHistory(10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStepBackCutsTheMapsPathWhereTheRunWentBackTo() {
        // given: ten points and the path for a scale
        TraceHistory history = new TraceHistory();
        TraceChunk chunk = new TraceChunk(1, 0, 64);
        for (int k = 0; k < 10; k++) {
            chunk.add(k, k, 0.1 * k, -0.05 * k * k, Double.NaN, Double.NaN);
        }
        history.append(chunk);
        PathScale scale = new PathScale(new org.descentfx.core.surface.Window(-1, 2, -5, 1), 800, 600);
        assertThat(history.pathFor(scale).appended()).isEqualTo(10);

        // when: the run goes back to step 6
        TraceChunk back = new TraceChunk(1, 0, 64);
        back.setRewoundTo(6);
        back.add(6, 6, 0.6, -1.8, Double.NaN, Double.NaN);
        history.append(back);

        // then: the path is that of steps 0..6, not the old one with step 6 drawn again after it
        GeometricPath path = history.pathFor(scale);
        assertThat(path.appended()).isEqualTo(7);
        assertThat(path.w(path.size() - 1)).isEqualTo(0.6);
    }
}
