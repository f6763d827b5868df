package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.junit.jupiter.api.Test;

/** A step back puts the run exactly where it was after the step before, and its path ends there. */
class StepBackTest {

    @Test
    void stepsBackToTheStatesTheRunHadWithEtaAndMChangedOnTheWay() throws Exception {
        TrainingSetup setup = TestData.single(TestData.noisyLine(23), 0.01, 4);
        try (EngineHarness h = new EngineHarness(setup)) {
            // given: 700 steps (past two checkpoints), η and m changed twice, every state kept
            List<EngineSnapshot> states = new ArrayList<>();
            states.add(h.latest());
            for (int k = 1; k <= 700; k++) {
                if (k == 300) {
                    h.engine().setHyperparameters(new Hyperparameters(0.02, 7));
                }
                if (k == 650) {
                    h.engine().setHyperparameters(new Hyperparameters(0.005, 2));
                }
                states.add(h.stepMiniBatch());
            }
            h.drainTrace();

            // when / then: back one step at a time, each state the one it had (down to the last change of
            // η and m: further back, the next mini-batch shown is the one the kept step took, with its m)
            for (int k = 699; k >= 650; k--) {
                long target = k;
                h.engine().stepBack();
                EngineSnapshot back = h.await("step " + k, s -> s.primary().step() == target);
                // (a checkpoint may differ in whether the next epoch's shuffle was done yet; what it gives does not)
                assertThat(back.primary()).as("step %d", k).isEqualTo(states.get(k).primary());
                assertThat(back.nextBatch()).as("next batch after step %d", k).containsExactly(states.get(k).nextBatch());
                assertThat(back.nextSteps()).isEqualTo(states.get(k).nextSteps());
            }
            h.engine().stepBack();
            EngineSnapshot before = h.await("step 649", s -> s.primary().step() == 649);
            assertThat(before.primary().point()).isEqualTo(states.get(649).primary().point());
            List<TraceChunk> chunks = h.drainTrace();
            TraceHistory path = new TraceHistory();
            path.append(chunks);
            assertThat(chunks.get(0).rewoundTo()).isEqualTo(699);
            assertThat(path.step(path.size() - 1)).isEqualTo(649);
        }
    }

    @Test
    void forwardAfterBackReplaysTheKeptStepsWithTheirEtaAndMWhileNothingChanged() throws Exception {
        TrainingSetup setup = TestData.single(TestData.noisyLine(23), 0.01, 4);
        try (EngineHarness h = new EngineHarness(setup)) {
            // given: 700 steps with η and m changed at 300 and 650, every state kept; then 120 steps back
            List<EngineSnapshot> states = stepsWithTwoChanges(h, 700);
            TraceHistory path = path(h.drainTrace());
            List<TraceChunk.Change> changes = path.changes();
            assertThat(changes).hasSize(2);
            for (int k = 699; k >= 580; k--) {
                long target = k;
                h.engine().stepBack();
                h.await("back at " + k, s -> s.primary().step() == target);
            }
            path.append(h.drainTrace());

            // when / then: forward again, each step is the one taken before (η and m of then, not of the controls)
            for (int k = 581; k <= 700; k++) {
                assertThat(h.stepMiniBatch().primary()).as("step %d", k).isEqualTo(states.get(k).primary());
            }
            path.append(h.drainTrace());
            assertThat(path.changes()).isEqualTo(changes);

            // and past the furthest step, the run goes on as one never interrupted
            Run uninterrupted = new Run(setup.data(), setup.model(), setup.start(), new Hyperparameters(0.01, 4),
                    setup.seed(), setup.optimizer());
            for (int k = 1; k <= 750; k++) {
                uninterrupted.setHyperparameters(k < 300 ? new Hyperparameters(0.01, 4)
                        : k < 650 ? new Hyperparameters(0.02, 7) : new Hyperparameters(0.005, 2));
                uninterrupted.stepMiniBatch();
            }
            EngineSnapshot last = null;
            for (int k = 701; k <= 750; k++) {
                last = h.stepMiniBatch();
            }
            assertThat(last.primary().point()).isEqualTo(uninterrupted.point());
            assertThat(last.nextBatch()).containsExactly(uninterrupted.nextBatch());
        }
    }

    @Test
    void aNewEtaAfterBackStartsABranchThatGoesOnWithIt() throws Exception {
        TrainingSetup setup = TestData.single(TestData.noisyLine(23), 0.01, 4);
        try (EngineHarness h = new EngineHarness(setup)) {
            // given: 700 steps, back to 640 (before the change at 650)
            stepsWithTwoChanges(h, 700);
            TraceHistory path = path(h.drainTrace());
            for (int k = 699; k >= 640; k--) {
                long target = k;
                h.engine().stepBack();
                h.await("back at " + k, s -> s.primary().step() == target);
            }
            Run fresh = new Run(setup.data(), setup.model(), setup.start(), new Hyperparameters(0.01, 4), setup.seed(),
                    setup.optimizer());
            fresh.resume(h.latest().checkpoints().get(0));
            path.append(h.drainTrace());

            // when: η changed there, 100 steps
            h.engine().setHyperparameters(new Hyperparameters(0.03, 5));
            fresh.setHyperparameters(new Hyperparameters(0.03, 5));
            EngineSnapshot last = null;
            for (int k = 0; k < 100; k++) {
                last = h.stepMiniBatch();
                fresh.stepMiniBatch();
            }

            // then: the steps of a fresh run from that state with the new η and m; the old change at 650 is not on this branch
            assertThat(last.primary().point()).isEqualTo(fresh.point());
            assertThat(last.nextBatch()).containsExactly(fresh.nextBatch());
            path.append(h.drainTrace());
            assertThat(path.changes()).extracting(TraceChunk.Change::step).containsExactly(300L, 641L);
        }
    }

    @Test
    void backAnEpochGoesToTheStartOfTheEpochUnderWayOrOfTheOneBeforeAtABoundary() throws Exception {
        TrainingSetup setup = TestData.single(TestData.noisyLine(23), 0.01, 4);
        try (EngineHarness h = new EngineHarness(setup)) {
            // given: 700 steps with m changed on the way (epochs of 6, 4 and 12 steps), each state kept; 700 is mid-epoch
            List<EngineSnapshot> states = stepsWithTwoChanges(h, 700);
            int atBoundary = 0;
            for (int k = 1; k < states.size(); k++) {
                if (states.get(k).primary().positionInEpoch() == 0) {
                    atBoundary = k;
                }
            }
            long epochStart = atBoundary;
            assertThat(atBoundary).isLessThan(700);

            // when: back an epoch from the middle of one
            h.engine().stepBackEpoch();
            EngineSnapshot back = h.await("the epoch's start", s -> s.primary().step() == epochStart);

            // then: that step exactly; once more, the epoch before's start, and forward replays the kept steps
            assertThat(back.primary()).isEqualTo(states.get(atBoundary).primary());
            long before = lastBoundaryBefore(states, atBoundary);
            h.engine().stepBackEpoch();
            EngineSnapshot earlier = h.await("the epoch before's start", s -> s.primary().step() == before);
            assertThat(earlier.primary()).isEqualTo(states.get((int) before).primary());
            assertThat(h.stepEpoch().primary()).isEqualTo(states.get(atBoundary).primary());
        }
    }

    private static int lastBoundaryBefore(List<EngineSnapshot> states, int step) {
        for (int k = step - 1; k > 0; k--) {
            if (states.get(k).primary().positionInEpoch() == 0) {
                return k;
            }
        }
        return 0;
    }

    /** Steps a fresh engine {@code steps} times, η and m set to (0.02, 7) before step 300 and (0.005, 2) before 650. */
    static List<EngineSnapshot> stepsWithTwoChanges(EngineHarness h, int steps) {
        List<EngineSnapshot> states = new ArrayList<>();
        states.add(h.latest());
        for (int k = 1; k <= steps; k++) {
            if (k == 300) {
                h.engine().setHyperparameters(new Hyperparameters(0.02, 7));
            }
            if (k == 650) {
                h.engine().setHyperparameters(new Hyperparameters(0.005, 2));
            }
            states.add(h.stepMiniBatch());
        }
        return states;
    }

    private static TraceHistory path(List<TraceChunk> chunks) {
        TraceHistory path = new TraceHistory();
        path.append(chunks);
        return path;
    }
}
