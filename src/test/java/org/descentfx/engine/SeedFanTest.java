package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A fan of seeds: each descent is the run of its seed, bit for bit, and the full-batch one is the same for all. */
class SeedFanTest {
    private static final Window WINDOW = new Window(-3, 3, -3, 4);
    private static final PathScale SCALE = new PathScale(WINDOW, 600, 500);
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static SeedFan.Setup setup(Dataset data, UpdateRule rule, int seeds, int epochs, int m) {
        return new SeedFan.Setup(data, LinearNeuron.INSTANCE, TestData.START, new Hyperparameters(0.02, m), rule,
                seeds, epochs, WINDOW);
    }

    @Test
    void eachDescentIsTheRunOfItsSeedBitForBit() {
        // given a fan of 6 seeds, 7 epochs of m = 3 on 20 examples (the last batch of each epoch is short)
        Dataset data = TestData.noisyLine(20);
        SeedFan.Setup setup = setup(data, UpdateRule.SGD, 6, 7, 3);

        SeedFan.Result fan = SeedFan.run(setup, SCALE, pool, (d, of) -> { }, () -> false);

        // then descent k ends exactly where a lone run of seed k does after 7 epochs
        assertThat(fan.seeds()).extracting(SeedFan.Descent::seed).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        for (SeedFan.Descent d : fan.seeds()) {
            Run lone = new Run(data, LinearNeuron.INSTANCE, TestData.START, new Hyperparameters(0.02, 3), d.seed());
            for (int e = 0; e < 7; e++) {
                lone.stepEpoch();
            }
            assertThat(d.end()).as("seed %d", d.seed()).isEqualTo(lone.point());
            assertThat(Double.doubleToRawLongBits(d.cost())).isEqualTo(Double.doubleToRawLongBits(lone.cost()));
        }
        assertThat(fan.seeds().get(0).end()).isNotEqualTo(fan.seeds().get(1).end());
    }

    @Test
    void theFanFollowsTheChosenRuleAsARunOfThatRuleDoes() {
        Dataset data = TestData.noisyLine(15);
        UpdateRule momentum = UpdateRule.of(UpdateRule.Kind.MOMENTUM);

        SeedFan.Result fan = SeedFan.run(setup(data, momentum, 3, 4, 2), SCALE, pool, (d, of) -> { }, () -> false);

        Run lone = new Run(data, LinearNeuron.INSTANCE, TestData.START, new Hyperparameters(0.02, 2), 3, momentum);
        for (int e = 0; e < 4; e++) {
            lone.stepEpoch();
        }
        assertThat(fan.seeds().get(2).end()).isEqualTo(lone.point());
    }

    @Test
    void theFullBatchDescentTakesOneStepAnEpochOnAllData() {
        Dataset data = TestData.noisyLine(20);

        SeedFan.Result fan = SeedFan.run(setup(data, UpdateRule.SGD, 2, 9, 1), SCALE, pool, (d, of) -> { }, () -> false);

        Run full = new Run(data, LinearNeuron.INSTANCE, TestData.START, new Hyperparameters(0.02, 20), 99);
        for (int e = 0; e < 9; e++) {
            full.stepMiniBatch();
        }
        assertThat(fan.fullBatch().end()).isEqualTo(full.point());
        assertThat(fan.fullBatch().path().lastStep()).isEqualTo(9);
        assertThat(fan.seeds().get(0).path().lastStep()).isEqualTo(9 * 20);
    }

    @Test
    void progressCountsEveryDescentAndTheFullBatchOne() {
        AtomicInteger last = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();

        SeedFan.run(setup(TestData.noisyLine(10), UpdateRule.SGD, 5, 2, 1), SCALE, pool, (d, of) -> {
            last.accumulateAndGet(d, Math::max);
            total.set(of);
        }, () -> false);

        assertThat(last.get()).isEqualTo(6);
        assertThat(total.get()).isEqualTo(6);
    }

    @Test
    void aStoppedFanThrowsAndDeliversNothing() {
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> SeedFan.run(setup(TestData.noisyLine(50), UpdateRule.SGD, 4, 1000, 1), SCALE, pool,
                (d, of) -> { }, () -> asked.incrementAndGet() > 3)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aConvexValleyIsNotSplitIntoValleys() {
        SeedFan.Result fan = SeedFan.run(setup(TestData.noisyLine(10), UpdateRule.SGD, 2, 2, 1), SCALE, pool,
                (d, of) -> { }, () -> false);

        assertThat(fan.valleys()).isNull();
        assertThat(fan.seeds()).extracting(SeedFan.Descent::valley).containsOnly(-1);
    }

    @Test
    void aSetupOutsideItsBoundsIsRefusedWithTheBounds() {
        Dataset data = TestData.noisyLine(10);
        assertThatThrownBy(() -> setup(data, UpdateRule.SGD, 201, 1, 1)).hasMessageContaining("1 to 200 seeds");
        assertThatThrownBy(() -> setup(data, UpdateRule.SGD, 0, 1, 1)).hasMessageContaining("not 0");
        assertThatThrownBy(() -> setup(data, UpdateRule.SGD, 3, 0, 1)).hasMessageContaining("epochs");
        assertThat(List.of(setup(data, UpdateRule.SGD, 3, 1, 50).miniBatchSize())).containsExactly(10);
    }
}
