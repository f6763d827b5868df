package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.LinearNeuron;
import org.junit.jupiter.api.Test;

/** Full-batch steps skip the shuffle they do not need; the orders of later epochs stay those of the seed. */
class RunLazyShuffleTest {
    private static Dataset data(int n) {
        Random r = new Random(5);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 4;
            y[i] = 2 * x[i] + 1 + r.nextGaussian();
        }
        return Dataset.of("t", x, y);
    }

    @Test
    void anEpochAfterFullBatchEpochsVisitsTheSameOrderAsWithMiniBatchesThroughout() {
        // given: one run full batch for 3 epochs, one with m = 1 throughout, same seed
        Dataset d = data(13);
        Run lazy = new Run(d, LinearNeuron.INSTANCE, Point.ORIGIN, new Hyperparameters(0.01, 13), 7);
        Run eager = new Run(d, LinearNeuron.INSTANCE, Point.ORIGIN, new Hyperparameters(0.01, 1), 7);
        for (int e = 0; e < 3; e++) {
            lazy.stepEpoch();
            eager.stepEpoch();
        }

        // when: both take epoch 4 one example at a time
        lazy.setHyperparameters(new Hyperparameters(0.01, 1));
        int[] lazyOrder = new int[13];
        int[] eagerOrder = new int[13];
        for (int k = 0; k < 13; k++) {
            lazy.stepMiniBatch();
            eager.stepMiniBatch();
            lazyOrder[k] = lazy.lastBatch()[0];
            eagerOrder[k] = eager.lastBatch()[0];
        }

        // then
        assertThat(lazyOrder).containsExactly(eagerOrder);
    }

    @Test
    void theLastFullBatchIsTheEndedEpochsOrder() {
        Dataset d = data(9);
        Run full = new Run(d, LinearNeuron.INSTANCE, Point.ORIGIN, new Hyperparameters(0.01, 9), 3);
        Run one = new Run(d, LinearNeuron.INSTANCE, Point.ORIGIN, new Hyperparameters(0.01, 1), 3);
        full.stepEpoch();
        full.stepEpoch();
        one.stepEpoch();
        int[] second = new int[9];
        for (int k = 0; k < 9; k++) {
            one.stepMiniBatch();
            second[k] = one.lastBatch()[0];
        }

        assertThat(full.lastBatch()).containsExactly(second);
        assertThat(full.nextBatch()).hasSize(9).doesNotHaveDuplicates();
        assertThat(full.lastBatch()).containsExactly(second);
    }

    @Test
    void aFullBatchsNextBatchIsEveryIndexInFileOrderTheOrderItsStepSumsIn() {
        Dataset d = data(9);
        Run full = new Run(d, LinearNeuron.INSTANCE, new Point(0.3, -0.7), new Hyperparameters(0.05, 9), 3);
        full.stepEpoch();
        full.stepEpoch();

        // when
        int[] next = full.nextBatch();
        Point arrow = full.nextStepVector();
        Point before = full.point();
        full.stepMiniBatch();

        // then: the batch is all of the data in file order, and the arrow is the step to the last bit
        assertThat(next).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(full.point().w()).isEqualTo(before.w() + arrow.w());
        assertThat(full.point().b()).isEqualTo(before.b() + arrow.b());
    }
}
