package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.train.Hyperparameters;
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
            // η and m: further back, the next step takes the controls' η and m, as after any step back)
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
}
