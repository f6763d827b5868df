package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;

/** A replay plan taken from a run's trace brings a new engine to the identical state, bit for bit. */
class ReplayTest {

    @Test
    void replayingTheRecordedChangesReproducesEveryPointExactly() throws Exception {
        // given: three runs that took steps with η and m changed twice along the way
        Dataset data = TestData.noisyLine(37);
        TrainingSetup setup = TestData.setup(data, LinearNeuron.INSTANCE, 0.01, 5, RunSpec.lineup(true, true));
        List<TraceHistory> original = histories(3);
        long[] steps = new long[3];
        try (EngineHarness h = new EngineHarness(setup)) {
            h.stepEpoch();
            h.engine().setHyperparameters(new Hyperparameters(0.03, 7));
            h.stepMiniBatch();
            h.stepMiniBatch();
            h.engine().setHyperparameters(new Hyperparameters(0.002, 3));
            EngineSnapshot last = h.stepEpoch();
            h.drainTrace().forEach(c -> original.get(c.run()).append(c));
            for (int i = 0; i < 3; i++) {
                steps[i] = last.runs().get(i).step();
            }
        }

        // when: a fresh engine replays each run's initial η and m, changes and step count
        List<ReplayPlan> plans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plans.add(new ReplayPlan(original.get(i).initialHyperparameters(), original.get(i).changes(), steps[i]));
        }
        List<TraceHistory> replayed;
        try (EngineHarness h = new EngineHarness(setup.withSeed(99))) {
            h.engine().restore(setup.withHyperparameters(new Hyperparameters(0.002, 3)), plans);
            h.await("the replay", s -> s.runs().get(2).step() == steps[2] && s.setup().seed() == setup.seed());
            replayed = h.restoredPaths();
        }

        // then: every point of every run is the same double
        for (int i = 0; i < 3; i++) {
            TraceHistory a = original.get(i);
            TraceHistory b = replayed.get(i);
            assertThat(b.size()).as("points of run %d", i).isEqualTo(a.size());
            for (int k = 0; k < a.size(); k++) {
                assertThat(b.w(k)).isEqualTo(a.w(k));
                assertThat(b.b(k)).isEqualTo(a.b(k));
                assertThat(b.step(k)).isEqualTo(a.step(k));
            }
            assertThat(b.changes()).extracting(TraceChunk.Change::step)
                    .containsExactlyElementsOf(a.changes().stream().map(TraceChunk.Change::step).toList());
        }
        // full batch: an epoch, one step when the others passed it, and no step in an epoch it had finished
        assertThat(steps[1]).isEqualTo(2);
        assertThat(steps[2]).as("stochastic: two epochs of 37").isEqualTo(74);
    }

    @Test
    void theFirstChunkOfAGenerationCarriesTheInitialHyperparameters() throws Exception {
        TrainingSetup setup = TestData.single(TestData.noisyLine(20), 0.05, 4);
        try (EngineHarness h = new EngineHarness(setup)) {
            TraceHistory history = new TraceHistory();
            h.stepMiniBatch();
            h.drainTrace().forEach(history::append);

            assertThat(history.initialHyperparameters()).isEqualTo(new Hyperparameters(0.05, 4));
        }
    }

    private static List<TraceHistory> histories(int count) {
        List<TraceHistory> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new TraceHistory());
        }
        return list;
    }
}
