package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.train.Checkpoint;
import org.descentfx.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;

/**
 * A restore puts runs at their saved states at once, whatever their step counts, and replays their
 * paths in time slices: bounded memory, progress in every snapshot, cancellable, and a close ends the
 * thread within one slice. Every replayed point is the one the original run computed.
 */
class RestoreTest {
    private static final Dataset DATA = TestData.noisyLine(30);
    private static final TrainingSetup SETUP = TestData.single(DATA, 0.01, 4);

    /** A run's state after some real steps, its counts moved on as if it had taken {@code steps}. */
    private static Checkpoint farAlong(long steps) throws Exception {
        try (EngineHarness h = new EngineHarness(SETUP)) {
            h.stepMiniBatch();
            h.stepMiniBatch();
            Checkpoint c = h.latest().checkpoints().get(0);
            return new Checkpoint(steps, steps / 8, c.position(), steps * 4, c.point(), c.used(), c.next(),
                    c.generator(), c.order(), c.shufflesOwed(), c.lastFrom(), c.lastTo(), c.lastBatchOfEndedEpoch(),
                    c.lastBatchCost(), c.state(), c.divergedAtStep(), c.optimizer());
        }
    }

    @Test
    void aBillionStepSessionIsAtItsSavedStateInTheFirstSnapshot() throws Exception {
        // given
        Checkpoint saved = farAlong(1_000_000_000L);
        ReplayPlan plan = new ReplayPlan(SETUP.hyperparameters(), List.of(), saved.step(), saved);
        AtomicReference<EngineSnapshot> first = new AtomicReference<>();
        try (EngineHarness h = new EngineHarness(SETUP.withSeed(1), s -> {
            if (s.restore() != null) {
                first.compareAndSet(null, s);
            }
        })) {
            // when
            h.engine().restore(SETUP, List.of(plan));
            h.await("the restored state", s -> s.restore() != null);

            // then: there, with next to none of the billion steps replayed
            EngineSnapshot s = first.get();
            assertThat(s.primary().step()).isEqualTo(1_000_000_000L);
            assertThat(s.primary().point()).isEqualTo(saved.point());
            assertThat(s.checkpoints().get(0)).usingRecursiveComparison().isEqualTo(saved);
            assertThat(s.restore().total()).isEqualTo(1_000_000_000L);
            assertThat(s.restore().done()).isLessThan(10_000_000L);
            assertThat(s.restore().catchingUp()).isFalse();

            // and the run goes on from there while the path is drawn
            EngineSnapshot next = h.stepMiniBatch();
            assertThat(next.primary().step()).isEqualTo(1_000_000_001L);
            assertThat(next.restore().finished()).isFalse();
        }
    }

    @Test
    void aRunReplayedToItsStepKeepsMemoryBoundedAndTakesNoOtherStep() throws Exception {
        // given: a run without a saved state, ten billion steps to replay
        ReplayPlan plan = new ReplayPlan(SETUP.hyperparameters(), List.of(), 10_000_000_000L);
        try (EngineHarness h = new EngineHarness(SETUP)) {
            h.engine().restore(SETUP, List.of(plan));
            EngineSnapshot under = h.await("two million steps replayed",
                    s -> s.restore() != null && s.restore().done() > 2_000_000);

            // when: a step is asked for
            h.engine().stepMiniBatch();
            h.engine().play();
            EngineSnapshot later = h.await("more replayed", s -> s.restore().done() > under.restore().done() + 100_000);

            // then: nothing but the replay moved the run, and no point of it went into the queue
            assertThat(later.catchingUp()).isTrue();
            assertThat(later.primary().step()).isEqualTo(later.restore().done());
            assertThat(h.engine().queuedPoints()).isLessThan(1_000);

            // and when: stopped, the run stays where the replay got to, and steps on from there
            h.engine().cancelRestore();
            EngineSnapshot stopped = h.await("cancelled", s -> s.restore().cancelled());
            h.engine().pause();
            EngineSnapshot paused = h.await("paused", s -> !s.playing());
            assertThat(stopped.catchingUp()).isFalse();
            assertThat(stopped.restore().paths().get(0).step(stopped.restore().paths().get(0).size() - 1))
                    .as("the path drawn so far ends where the run is").isEqualTo(stopped.restore().done());
            long at = paused.primary().step();
            assertThat(h.stepMiniBatch().primary().step()).isEqualTo(at + 1);
        }
    }

    @Test
    void closingDuringARestoreEndsTheThreadWithinOneSlice() throws Exception {
        ReplayPlan plan = new ReplayPlan(SETUP.hyperparameters(), List.of(), 10_000_000_000L);
        EngineHarness h = new EngineHarness(SETUP);
        h.engine().restore(SETUP, List.of(plan));
        h.await("replaying", s -> s.restore() != null && s.restore().done() > 100_000);

        h.engine().close();

        // a generous bound for a loaded machine; without slices this waited for all ten billion steps
        assertThat(h.engine().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(h.latest().restore().done()).isLessThan(10_000_000_000L);
    }

    @Test
    void theDrawnPathAndTheStepsAfterARestoreAreThoseOfTheUninterruptedRun() throws Exception {
        // given: an uninterrupted run of 3 epochs and 40 steps, η and m changed on the way
        TraceHistory uninterrupted = new TraceHistory();
        EngineSnapshot saved;
        TraceHistory savedHistory = new TraceHistory();
        try (EngineHarness h = new EngineHarness(SETUP)) {
            h.stepEpoch();
            h.engine().setHyperparameters(new Hyperparameters(0.02, 7));
            h.stepEpoch();
            h.stepEpoch();
            h.engine().setHyperparameters(new Hyperparameters(0.005, 3));
            saved = h.stepMiniBatch();
            h.drainTrace().forEach(savedHistory::append);
            uninterrupted = savedHistory.copy();
            for (int k = 0; k < 40; k++) {
                h.stepMiniBatch();
            }
            h.drainTrace().forEach(uninterrupted::append);
        }
        long steps = saved.primary().step();
        ReplayPlan plan = new ReplayPlan(savedHistory.initialHyperparameters(), savedHistory.changes(), steps,
                saved.checkpoints().get(0));

        // when: restored on a fresh engine, then 40 steps on
        List<TraceHistory> paths;
        try (EngineHarness h = new EngineHarness(SETUP.withSeed(3))) {
            h.engine().restore(SETUP.withHyperparameters(new Hyperparameters(0.005, 3)), List.of(plan));
            h.await("restored", s -> s.restore() != null);
            for (int k = 0; k < 40; k++) {
                h.stepMiniBatch();
            }
            paths = h.restoredPaths();
        }

        // then: every point the same double
        TraceHistory restored = paths.get(0);
        assertThat(restored.size()).isEqualTo(uninterrupted.size());
        for (int k = 0; k < uninterrupted.size(); k++) {
            assertThat(restored.step(k)).isEqualTo(uninterrupted.step(k));
            assertThat(restored.w(k)).as("w at step %d", k).isEqualTo(uninterrupted.w(k));
            assertThat(restored.b(k)).as("b at step %d", k).isEqualTo(uninterrupted.b(k));
        }
        assertThat(restored.changes()).isEqualTo(uninterrupted.changes());
    }
}
