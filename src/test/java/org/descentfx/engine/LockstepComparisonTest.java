package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.engine.RunSpec.BatchRule.CONTROLS;
import static org.descentfx.engine.RunSpec.BatchRule.FULL_BATCH;
import static org.descentfx.engine.RunSpec.BatchRule.STOCHASTIC;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Snapshot;
import org.junit.jupiter.api.Test;

class LockstepComparisonTest {
    private static final int N = 100;
    private static final int M = 10;

    private static TrainingSetup comparison(RunSpec.BatchRule... rules) {
        List<RunSpec> runs = new ArrayList<>();
        for (RunSpec.BatchRule rule : rules) {
            runs.add(TestData.run(rule));
        }
        return TestData.setup(TestData.noisyLine(N), LinearNeuron.INSTANCE, 0.01, M, runs);
    }

    private static long spread(EngineSnapshot s) {
        long min = s.runs().stream().mapToLong(Snapshot::examplesSeen).min().orElseThrow();
        long max = s.runs().stream().mapToLong(Snapshot::examplesSeen).max().orElseThrow();
        return max - min;
    }

    @Test
    void stepEpochAdvancesEveryRunByOneEpoch() throws Exception {
        // given full-batch, m = 10 and stochastic runs on n = 100
        try (EngineHarness h = new EngineHarness(comparison(FULL_BATCH, CONTROLS, STOCHASTIC))) {
            // when the engine steps one epoch
            EngineSnapshot s = h.stepEpoch();

            // then each run finished exactly one epoch in n/m steps
            assertThat(s.runs()).extracting(Snapshot::step).containsExactly(1L, 10L, 100L);
            assertThat(s.runs()).extracting(Snapshot::epoch).containsOnly(1L);
            assertThat(s.runs()).extracting(Snapshot::examplesSeen).containsOnly((long) N);
            assertThat(s.runs()).extracting(r -> r.hyperparameters().miniBatchSize()).containsExactly(N, M, 1);
        }
    }

    @Test
    void stepMiniBatchKeepsTheFairAxisOfPlay() throws Exception {
        // given the window's three runs at the start: m = 10 first (it sets the pace), full batch, stochastic
        try (EngineHarness h = new EngineHarness(comparison(CONTROLS, FULL_BATCH, STOCHASTIC))) {
            // when → is pressed five times
            EngineSnapshot s = null;
            for (int press = 0; press < 5; press++) {
                s = h.stepMiniBatch();
            }

            // then the first run took five steps and the others kept up by examples seen, as when playing:
            // full batch one step (it has seen all n), stochastic as many examples as the first run
            assertThat(s.runs()).extracting(Snapshot::step).containsExactly(5L, 1L, 50L);
            assertThat(s.runs()).extracting(Snapshot::examplesSeen).containsExactly(50L, (long) N, 50L);

            // and five more presses bring all three to one epoch: 10, 1 and 100 steps
            for (int press = 0; press < 5; press++) {
                s = h.stepMiniBatch();
            }
            assertThat(s.runs()).extracting(Snapshot::step).containsExactly(10L, 1L, 100L);
            assertThat(s.runs()).extracting(Snapshot::examplesSeen).containsOnly((long) N);
        }
    }

    @Test
    void stepBackIsTheInverseOfStepOnTheFairAxis() throws Exception {
        // given the window's three runs after five presses of →, each state of the way kept
        try (EngineHarness h = new EngineHarness(comparison(CONTROLS, FULL_BATCH, STOCHASTIC))) {
            List<EngineSnapshot> states = new ArrayList<>();
            states.add(h.latest());
            for (int press = 0; press < 5; press++) {
                states.add(h.stepMiniBatch());
            }

            // when ← is pressed, each press takes the comparison back to the state of the press before
            for (int press = 4; press >= 0; press--) {
                long target = press;
                h.engine().stepBack();
                EngineSnapshot s = h.await("back at step " + press, x -> x.primary().step() == target);
                assertThat(s.runs()).as("after ← to press %d", press)
                        .extracting(Snapshot::step, Snapshot::examplesSeen, Snapshot::point)
                        .containsExactlyElementsOf(states.get(press).runs().stream()
                                .map(r -> org.assertj.core.groups.Tuple.tuple(r.step(), r.examplesSeen(), r.point()))
                                .toList());
            }

            // and → again replays the same presses
            for (int press = 1; press <= 5; press++) {
                assertThat(h.stepMiniBatch().runs()).extracting(Snapshot::point)
                        .containsExactlyElementsOf(states.get(press).runs().stream().map(Snapshot::point).toList());
            }
        }
    }

    @Test
    void stepEpochAfterStepsFinishesTheEpochUnderWayForEveryRun() throws Exception {
        // given the three runs after three presses of →: 30, 100 and 30 examples seen
        try (EngineHarness h = new EngineHarness(comparison(CONTROLS, FULL_BATCH, STOCHASTIC))) {
            for (int press = 0; press < 3; press++) {
                h.stepMiniBatch();
            }

            // when Shift+→ finishes the epoch under way
            EngineSnapshot s = h.stepEpoch();

            // then all three stand level at the end of epoch 1: the full batch, already there, waits
            assertThat(s.runs()).extracting(Snapshot::examplesSeen).containsOnly((long) N);
            assertThat(s.runs()).extracting(Snapshot::step).containsExactly(10L, 1L, 100L);

            // and the next Shift+→ takes every run through epoch 2
            s = h.stepEpoch();
            assertThat(s.runs()).extracting(Snapshot::examplesSeen).containsOnly(2L * N);
        }
    }

    @Test
    void playingKeepsExamplesSeenWithinOneLargestMiniBatch() throws Exception {
        // given the three runs, watched at every snapshot
        AtomicLong widest = new AtomicLong();
        try (EngineHarness h = new EngineHarness(comparison(FULL_BATCH, CONTROLS, STOCHASTIC),
                s -> widest.accumulateAndGet(spread(s), Math::max))) {
            h.engine().setSpeed(Double.POSITIVE_INFINITY);

            // when they play as fast as they can for 50 epochs' worth of examples, then pause
            EngineSnapshot paused = h.playUntil("50 epochs",
                    s -> s.runs().stream().allMatch(r -> r.examplesSeen() >= 50L * N));

            // then no run was ever more than one largest mini-batch (m = n) ahead of another
            assertThat(paused.runs()).allSatisfy(r -> assertThat(r.step()).isPositive());
            assertThat(spread(paused)).isLessThanOrEqualTo(N);
            assertThat(widest.get()).isLessThanOrEqualTo(N);
        }
    }

    @Test
    void allRunsShareTheStartAndTheLearningRate() throws Exception {
        // given the three runs
        try (EngineHarness h = new EngineHarness(comparison(FULL_BATCH, CONTROLS, STOCHASTIC))) {
            // then at the start they stand on one point with one η
            EngineSnapshot start = h.latest();
            assertThat(start.runs()).extracting(Snapshot::point).containsOnly(TestData.START);
            assertThat(start.runs()).extracting(r -> r.hyperparameters().learningRate()).containsOnly(0.01);

            // when the controls change η and m, and each run steps once
            h.engine().setHyperparameters(new Hyperparameters(0.03, 25));
            EngineSnapshot s = h.stepMiniBatch();

            // then all took the new η; only the controlled run took the new m
            assertThat(s.runs()).extracting(r -> r.hyperparameters().learningRate()).containsOnly(0.03);
            assertThat(s.runs()).extracting(r -> r.hyperparameters().miniBatchSize()).containsExactly(N, 25, 1);
        }
    }

    @Test
    void everyMiniBatchRunVisitsTheExamplesInTheSameEpochOrder() throws Exception {
        // given the three runs, each one in turn the first (whose next mini-batch snapshots show)
        List<List<Integer>> orders = new ArrayList<>();
        for (RunSpec.BatchRule[] rules : new RunSpec.BatchRule[][] {
                {FULL_BATCH, CONTROLS, STOCHASTIC}, {CONTROLS, STOCHASTIC, FULL_BATCH}, {STOCHASTIC, FULL_BATCH, CONTROLS}}) {
            try (EngineHarness h = new EngineHarness(comparison(rules))) {
                // when it steps through two epochs, noting each next mini-batch
                List<Integer> order = new ArrayList<>();
                while (order.size() < 2 * N) {
                    for (int j : h.latest().nextBatch()) {
                        order.add(j);
                    }
                    h.stepMiniBatch();
                }
                orders.add(order);
            }
        }

        // then the mini-batch runs met the examples in one order: a shuffle of 0..n-1, a new one
        // each epoch; the full batch meets all of them every step, in file order (the order it sums in)
        assertThat(orders.get(2)).isEqualTo(orders.get(1));
        List<Integer> first = orders.get(1).subList(0, N);
        List<Integer> second = orders.get(1).subList(N, 2 * N);
        List<Integer> identity = IntStream.range(0, N).boxed().toList();
        assertThat(orders.get(0).subList(0, N)).isEqualTo(identity);
        assertThat(orders.get(0).subList(N, 2 * N)).isEqualTo(identity);
        assertThat(first).containsExactlyInAnyOrderElementsOf(identity).isNotEqualTo(identity);
        assertThat(second).containsExactlyInAnyOrderElementsOf(identity).isNotEqualTo(first);
    }

    @Test
    void runsWithTheSameMiniBatchSizeTakeIdenticalSteps() throws Exception {
        // given a controlled run with m = 1 beside the stochastic one
        TrainingSetup setup = TestData.setup(TestData.noisyLine(N), LinearNeuron.INSTANCE, 0.01, 1,
                List.of(TestData.run(CONTROLS), TestData.run(STOCHASTIC)));
        try (EngineHarness h = new EngineHarness(setup)) {
            h.engine().setSpeed(Double.POSITIVE_INFINITY);

            // when they play a few epochs
            h.playUntil("5 epochs", s -> s.runs().stream().allMatch(r -> r.examplesSeen() >= 5L * N));

            // then their paths agree point by point
            int steps = 5 * N;
            double[][] w = new double[2][steps];
            double[][] b = new double[2][steps];
            int[] seen = new int[2];
            h.engine().drainTrace(c -> {
                for (int i = 0; i < c.size(); i++) {
                    long step = c.step(i);
                    if (step < steps) {
                        assertThat(step).isEqualTo(seen[c.run()]);
                        w[c.run()][(int) step] = c.w(i);
                        b[c.run()][(int) step] = c.b(i);
                        seen[c.run()]++;
                    }
                }
            });
            assertThat(seen).containsOnly(steps);
            assertThat(w[1]).containsExactly(w[0]);
            assertThat(b[1]).containsExactly(b[0]);
        }
    }
}
