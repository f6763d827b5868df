package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;

/**
 * A branch's recipe as one replay from the start (what CSV export writes for every branch): the
 * changes of η and m of the branches on its way, each up to where the next forks off it, reach
 * exactly the branch's head. A fork off a fork, one just before a change of its parent, and the
 * first branch are each checked against the engine's own head of that branch.
 */
class BranchReplayPlanTest {
    private static final TrainingSetup SETUP = TestData.single(TestData.noisyLine(23), 0.01, 4);

    @Test
    void eachBranchsPlanReplaysToItsHeadBitForBit() throws Exception {
        try (EngineHarness h = new EngineHarness(SETUP)) {
            // given: 700 steps with η and m changed at 300 and 650; a fork at 640 with new η and m,
            // 100 steps; off that one, a fork at 320 (after the first change), 50 steps with η = 0.04;
            // and an explicit fork at 649, just before the change at 650, 20 steps
            StepBackTest.stepsWithTwoChanges(h, 700);
            h.engine().goTo(640);
            h.await("step 640", s -> s.primary().step() == 640);
            h.engine().setHyperparameters(new Hyperparameters(0.03, 5));
            for (int k = 0; k < 100; k++) {
                h.stepMiniBatch();
            }
            h.engine().goTo(320);
            h.await("step 320", s -> s.primary().step() == 320);
            h.engine().setHyperparameters(new Hyperparameters(0.04, 5));
            for (int k = 0; k < 50; k++) {
                h.stepMiniBatch();
            }
            h.engine().switchBranch(0);
            h.await("the first branch", s -> s.currentBranch().id() == 0 && s.primary().step() == 700);
            h.engine().goTo(649);
            h.await("step 649", s -> s.primary().step() == 649);
            h.engine().fork();
            h.await("the fork", s -> s.branches().size() == 4);
            EngineSnapshot last = null;
            for (int k = 0; k < 20; k++) {
                last = h.stepMiniBatch();
            }
            List<BranchPlan> tree = last.branchPlans();
            assertThat(tree).hasSize(4);

            for (int b = 0; b < tree.size(); b++) {
                // when: the branch's plan replayed from the start
                ReplayPlan plan = BranchPlan.replayPlan(tree, b, 0, new Hyperparameters(0.01, 4));
                Replay replay = new Replay(SETUP.data(), SETUP.model(), SETUP.start(), SETUP.seed(),
                        SETUP.optimizer(), plan);
                while (replay.hasNext()) {
                    replay.step();
                }

                // then: the engine's own head of that branch
                int id = last.branches().get(b).id();
                long head = last.branches().get(b).head();
                h.engine().switchBranch(id);
                EngineSnapshot at = h.await("branch " + id, s -> s.currentBranch().id() == id && s.primary().step() == head);
                assertThat(plan.steps()).isEqualTo(head);
                assertThat(replay.run().point()).as("branch %s", tree.get(b).name()).isEqualTo(at.primary().point());
                assertThat(replay.run().nextBatch()).containsExactly(at.nextBatch());
            }
        }
    }
}
