package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.Snapshot;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class HyperparameterChangesTest {
    private static final int N = 100;

    @Test
    void aNewMiniBatchSizeSetWhilePausedIsUsedByTheNextStep() throws Exception {
        // given a paused engine three steps in with m = 10
        Dataset data = TestData.noisyLine(N);
        Hyperparameters ten = new Hyperparameters(0.01, 10);
        Hyperparameters twenty = new Hyperparameters(0.02, 20);
        try (EngineHarness h = new EngineHarness(TestData.single(data, 0.01, 10))) {
            for (int i = 0; i < 3; i++) {
                h.stepMiniBatch();
            }
            h.drainTrace();

            // when η and m change, then one mini-batch is taken
            h.engine().setHyperparameters(twenty);
            h.await("the change applied", s -> s.setup().hyperparameters().equals(twenty));
            Snapshot s = h.stepMiniBatch().primary();

            // then that step took 20 examples with η = 0.02
            assertThat(s.step()).isEqualTo(4);
            assertThat(s.examplesSeen()).isEqualTo(30 + 20);
            assertThat(s.positionInEpoch()).isEqualTo(50);
            assertThat(s.hyperparameters()).isEqualTo(twenty);
            // and landed exactly where a run driven the same way lands
            Run reference = new Run(data, LinearNeuron.INSTANCE, TestData.START, ten, TestData.SEED);
            for (int i = 0; i < 3; i++) {
                reference.stepMiniBatch();
            }
            reference.setHyperparameters(twenty);
            reference.stepMiniBatch();
            assertThat(s.point()).isEqualTo(reference.point());
            // and the trace records the change with step 4, the step that first used it
            List<TraceChunk.Change> changes = new ArrayList<>();
            TraceHistory history = new TraceHistory(16, 16);
            h.engine().drainTrace(c -> {
                changes.addAll(c.changes());
                history.append(c);
            });
            assertThat(changes).containsExactly(new TraceChunk.Change(4, 30, twenty));
            assertThat(history.step(history.size() - 1)).isEqualTo(4);
            assertThat(history.examplesSeen(history.size() - 1)).isEqualTo(50);
        }
    }

    @RepeatedTest(value = 10, name = "{currentRepetition}/{totalRepetitions}")
    void aStepCommandSentRightAfterAChangeUsesIt() throws Exception {
        // given a paused engine on data large enough that no epoch ends
        int steps = 300;
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(steps * steps + 1), 0.001, 1))) {
            // when every step command follows a larger m at once, with no wait between them
            for (int i = 1; i <= steps; i++) {
                h.engine().setHyperparameters(new Hyperparameters(0.001, i));
                h.engine().stepMiniBatch();
            }
            h.await(steps + " steps", s -> s.primary().step() == steps);

            // then the i-th step used the m sent before it, or a newer one, never an older one
            TraceHistory history = new TraceHistory(steps + 1, 2);
            h.engine().drainTrace(history::append);
            assertThat(history.size()).isEqualTo(steps + 1);
            for (int i = 1; i <= steps; i++) {
                long m = history.examplesSeen(i) - history.examplesSeen(i - 1);
                assertThat(m).as("m of step %d", i).isGreaterThanOrEqualTo(i);
            }
        }
    }

    @Test
    void aNewMiniBatchSizeMidEpochSlicesTheRestOfTheEpoch() throws Exception {
        // given m = 10 and nine mini-batches taken: position 90 of 100
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(N), 0.01, 10))) {
            for (int i = 0; i < 9; i++) {
                h.stepMiniBatch();
            }

            // when m becomes 30 and one mini-batch is taken
            h.engine().setHyperparameters(new Hyperparameters(0.01, 30));
            Snapshot s = h.stepMiniBatch().primary();

            // then the step took the 10 examples left, ending the epoch
            assertThat(s.examplesSeen()).isEqualTo(100);
            assertThat(s.positionInEpoch()).isZero();
            assertThat(s.epoch()).isEqualTo(1);
            // and the next epoch is cut in slices of 30: 30, 30, 30, 10
            assertThat(h.stepEpoch().primary().step()).isEqualTo(10 + 4);
        }
    }
}
