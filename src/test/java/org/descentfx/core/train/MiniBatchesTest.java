package org.descentfx.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seeded epoch order of {@code network.py}: a shuffle per epoch, cut into consecutive slices. */
class MiniBatchesTest {

    @Test
    void startsInDataFileOrderBeforeTheFirstShuffle() {
        // given / when
        MiniBatches batches = new MiniBatches(5, 1);

        // then
        assertThat(batches.slice(0, 5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(batches.size()).isEqualTo(5);
        assertThat(batches.seed()).isEqualTo(1);
    }

    @Test
    void everyShuffleIsAPermutationOfAllIndices() {
        // given
        MiniBatches batches = new MiniBatches(23, 42);
        int[] all = IntStream.range(0, 23).toArray();

        for (int epoch = 0; epoch < 10; epoch++) {
            // when
            batches.shuffle();

            // then
            assertThat(batches.slice(0, 23)).containsExactlyInAnyOrder(all);
        }
    }

    @Test
    void sameSeedGivesTheSameOrdersAndAnotherSeedOthers() {
        // given
        MiniBatches a = new MiniBatches(30, 7);
        MiniBatches b = new MiniBatches(30, 7);
        MiniBatches c = new MiniBatches(30, 8);

        // when
        List<int[]> ordersA = orders(a, 3);
        List<int[]> ordersB = orders(b, 3);
        List<int[]> ordersC = orders(c, 3);

        // then
        for (int k = 0; k < 3; k++) {
            assertThat(ordersA.get(k)).isEqualTo(ordersB.get(k));
            assertThat(ordersA.get(k)).isNotEqualTo(ordersC.get(k));
        }
    }

    @Test
    void consecutiveEpochsAreShuffledDifferently() {
        // given
        MiniBatches batches = new MiniBatches(30, 3);

        // when
        List<int[]> orders = orders(batches, 2);

        // then
        assertThat(orders.get(0)).isNotEqualTo(orders.get(1));
    }

    @Test
    void restartGoesBackToTheFirstEpochsOrder() {
        // given
        MiniBatches batches = new MiniBatches(15, 99);
        List<int[]> first = orders(batches, 3);

        // when
        batches.restart();

        // then
        assertThat(batches.slice(0, 15)).containsExactly(IntStream.range(0, 15).toArray());
        assertThat(orders(batches, 3)).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void sliceAndAtReadTheSamePositionsAndTheSliceIsACopy() {
        // given
        MiniBatches batches = new MiniBatches(10, 5);
        batches.shuffle();

        // when
        int[] slice = batches.slice(3, 7);
        slice[0] = -1;

        // then
        assertThat(batches.slice(3, 7)).containsExactly(batches.at(3), batches.at(4), batches.at(5), batches.at(6));
        assertThat(batches.at(3)).isNotEqualTo(-1);
    }

    @Test
    void gatherWritesTheDataInThisEpochsOrder() {
        // given
        MiniBatches batches = new MiniBatches(4, 2);
        batches.shuffle();
        double[] x = {10, 11, 12, 13};
        double[] y = {20, 21, 22, 23};
        double[] xOut = new double[4];
        double[] yOut = new double[4];

        // when
        batches.gather(x, y, xOut, yOut);

        // then
        for (int position = 0; position < 4; position++) {
            assertThat(xOut[position]).isEqualTo(x[batches.at(position)]);
            assertThat(yOut[position]).isEqualTo(y[batches.at(position)]);
        }
    }

    @ParameterizedTest(name = "n = {0}, seed = {1}")
    @CsvSource({"1, 3", "2, 0", "7, 42", "64, -5", "1000, 1", "1048579, 42"})
    void drawsExactlyWhatJavaUtilRandomDraws(int n, long seed) {
        // given the book's shuffle written with java.util.Random, the generator the order is specified by
        // (n = 2^20 + 3 takes Random's rejection branch about a hundred times per epoch)
        Random random = new Random(seed);
        int[] expected = IntStream.range(0, n).toArray();
        MiniBatches batches = new MiniBatches(n, seed);

        for (int epoch = 0; epoch < 3; epoch++) {
            // when
            batches.shuffle();
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = expected[i];
                expected[i] = expected[j];
                expected[j] = t;
            }

            // then
            assertThat(batches.slice(0, n)).as("epoch %d", epoch + 1).isEqualTo(expected);
        }
    }

    @Test
    void needsAtLeastOneExample() {
        // given / when / then
        assertThatThrownBy(() -> new MiniBatches(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be at least 1");
    }

    private static List<int[]> orders(MiniBatches batches, int epochs) {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < epochs; k++) {
            batches.shuffle();
            out.add(batches.slice(0, batches.size()));
        }
        return out;
    }
}
