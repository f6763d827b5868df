package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.core.train.Run;
import org.junit.jupiter.api.Test;

/** {@link Replay} walks a run along the plan taken from its history and meets every point the engine drew. */
class ReplayStepsTest {

    @Test
    void walkingThePlanOfEachRunGivesEveryPointTheEngineComputed() throws Exception {
        // given: three runs, with η and m changed twice between the steps
        Dataset data = TestData.noisyLine(37);
        TrainingSetup setup = TestData.setup(data, LinearNeuron.INSTANCE, 0.01, 5, RunSpec.lineup(true, true));
        List<TraceHistory> histories = List.of(new TraceHistory(), new TraceHistory(), new TraceHistory());
        EngineSnapshot last;
        try (EngineHarness h = new EngineHarness(setup)) {
            h.stepEpoch();
            h.engine().setHyperparameters(new Hyperparameters(0.03, 7));
            h.stepMiniBatch();
            h.stepMiniBatch();
            h.engine().setHyperparameters(new Hyperparameters(0.002, 3));
            last = h.stepEpoch();
            h.drainTrace().forEach(c -> histories.get(c.run()).append(c));
        }

        for (int i = 0; i < 3; i++) {
            // when
            TraceHistory history = histories.get(i);
            ReplayPlan plan = Replay.planOf(history, null, last.runs().get(i).step());
            Replay replay = new Replay(data, LinearNeuron.INSTANCE, TestData.START, TestData.SEED, UpdateRule.SGD, plan);
            List<double[]> walked = new ArrayList<>();
            walked.add(point(replay.run()));
            while (replay.hasNext()) {
                replay.step();
                walked.add(point(replay.run()));
            }

            // then
            assertThat(plan.changes()).as("changes of run %d", i).isNotEmpty();
            assertThat(walked).as("points of run %d", i).hasSize(history.size());
            for (int k = 0; k < history.size(); k++) {
                assertThat(walked.get(k)[0]).as("step of point %d of run %d", k, i).isEqualTo(history.step(k));
                assertThat(walked.get(k)[1]).isEqualTo(history.w(k));
                assertThat(walked.get(k)[2]).isEqualTo(history.b(k));
            }
        }
    }

    @Test
    void aPlanStopsAtItsStepsAndLeavesLaterChangesOut() {
        // given: a change recorded one step past where the run is (set while paused)
        TraceHistory history = new TraceHistory();
        history.append(0, 0, 0, 0, Double.NaN, 1);
        Hyperparameters later = new Hyperparameters(0.5, 2);

        // when
        ReplayPlan plan = Replay.planOf(history, new Hyperparameters(0.1, 4), 3);
        TraceChunk.Change unused = new TraceChunk.Change(4, 12, later);
        ReplayPlan withLater = new ReplayPlan(plan.initial(), List.of(unused), 3);
        Replay replay = new Replay(TestData.noisyLine(12), LinearNeuron.INSTANCE, TestData.START, 1, UpdateRule.SGD, withLater);
        int steps = 0;
        while (replay.hasNext()) {
            replay.step();
            steps++;
        }

        // then
        assertThat(plan.initial()).as("no initial η and m recorded: the fallback").isEqualTo(new Hyperparameters(0.1, 4));
        assertThat(steps).isEqualTo(3);
        assertThat(replay.run().hyperparameters()).isEqualTo(new Hyperparameters(0.1, 4));
    }

    private static double[] point(Run run) {
        return new double[] {run.step(), run.w(), run.b()};
    }
}
