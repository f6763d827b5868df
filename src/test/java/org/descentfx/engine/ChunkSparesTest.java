package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.descentfx.engine.Await.awaitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Run;
import org.junit.jupiter.api.Test;

class ChunkSparesTest {

    @Test
    void aSpentFullChunkComesBackEmptyForItsNewRunAndKeepsWhatIsWrittenAnew() {
        // given a full-size chunk written and read
        ChunkSpares spares = new ChunkSpares();
        TraceChunk spent = new TraceChunk(1, 0, TraceChunk.CAPACITY);
        spent.add(7, 70, 1.5, -2.5, 0.25, 0.125);
        spares.offer(spent);

        // when a chunk of that size is made for another generation and run
        TraceChunk fresh = spares.make(2, 1, TraceChunk.CAPACITY);

        // then it took the spare, is empty, and holds what is written into it
        assertThat(spares.size()).isZero();
        assertThat(fresh.size()).isZero();
        assertThat(fresh.generation()).isEqualTo(2);
        assertThat(fresh.run()).isEqualTo(1);
        assertThat(fresh.changes()).isEmpty();
        fresh.add(8, 80, 3.0, 4.0, 0.5, 0.75);
        assertThat(fresh.size()).isEqualTo(1);
        assertThat(fresh.step(0)).isEqualTo(8);
        assertThat(fresh.w(0)).isEqualTo(3.0);
        assertThat(fresh.cost(0)).isEqualTo(0.75);
    }

    @Test
    void keepsOnlyFullSizeChunksAndAtMostSixteen() {
        ChunkSpares spares = new ChunkSpares();

        // when small chunks and too many full ones are offered
        spares.offer(new TraceChunk(1, 0, 64));
        for (int i = 0; i < ChunkSpares.MAX_SPARES + 5; i++) {
            spares.offer(new TraceChunk(1, 0, TraceChunk.CAPACITY));
        }

        // then only the full ones wait, bounded; a small chunk is always made anew
        assertThat(spares.size()).isEqualTo(ChunkSpares.MAX_SPARES);
        assertThat(spares.make(1, 0, 64).capacity()).isEqualTo(64);
        assertThat(spares.size()).isEqualTo(ChunkSpares.MAX_SPARES);
    }

    @Test
    void aConsumerThatRecyclesSeesEveryPointOnceWithTheValuesOfABareRun() throws Exception {
        // given an engine at full speed whose consumer copies each chunk's points, then gives it back
        Dataset data = TestData.noisyLine(50);
        List<long[]> steps = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        TrainingEngine engine = new TrainingEngine(TestData.single(data, 0.01, 5), Runnable::run, s -> { });
        try {
            engine.setSpeed(Double.POSITIVE_INFINITY);
            engine.play();
            awaitUntil(() -> engine.primaryStep() > 100_000, "100,000 steps");
            engine.pause();
            long last = -1;
            while (last != engine.primaryStep() || engine.queuedPoints() > 0) {
                last = engine.primaryStep();
                engine.drainTrace(chunk -> {
                    for (int i = 0; i < chunk.size(); i++) {
                        steps.add(new long[] {chunk.step(i)});
                        points.add(new double[] {chunk.w(i), chunk.b(i)});
                    }
                    engine.recycle(chunk);
                });
                TimeUnit.MILLISECONDS.sleep(20);
            }
        } finally {
            engine.close();
            engine.awaitTermination(5, TimeUnit.SECONDS);
        }

        // then the steps run 0, 1, 2, … without a gap or a repeat, and every point is the bare run's
        Run bare = new Run(data, LinearNeuron.INSTANCE, TestData.START, new Hyperparameters(0.01, 5), TestData.SEED);
        for (int k = 0; k < steps.size(); k++) {
            assertThat(steps.get(k)[0]).isEqualTo(k);
            assertThat(points.get(k)).containsExactly(bare.point().w(), bare.point().b());
            bare.stepMiniBatch();
        }
        assertThat(steps.size()).isGreaterThan(100_000);
    }
}
