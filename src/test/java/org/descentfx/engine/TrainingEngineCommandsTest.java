package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingEngineCommandsTest {
    private static final int N = 100;

    @Test
    void startsPausedAtTheStartPoint() throws Exception {
        // given / when
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            // then
            Snapshot s = h.latest().primary();
            assertThat(h.latest().playing()).isFalse();
            assertThat(s.step()).isZero();
            assertThat(s.examplesSeen()).isZero();
            assertThat(s.point()).isEqualTo(TestData.START);
        }
    }

    @Test
    void stepMiniBatchTakesExactlyOneStep() throws Exception {
        // given a paused engine with m = 10
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            // when it steps one mini-batch, three times
            Snapshot first = h.stepMiniBatch().primary();
            h.stepMiniBatch();
            Snapshot third = h.stepMiniBatch().primary();

            // then each added one step of m examples
            assertThat(first.step()).isEqualTo(1);
            assertThat(first.examplesSeen()).isEqualTo(10);
            assertThat(first.epoch()).isEqualTo(1);
            assertThat(third.step()).isEqualTo(3);
            assertThat(third.examplesSeen()).isEqualTo(30);
            assertThat(third.positionInEpoch()).isEqualTo(30);
            assertThat(h.latest().playing()).isFalse();
        }
    }

    @ParameterizedTest(name = "n = 100, m = {0}: {1} steps")
    @CsvSource({"10, 10", "100, 1", "1, 100", "30, 4", "250, 1"})
    void stepEpochTakesCeilOfNOverMSteps(int m, int steps) throws Exception {
        // given a paused engine at the start
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, m))) {
            // when it steps one epoch
            Snapshot s = h.stepEpoch().primary();

            // then it took ceil(n/m) mini-batches and saw every example once
            assertThat(s.step()).isEqualTo(steps);
            assertThat(s.epoch()).isEqualTo(1);
            assertThat(s.examplesSeen()).isEqualTo(N);
            assertThat(s.positionInEpoch()).isZero();
        }
    }

    @Test
    void stepEpochFinishesTheCurrentEpochOnly() throws Exception {
        // given m = 30 and one mini-batch already taken (position 30 of 100)
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 30))) {
            h.stepMiniBatch();

            // when it steps one epoch
            Snapshot s = h.stepEpoch().primary();

            // then it took the rest: 30 + 30 + 10 examples, and stopped at the epoch's end
            assertThat(s.step()).isEqualTo(4);
            assertThat(s.examplesSeen()).isEqualTo(N);
            assertThat(s.epoch()).isEqualTo(1);
        }
    }

    @Test
    void resetReturnsToStepZeroAtTheStartInANewGeneration() throws Exception {
        // given an engine that has taken an epoch and a half
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            h.stepEpoch();
            for (int i = 0; i < 5; i++) {
                h.stepMiniBatch();
            }
            long generation = h.latest().generation();
            assertThat(h.latest().primary().point()).isNotEqualTo(TestData.START);

            // when it is reset
            h.engine().reset();
            EngineSnapshot after = h.await("a new generation", s -> s.generation() > generation);

            // then it is back at step 0 on the start point, paused
            Snapshot s = after.primary();
            assertThat(s.step()).isZero();
            assertThat(s.epoch()).isZero();
            assertThat(s.examplesSeen()).isZero();
            assertThat(s.point()).isEqualTo(TestData.START);
            assertThat(after.playing()).isFalse();
        }
    }

    @Test
    void resetWhilePlayingPausesAtTheStart() throws Exception {
        // given a playing engine
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            h.engine().setSpeed(Double.POSITIVE_INFINITY);
            h.engine().play();
            EngineSnapshot playing = h.await("a few steps", s -> s.playing() && s.primary().step() > 100);

            // when it is reset
            h.engine().reset();
            EngineSnapshot after = h.await("a new generation", s -> s.generation() > playing.generation());

            // then it stands still at the start
            assertThat(after.playing()).isFalse();
            assertThat(after.primary().step()).isZero();
            assertThat(after.primary().point()).isEqualTo(TestData.START);
        }
    }

    @Test
    void playStepsOnItsOwnAndPauseStopsIt() throws Exception {
        // given a paused engine
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            h.engine().setSpeed(Double.POSITIVE_INFINITY);

            // when it plays, then the steps grow
            h.engine().play();
            h.await("500 steps while playing", s -> s.playing() && s.primary().step() >= 500);

            // when it is paused
            h.engine().pause();
            long stopped = h.await("paused", s -> !s.playing()).primary().step();

            // then no step follows, in the snapshots or in the trace
            h.drainTrace();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
            assertThat(h.latest().primary().step()).isEqualTo(stopped);
            assertThat(h.drainTrace()).isEmpty();
            // and the next explicit step is the one right after
            assertThat(h.stepMiniBatch().primary().step()).isEqualTo(stopped + 1);
        }
    }

    @Test
    void setStartMovesTheStartAndRestartsThere() throws Exception {
        // given an engine that has taken a few steps
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            h.stepMiniBatch();
            h.stepMiniBatch();
            long generation = h.latest().generation();
            Point start = new Point(3, -4);

            // when the start moves
            h.engine().setStart(start);
            EngineSnapshot moved = h.await("a new generation", s -> s.generation() > generation);

            // then the run stands at step 0 on the new start
            assertThat(moved.setup().start()).isEqualTo(start);
            assertThat(moved.primary().step()).isZero();
            assertThat(moved.primary().point()).isEqualTo(start);
            // and a reset after more steps comes back to it
            h.stepMiniBatch();
            h.engine().reset();
            EngineSnapshot reset = h.await("reset", s -> s.generation() > moved.generation());
            assertThat(reset.primary().point()).isEqualTo(start);
        }
    }

    @Test
    void ignoresANonFiniteStartAndKeepsWorking() throws Exception {
        // given a paused engine
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            h.stepMiniBatch();

            PrintStream originalErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            EngineSnapshot s;
            try {
                // when it is asked to start from a point that is not finite
                h.engine().setStart(new Point(Double.NaN, 0));
                h.engine().stepMiniBatch();
                s = h.await("step 2", x -> x.primary().step() == 2);
            } finally {
                System.setErr(originalErr);
            }

            // then the command is ignored with a message: the thread lives, the old start stays, stepping goes on
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("command ignored", "must be finite");
            assertThat(h.engine().isAlive()).isTrue();
            assertThat(s.setup().start()).isEqualTo(TestData.START);
            assertThat(s.primary().point().isFinite()).isTrue();
        }
    }

    @Test
    void putsTheStartPointInTheTraceBeforeAnyCommand() throws Exception {
        // given a new engine nobody has touched
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            TraceHistory history = new TraceHistory();

            // when the consumer drains the trace
            Await.awaitUntil(() -> {
                h.engine().drainTrace(history::append);
                return history.size() > 0;
            }, "the start point in the trace");

            // then the path begins at step 0 on the start point, with its cost
            assertThat(history.size()).isEqualTo(1);
            assertThat(history.step(0)).isZero();
            assertThat(history.w(0)).isEqualTo(TestData.START.w());
            assertThat(history.b(0)).isEqualTo(TestData.START.b());
            assertThat(history.cost(0)).isEqualTo(h.latest().primary().cost());
        }
    }

    @Test
    void tracesEveryStepOfEveryCommandInOrder() throws Exception {
        // given a paused engine
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            // when it steps a mini-batch, an epoch, and another mini-batch
            h.stepMiniBatch();
            h.stepEpoch();
            EngineSnapshot last = h.stepMiniBatch();

            // then the trace holds steps 0..11 once each, the last one where the snapshot is
            TraceHistory history = new TraceHistory(64, 64);
            List<TraceChunk> chunks = h.drainTrace();
            chunks.forEach(history::append);
            assertThat(chunks).allSatisfy(c -> assertThat(c.generation()).isEqualTo(last.generation()));
            assertThat(history.size()).isEqualTo(12);
            for (int i = 0; i < 12; i++) {
                assertThat(history.step(i)).isEqualTo(i);
            }
            assertThat(history.examplesSeen(11)).isEqualTo(110);
            assertThat(history.w(11)).isEqualTo(last.primary().point().w());
            assertThat(history.b(11)).isEqualTo(last.primary().point().b());
        }
    }
}
