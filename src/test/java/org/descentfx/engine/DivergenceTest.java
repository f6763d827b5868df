package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.RunState;
import org.descentfx.core.train.Snapshot;
import org.junit.jupiter.api.Test;

class DivergenceTest {

    @Test
    void stopsPlayingOnItsOwnWhenTheRunDivergesAndResetRecovers() throws Exception {
        // given η = 50 on a noisy line with x around 2..6: every step overshoots the valley
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(100), 50, 10))) {
            h.engine().setSpeed(Double.POSITIVE_INFINITY);

            // when it plays
            h.engine().play();
            EngineSnapshot diverged = h.await("divergence", s -> s.anyDiverged() && !s.playing());

            // then the run is marked diverged and the engine stopped, its thread alive
            Snapshot run = diverged.primary();
            assertThat(run.state()).isEqualTo(RunState.DIVERGED);
            assertThat(run.divergedAtStep()).isPositive().isEqualTo(run.step());
            assertThat(diverged.nextSteps()).containsOnlyNulls();
            assertThat(h.engine().isAlive()).isTrue();

            // when η comes down and the engine resets
            h.engine().setHyperparameters(new Hyperparameters(0.01, 10));
            h.engine().reset();
            EngineSnapshot reset = h.await("a new generation", s -> s.generation() > diverged.generation());

            // then the run is ready at the start, and plays again without diverging
            assertThat(reset.primary().state()).isEqualTo(RunState.READY);
            assertThat(reset.primary().step()).isZero();
            assertThat(reset.primary().point()).isEqualTo(TestData.START);
            EngineSnapshot played = h.playUntil("100 steps", s -> s.primary().step() >= 100);
            assertThat(played.anyDiverged()).isFalse();
            assertThat(played.primary().cost()).isLessThan(reset.primary().cost());
        }
    }

    @Test
    void aDivergedRunCannotBeSteppedUntilReset() throws Exception {
        // given a run that diverged
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(100), 50, 10))) {
            h.engine().setSpeed(Double.POSITIVE_INFINITY);
            h.engine().play();
            EngineSnapshot diverged = h.await("divergence", s -> s.anyDiverged() && !s.playing());

            // when it is asked for another epoch
            h.engine().stepEpoch();
            h.engine().stepMiniBatch();
            h.engine().reset();
            EngineSnapshot reset = h.await("reset", s -> s.generation() > diverged.generation());

            // then nothing moved before the reset, and the thread lived through it
            assertThat(h.engine().isAlive()).isTrue();
            assertThat(reset.primary().state()).isEqualTo(RunState.READY);
            assertThat(h.drainTrace().stream()
                    .filter(c -> c.generation() == diverged.generation())
                    .mapToLong(c -> c.size() == 0 ? 0 : c.step(c.size() - 1))
                    .max().orElse(0)).isLessThanOrEqualTo(diverged.primary().step());
        }
    }
}
