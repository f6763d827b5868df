package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.junit.jupiter.api.Test;

/**
 * Going on from the past forks: the old continuation stays a branch (its timeline and its ghost),
 * every branch's head is rebuilt exactly when switched to, and the steps after a fork are those of
 * a fresh run from that state with the new settings.
 */
class BranchTest {
    private static final TrainingSetup SETUP = TestData.single(TestData.noisyLine(23), 0.01, 4);

    private static List<EngineSnapshot> stepsWithTwoChanges(EngineHarness h) {
        return StepBackTest.stepsWithTwoChanges(h, 700);
    }

    private static Run freshFrom(EngineSnapshot s, Hyperparameters h) {
        Run run = new Run(SETUP.data(), SETUP.model(), SETUP.start(), h, SETUP.seed(), SETUP.optimizer());
        run.resume(s.checkpoints().get(0));
        run.setHyperparameters(h);
        return run;
    }

    @Test
    void aNewEtaAtAPastStepForksAndTheOldContinuationStaysWithItsGhost() throws Exception {
        try (EngineHarness h = new EngineHarness(SETUP)) {
            // given: 700 steps, scrubbed back to 640
            List<EngineSnapshot> states = stepsWithTwoChanges(h);
            h.engine().goTo(640);
            EngineSnapshot at640 = h.await("step 640", s -> s.primary().step() == 640);
            Run fresh = freshFrom(at640, new Hyperparameters(0.03, 5));

            // when: η and m changed there, 100 steps
            h.engine().setHyperparameters(new Hyperparameters(0.03, 5));
            EngineSnapshot last = null;
            for (int k = 0; k < 100; k++) {
                last = h.stepMiniBatch();
                fresh.stepMiniBatch();
            }

            // then: the new branch's steps are a fresh run's from that state; the old one is kept to 700
            assertThat(last.primary().point()).isEqualTo(fresh.point());
            assertThat(last.nextBatch()).containsExactly(fresh.nextBatch());
            assertThat(last.branches()).hasSize(2);
            Branch current = last.currentBranch();
            assertThat(current.forkStep()).isEqualTo(640);
            assertThat(current.name()).isEqualTo("η = 0.03, m = 5 from step 640");
            assertThat(current.head()).isEqualTo(740);
            Branch old = last.branches().stream().filter(b -> !b.current()).findFirst().orElseThrow();
            assertThat(old.head()).isEqualTo(700);
            GhostPath ghost = old.ghost();
            assertThat(ghost.steps()[0]).isEqualTo(640);
            assertThat(ghost.steps()[ghost.size() - 1]).isEqualTo(700);
            for (int i = 0; i < ghost.size(); i++) {
                int k = (int) ghost.steps()[i];
                assertThat(ghost.w()[i]).as("w at %d", k).isEqualTo(states.get(k).primary().point().w());
                assertThat(ghost.b()[i]).as("b at %d", k).isEqualTo(states.get(k).primary().point().b());
            }
            assertThat(h.engine().head()).isEqualTo(740);
        }
    }

    @Test
    void switchingRebuildsEachBranchsHeadBitForBit() throws Exception {
        try (EngineHarness h = new EngineHarness(SETUP)) {
            // given: a fork at 640 with new η and m, 100 steps on it
            List<EngineSnapshot> states = stepsWithTwoChanges(h);
            h.engine().goTo(640);
            h.await("step 640", s -> s.primary().step() == 640);
            h.engine().setHyperparameters(new Hyperparameters(0.03, 5));
            EngineSnapshot forkHead = null;
            for (int k = 0; k < 100; k++) {
                forkHead = h.stepMiniBatch();
            }
            int forkId = forkHead.currentBranch().id();

            // when: back to the first branch
            h.engine().switchBranch(0);
            EngineSnapshot back = h.await("the first branch", s -> s.currentBranch().id() == 0 && s.primary().step() == 700);

            // then: exactly the uninterrupted run's step 700, its η and m the controls'
            assertThat(back.primary()).isEqualTo(states.get(700).primary());
            assertThat(back.nextBatch()).containsExactly(states.get(700).nextBatch());
            assertThat(back.setup().hyperparameters()).isEqualTo(new Hyperparameters(0.005, 2));
            assertThat(back.branches().stream().filter(b -> b.id() == forkId).findFirst().orElseThrow().ghost().steps()[0])
                    .isEqualTo(640);

            // and a step goes on along it as the uninterrupted run would
            Run uninterrupted = freshFrom(states.get(700), new Hyperparameters(0.005, 2));
            uninterrupted.stepMiniBatch();
            assertThat(h.stepMiniBatch().primary().point()).isEqualTo(uninterrupted.point());

            // when / then: to the fork again, exactly its head
            h.engine().switchBranch(forkId);
            EngineSnapshot again = h.await("the fork", s -> s.currentBranch().id() == forkId && s.primary().step() == 740);
            assertThat(again.primary()).isEqualTo(forkHead.primary());
            assertThat(again.nextBatch()).containsExactly(forkHead.nextBatch());
            assertThat(again.setup().hyperparameters()).isEqualTo(new Hyperparameters(0.03, 5));
        }
    }

    @Test
    void aForkJustBeforeAChangeOfEtaKeepsTheEtaItsFirstStepUsedWhenSwitchedBackTo() throws Exception {
        try (EngineHarness h = new EngineHarness(SETUP)) {
            // given: η and m changed at step 650 (to the controls' values now), scrubbed back to 649,
            // where the kept step 650 gives them back; then an explicit fork there, 20 steps on it
            stepsWithTwoChanges(h);
            h.engine().goTo(649);
            h.await("step 649", s -> s.primary().step() == 649);
            h.engine().fork();
            h.await("the fork", s -> s.branches().size() == 2);
            EngineSnapshot forkHead = null;
            for (int k = 0; k < 20; k++) {
                forkHead = h.stepMiniBatch();
            }
            int forkId = forkHead.currentBranch().id();

            // when: to the first branch and back
            h.engine().switchBranch(0);
            h.await("the first branch", s -> s.currentBranch().id() == 0 && s.primary().step() == 700);
            h.engine().switchBranch(forkId);
            EngineSnapshot again = h.await("the fork", s -> s.currentBranch().id() == forkId && s.primary().step() == 669);

            // then: the fork's head exactly, its steps taken with η = 0.005, m = 2 from step 650
            assertThat(again.primary()).isEqualTo(forkHead.primary());
            assertThat(again.nextBatch()).containsExactly(forkHead.nextBatch());
        }
    }

    @Test
    void goingOnFromAScrubbedStepForksWhileAStepBackReplays() throws Exception {
        try (EngineHarness h = new EngineHarness(SETUP)) {
            // given
            List<EngineSnapshot> states = stepsWithTwoChanges(h);

            // when: back one step and forward one: the kept step again, no fork
            h.engine().stepBack();
            h.await("step 699", s -> s.primary().step() == 699);
            EngineSnapshot replayed = h.stepMiniBatch();
            assertThat(replayed.primary()).isEqualTo(states.get(700).primary());
            assertThat(replayed.branches()).hasSize(1);

            // when: scrubbed to 500, then → (the controls' η = 0.005 and m = 2 from there)
            h.engine().goTo(500);
            EngineSnapshot at500 = h.await("step 500", s -> s.primary().step() == 500);
            Run fresh = freshFrom(at500, new Hyperparameters(0.005, 2));
            fresh.stepMiniBatch();
            EngineSnapshot forked = h.stepMiniBatch();

            // then: a new branch from 500, the old one a ghost from 500 to 700
            assertThat(forked.branches()).hasSize(2);
            assertThat(forked.currentBranch().forkStep()).isEqualTo(500);
            assertThat(forked.primary().point()).isEqualTo(fresh.point());
            assertThat(h.engine().head()).isEqualTo(501);
            GhostPath ghost = forked.branches().get(0).ghost();
            assertThat(ghost.steps()[0]).isEqualTo(500);
            assertThat(ghost.steps()[ghost.size() - 1]).isEqualTo(700);
        }
    }

    @Test
    void anExplicitForkIsRenamedAndTheOtherBranchDeletedNeverTheCurrentOne() throws Exception {
        try (EngineHarness h = new EngineHarness(SETUP)) {
            // given: 20 steps, a fork at the head
            for (int k = 0; k < 20; k++) {
                h.stepMiniBatch();
            }
            h.engine().fork();
            EngineSnapshot forked = h.await("a fork", s -> s.branches().size() == 2);
            int id = forked.currentBranch().id();
            assertThat(forked.currentBranch().forkStep()).isEqualTo(20);

            // when
            h.engine().renameBranch(id, "  smaller η  ");
            h.engine().deleteBranch(id);
            h.engine().deleteBranch(0);
            h.engine().stepMiniBatch(); // a snapshot after the commands

            // then
            EngineSnapshot s = h.await("one branch", x -> x.branches().size() == 1 && x.primary().step() == 21);
            assertThat(s.currentBranch().id()).isEqualTo(id);
            assertThat(s.currentBranch().name()).isEqualTo("smaller η");
            assertThat(s.currentBranch().parent()).isEqualTo(-1);
        }
    }
}
