package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LargeDatasetTest {
    private static final int N = 1_000_000;

    private static Dataset million() {
        Random random = new Random(3);
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = random.nextDouble() * 2 - 1;
            y[i] = 1 / (1 + Math.exp(-(3 * x[i] - 0.5))) + 0.05 * random.nextGaussian();
        }
        return Dataset.of("t", x, y);
    }

    @ParameterizedTest(name = "{0} neuron")
    @ValueSource(strings = {"linear", "sigmoid"})
    void configuresAndStepsAMillionExamples(String model) throws Exception {
        // given an engine on a small data set
        try (EngineHarness h = new EngineHarness(TestData.single(TestData.noisyLine(100), 0.5, 10))) {
            long generation = h.latest().generation();

            // when it is configured with a million examples and m = 10, then stepped
            TrainingSetup big = TestData.setup(million(), Model.byId(model), 0.5, 10, List.of(RunSpec.single()));
            h.engine().configure(big);
            h.await("the new data", s -> s.generation() > generation);
            assertThat(h.latest().setup().data().size()).isEqualTo(N);
            Snapshot one = h.stepMiniBatch().primary();
            Snapshot two = h.stepMiniBatch().primary();

            // then each step took ten examples
            assertThat(one.step()).isEqualTo(1);
            assertThat(one.examplesSeen()).isEqualTo(10);
            assertThat(two.examplesSeen()).isEqualTo(20);
            assertThat(h.latest().nextBatch()).hasSize(10);

            // and playing works too, without divergence or errors
            h.engine().setSpeed(Double.POSITIVE_INFINITY);
            EngineSnapshot played = h.playUntil("1000 steps", s -> s.primary().step() >= 1000);
            assertThat(played.primary().examplesSeen()).isEqualTo(10 * played.primary().step());
            assertThat(played.anyDiverged()).isFalse();
            assertThat(played.primary().cost()).isFinite();
            assertThat(h.engine().isAlive()).isTrue();
        }
    }
}
