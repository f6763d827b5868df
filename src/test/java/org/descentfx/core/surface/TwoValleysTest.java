package org.descentfx.core.surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Presets;
import org.descentfx.core.model.Model;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in set two-valleys keeps the promise of its description, checked with exact runs from its
 * presets: C has a shallow and a deeper minimum in the window the app frames, full-batch descent stays
 * in the shallow one, and SGD with m = 1 and the same η escapes to the deeper one for most seeds.
 */
class TwoValleysTest {
    private static Dataset data;
    private static Presets presets;
    private static Model model;
    private static Point start;
    private static double eta;
    private static int epochs;
    private static Basins basins;

    @BeforeAll
    static void load() throws Exception {
        data = BuiltInDatasets.load("two-valleys");
        presets = BuiltInDatasets.presetsOf("two-valleys");
        model = Model.byId(presets.model().orElseThrow());
        start = new Point(presets.start().orElseThrow().w(), presets.start().orElseThrow().b());
        eta = presets.learningRate().orElseThrow();
        epochs = presets.epochs().orElseThrow();
        // the window "fit" frames: the grid's floor and the start, with room around them
        Window window = Window.around(Minimum.of(model, data, start), start, 0.35, 1.0);
        basins = new Basins(model, data, LocalMinima.in(model, data, window));
    }

    @Test
    void theDefaultWindowHoldsAShallowMinimumAroundTheStartAndADeeperOne() {
        List<LocalMinima.Found> minima = basins.minima();

        assertThat(minima).hasSize(2);
        assertThat(basins.of(start)).as("the start lies in the shallow valley").isEqualTo(1);
        assertThat(minima.get(1).cost() - minima.get(0).cost()).as("the deeper one is clearly deeper")
                .isGreaterThan(0.05);
        assertThat(presets.miniBatchSize()).hasValue(1);
    }

    @Test
    void fullBatchDescentStaysInTheShallowValleyForEveryEpoch() {
        Run full = new Run(data, model, start, new Hyperparameters(eta, data.size()), 1);

        for (int e = 1; e <= epochs; e++) {
            full.stepEpoch();
            assertThat(basins.of(full.point())).as("full batch after epoch %d", e).isEqualTo(1);
        }
    }

    @Test
    void sgdWithOneExampleABatchReachesTheDeeperValleyForMostSeeds() {
        int escaped = 0;
        for (long seed = 1; seed <= 20; seed++) {
            if (reachesDeeper(seed)) {
                escaped++;
            }
        }

        assertThat(escaped).as("seeds of 1-20 that reach the deeper valley").isGreaterThanOrEqualTo(12);
    }

    @Test
    void theDeeperValleyHoldsSgdOnceThere() {
        Point deep = basins.minima().get(0).point();
        Run sgd = new Run(data, model, deep, new Hyperparameters(eta, 1), 1);

        for (int e = 0; e < epochs; e++) {
            sgd.stepEpoch();
        }

        assertThat(basins.of(sgd.point())).isEqualTo(0);
    }

    /** Whether SGD (m = 1) with this shuffle seed is in the deeper valley at the end of some epoch. */
    private static boolean reachesDeeper(long seed) {
        Run sgd = new Run(data, model, start, new Hyperparameters(eta, 1), seed);
        for (int e = 0; e < epochs; e++) {
            sgd.stepEpoch();
            if (basins.of(sgd.point()) == 0) {
                return true;
            }
        }
        return false;
    }
}
