package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.descentfx.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;

/** The timeline's scrub: any step of the path, back or forward, exactly as it was; the path stays. */
class GoToTest {

    @Test
    void anyStepAskedForIsTheOneTheRunTookBackAndForward() throws Exception {
        TrainingSetup setup = TestData.single(TestData.noisyLine(23), 0.01, 4);
        try (EngineHarness h = new EngineHarness(setup)) {
            // given: 1500 steps with η and m changed twice, every state kept
            List<EngineSnapshot> states = stepsWithTwoChanges(h);
            assertThat(h.engine().head()).isEqualTo(1500);

            // when / then: random steps in random order, each the state it had; the path's end stays at 1500
            Random random = new Random(3);
            for (int i = 0; i < 40; i++) {
                int k = random.nextInt(1501);
                h.engine().goTo(k);
                EngineSnapshot s = h.await("step " + k, x -> x.primary().step() == k);
                assertThat(s.primary()).as("step %d", k).isEqualTo(states.get(k).primary());
                assertThat(h.engine().head()).isEqualTo(1500);
            }
            h.engine().goTo(1500);
            h.await("the end", x -> x.primary().step() == 1500);
            h.engine().goTo(99_999);
            assertThat(h.stepMiniBatch().primary().step()).as("past the end, a new step").isEqualTo(1501);
        }
    }

    @Test
    void inAComparisonTheOtherRunsFollowTheFirstByExamplesSeen() throws Exception {
        TrainingSetup setup = TestData.setup(TestData.noisyLine(40), org.descentfx.core.model.LinearNeuron.INSTANCE, 0.01,
                4, RunSpec.lineup(true, true));
        try (EngineHarness h = new EngineHarness(setup)) {
            // given: 30 epochs of the comparison
            EngineSnapshot end = null;
            for (int e = 0; e < 30; e++) {
                end = h.stepEpoch();
            }

            // when: the first run's step 120
            h.engine().goTo(120);
            EngineSnapshot s = h.await("step 120", x -> x.primary().step() == 120);

            // then: every run near the first one's examples seen, none behind it by a mini-batch or more
            long examples = s.primary().examplesSeen();
            for (int i = 1; i < s.runs().size(); i++) {
                assertThat(s.runs().get(i).examplesSeen()).as("run %d", i).isGreaterThanOrEqualTo(examples)
                        .isLessThan(examples + 40);
            }
            assertThat(end.runs().get(1).examplesSeen()).isGreaterThan(examples);
        }
    }

    @Test
    void aJumpForwardAlongTheKeptStepsRebuildsTheStepAndSaysSoWithoutTakingTheSteps() throws Exception {
        TrainingSetup setup = TestData.single(TestData.noisyLine(23), 0.01, 4);
        try (EngineHarness h = new EngineHarness(setup)) {
            // given: 1500 steps with η and m changed twice, every state kept, then back to step 100
            List<EngineSnapshot> states = stepsWithTwoChanges(h);
            h.engine().goTo(100);
            h.await("step 100", x -> x.primary().step() == 100);
            h.drainTrace();

            // when / then: forward jumps, each the state it had, its trace one chunk with one point that says it jumped
            for (int k : new int[] {1200, 1300, 1499, 1500}) {
                h.engine().goTo(k, true);
                EngineSnapshot s = h.await("step " + k, x -> x.primary().step() == k);
                assertThat(s.primary()).as("step %d", k).isEqualTo(states.get(k).primary());
                assertThat(s.nextBatch()).containsExactly(states.get(k).nextBatch());
                List<TraceChunk> chunks = h.drainTrace();
                assertThat(chunks).hasSize(1);
                assertThat(chunks.get(0).jumpedAlongKept()).isTrue();
                assertThat(chunks.get(0).rewoundTo()).isEqualTo(k);
                assertThat(chunks.get(0).size()).isEqualTo(1);
                assertThat(chunks.get(0).step(0)).isEqualTo(k);
            }
            // and without kept, forward takes the steps again, every one in the trace
            h.engine().goTo(1000);
            h.await("step 1000", x -> x.primary().step() == 1000);
            h.drainTrace();
            h.engine().goTo(1200, false);
            h.await("step 1200", x -> x.primary().step() == 1200);
            List<TraceChunk> stepped = h.drainTrace();
            assertThat(stepped).noneMatch(TraceChunk::jumpedAlongKept);
            assertThat(stepped.stream().mapToInt(TraceChunk::size).sum()).isEqualTo(200);
            // a step after a jump is the one the run took, and forks there, as after a scrub back
            h.engine().goTo(1400, true);
            h.await("step 1400", x -> x.primary().step() == 1400);
            EngineSnapshot next = h.stepMiniBatch();
            assertThat(next.primary()).isEqualTo(states.get(1401).primary());
            assertThat(next.currentBranch().forkStep()).isEqualTo(1400);
        }
    }

    /** 1500 steps, η and m changed at 400 and 1100; the state after each step, by step (0: the start). */
    private static List<EngineSnapshot> stepsWithTwoChanges(EngineHarness h) {
        List<EngineSnapshot> states = new ArrayList<>();
        states.add(h.latest());
        for (int k = 1; k <= 1500; k++) {
            if (k == 400) {
                h.engine().setHyperparameters(new Hyperparameters(0.02, 7));
            }
            if (k == 1100) {
                h.engine().setHyperparameters(new Hyperparameters(0.005, 2));
            }
            states.add(h.stepMiniBatch());
        }
        return states;
    }
}
