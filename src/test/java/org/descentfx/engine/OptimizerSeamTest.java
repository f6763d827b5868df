package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.BatchGradient;
import org.descentfx.core.train.Optimizer;
import org.descentfx.core.train.OptimizerChoice;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.core.train.OptimizerState;
import org.descentfx.core.train.Point;
import org.junit.jupiter.api.Test;

/**
 * The optimizer a setup carries is the one every run follows, its state is in every snapshot, and
 * the step arrow is the optimizer's own next move: a rule unknown to the engine works unchanged.
 */
class OptimizerSeamTest {

    /** A made-up rule: moves by a fixed (0.5, −0.25) per step and counts its steps; its peeks are logged. */
    static final class Counting implements Optimizer {
        final List<double[]> peeked = new ArrayList<>();
        long steps;

        @Override
        public void update(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch) {
            params[0] += 0.5;
            params[1] -= 0.25;
            steps++;
        }

        @Override
        public void peek(double[] params, double[] gradientSum, int m, double learningRate, BatchGradient batch,
                         double[] move) {
            move[0] = 0.5;
            move[1] = -0.25;
            peeked.add(params.clone());
        }

        @Override
        public void reset() {
            steps = 0;
        }

        @Override
        public OptimizerState state() {
            return new OptimizerState(steps, new Point(steps, 0), Point.ORIGIN);
        }

        @Override
        public void restore(OptimizerState state) {
            steps = state.steps();
        }
    }

    static final OptimizerChoice COUNTING = new OptimizerChoice() {
        @Override
        public String id() {
            return "counting";
        }

        @Override
        public java.util.Map<String, Double> constants() {
            return java.util.Map.of();
        }

        @Override
        public Optimizer create() {
            return new Counting();
        }
    };

    @Test
    void everyRunFollowsTheSetupsOptimizerAndShowsItsState() throws Exception {
        // given
        Dataset data = TestData.noisyLine(20);
        TrainingSetup setup = TestData.setup(data, LinearNeuron.INSTANCE, 0.01, 5, RunSpec.lineup(true, true))
                .withOptimizer(COUNTING);
        try (EngineHarness h = new EngineHarness(setup)) {
            // when
            h.stepMiniBatch();
            EngineSnapshot s = h.stepMiniBatch();

            // then: each run moved by the rule's own steps, not by −(η/m)∇C_X (m = 5 twice, full batch
            // once, stochastic as many examples as m = 5)
            assertThat(s.runs()).extracting(org.descentfx.core.train.Snapshot::step).containsExactly(2L, 1L, 10L);
            for (int i = 0; i < 3; i++) {
                long k = s.runs().get(i).step();
                assertThat(s.runs().get(i).point()).isEqualTo(new Point(TestData.START.w() + 0.5 * k,
                        TestData.START.b() - 0.25 * k));
                assertThat(s.runs().get(i).optimizer().steps()).isEqualTo(k);
                assertThat(s.nextSteps().get(i)).isEqualTo(new Point(0.5, -0.25));
            }
            assertThat(s.setup().optimizer()).isSameAs(COUNTING);
        }
    }

    @Test
    void theDefaultIsPlainSgdWithNothingCarried() throws Exception {
        // given
        TrainingSetup setup = TestData.setup(TestData.noisyLine(20), LinearNeuron.INSTANCE, 0.01, 5,
                List.of(RunSpec.single()));
        try (EngineHarness h = new EngineHarness(setup)) {
            // when
            EngineSnapshot s = h.stepMiniBatch();

            // then
            assertThat(setup.optimizer()).isSameAs(UpdateRule.SGD);
            assertThat(s.primary().optimizer()).isEqualTo(OptimizerState.NONE);
        }
    }

    @Test
    void aReplayFollowsTheOptimizerItIsGiven() {
        // given
        Dataset data = TestData.noisyLine(20);
        ReplayPlan plan = new ReplayPlan(new org.descentfx.core.train.Hyperparameters(0.01, 5), List.of(), 3);
        Replay replay = new Replay(data, LinearNeuron.INSTANCE, TestData.START, TestData.SEED, COUNTING, plan);

        // when
        while (replay.hasNext()) {
            replay.step();
        }

        // then
        assertThat(replay.run().point()).isEqualTo(new Point(TestData.START.w() + 1.5, TestData.START.b() - 0.75));
        assertThat(replay.run().optimizerState().steps()).isEqualTo(3);
        assertThat(replay.run().optimizer()).isSameAs(COUNTING);
    }
}
