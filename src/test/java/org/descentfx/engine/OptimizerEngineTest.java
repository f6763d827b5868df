package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.ReferenceRules;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every rule driven by the engine with η and m changed part-way: the trace agrees with an
 * independent reference to a relative 1e-12 (the state carries across epochs and changes), and a
 * restore from the recorded plans brings back every point bit for bit, optimizer state included.
 */
class OptimizerEngineTest {
    private static final Hyperparameters FIRST = new Hyperparameters(0.01, 5);
    private static final Hyperparameters SECOND = new Hyperparameters(0.03, 3);

    @ParameterizedTest(name = "{0}")
    @EnumSource(UpdateRule.Kind.class)
    void theEnginesTraceIsTheReferencesAndARestoreIsExact(UpdateRule.Kind kind) throws Exception {
        // given
        Dataset data = TestData.noisyLine(23);
        UpdateRule rule = UpdateRule.of(kind);
        TrainingSetup setup = TestData.setup(data, LinearNeuron.INSTANCE, FIRST.learningRate(),
                FIRST.miniBatchSize(), List.of(RunSpec.single())).withOptimizer(rule);
        TraceHistory trace = new TraceHistory();
        EngineSnapshot last;
        try (EngineHarness h = new EngineHarness(setup)) {
            // when: an epoch and two steps, new η and m, two epochs
            h.stepEpoch();
            h.stepMiniBatch();
            h.stepMiniBatch();
            h.engine().setHyperparameters(SECOND);
            h.stepEpoch();
            last = h.stepEpoch();
            h.drainTrace().forEach(trace::append);
        }

        // then: the reference, fed the same mini-batches (the shuffles do not depend on the rule)
        long steps = last.primary().step();
        assertThat(trace.size()).isEqualTo((int) steps + 1);
        Run batches = new Run(data, LinearNeuron.INSTANCE, TestData.START, FIRST, TestData.SEED);
        ReferenceRules reference = new ReferenceRules(kind.id());
        double[] v = {TestData.START.w(), TestData.START.b()};
        for (int k = 1; k <= steps; k++) {
            Hyperparameters h = k <= 7 ? FIRST : SECOND; // 23/5 → 5 steps in epoch 1, then 2 more, then m = 3
            batches.setHyperparameters(h);
            batches.stepMiniBatch();
            int[] batch = batches.lastBatch();
            v = reference.step(v, h.learningRate(), (w, b) -> mean(data, batch, w, b));
            assertRelative(trace.w(k), v[0], kind + " w of step " + k);
            assertRelative(trace.b(k), v[1], kind + " b of step " + k);
        }

        // and when: a fresh engine replays the plan
        ReplayPlan plan = Replay.planOf(trace, FIRST, steps);
        TraceHistory replayed;
        EngineSnapshot restored;
        try (EngineHarness h = new EngineHarness(setup.withSeed(5).withOptimizer(UpdateRule.SGD))) {
            h.engine().restore(setup.withHyperparameters(SECOND), List.of(plan));
            restored = h.await("the replay", s -> s.primary().step() == steps && s.setup().seed() == TestData.SEED);
            replayed = h.restoredPaths().get(0);
        }

        // then: the same doubles, the same optimizer state, the same next step
        for (int k = 0; k < trace.size(); k++) {
            assertThat(replayed.w(k)).isEqualTo(trace.w(k));
            assertThat(replayed.b(k)).isEqualTo(trace.b(k));
        }
        assertThat(restored.primary().optimizer()).isEqualTo(last.primary().optimizer());
        assertThat(restored.nextSteps()).isEqualTo(last.nextSteps());
        assertThat(restored.setup().optimizer()).isEqualTo(rule);
    }

    private static double[] mean(Dataset data, int[] batch, double w, double b) {
        double gw = 0;
        double gb = 0;
        for (int j : batch) {
            double delta = w * data.x(j) + b - data.y(j);
            gw += delta * data.x(j);
            gb += delta;
        }
        return new double[] {gw / batch.length, gb / batch.length};
    }

    private static void assertRelative(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected)).as("%s: %s against %s", what, actual, expected)
                .isLessThanOrEqualTo(1e-12 * Math.abs(expected));
    }
}
