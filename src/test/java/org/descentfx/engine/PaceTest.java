package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.descentfx.core.model.LinearNeuron;
import org.junit.jupiter.api.Test;

/** Speeds, checked leniently: the machine is shared, so only gross errors may fail. */
class PaceTest {

    /** Steps per second of the first run, measured over about one second of play. */
    private static double measuredRate(EngineHarness h) {
        h.engine().setSpeed(50);
        h.engine().play();
        EngineSnapshot start = h.await("playing", EngineSnapshot::playing);
        long t0 = System.nanoTime();
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
        long steps = h.latest().primary().step() - start.primary().step();
        double seconds = (System.nanoTime() - t0) / 1e9;
        h.engine().pause();
        h.await("paused", s -> !s.playing());
        return steps / seconds;
    }

    @Test
    void playsAtRoughlyTheRequestedSpeed() throws Exception {
        // given one run at 50 steps per second
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(100), 0.01, 10))) {
            // when it plays for about a second
            double rate = measuredRate(h);

            // then it stepped at a plausible rate, far from "as fast as possible"
            assertThat(rate).isBetween(10.0, 200.0);
        }
    }

    @Test
    void pacesByTheStepsOfTheFirstRunEvenWhenItIsFullBatch() throws Exception {
        // given a comparison whose first run is full-batch (m = n = 100) while the controls say m = 10
        TrainingSetup setup = TestData.setup(TestData.noisyLine(100), LinearNeuron.INSTANCE, 0.01, 10, List.of(
                TestData.run(RunSpec.BatchRule.FULL_BATCH), TestData.run(RunSpec.BatchRule.CONTROLS),
                TestData.run(RunSpec.BatchRule.STOCHASTIC)));
        try (EngineHarness h = new EngineHarness(setup)) {
            // when it plays at 50 steps per second for about a second
            double rate = measuredRate(h);

            // then the first run took about 50 steps per second, not 50/10
            assertThat(rate).isBetween(10.0, 200.0);
        }
    }
}
