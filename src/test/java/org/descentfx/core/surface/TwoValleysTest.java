package org.descentfx.core.surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.descentfx.core.cost.QuadraticCost;
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
 * in the shallow one, and SGD with m = 1 and the same η escapes to the deeper one for most seeds and is
 * still in it at the last epoch, rather than carried on to the plateau far out where σ is a step.
 */
class TwoValleysTest {
    private static final int SEEDS = 20;
    private static Dataset data;
    private static Presets presets;
    private static Model model;
    private static Point start;
    private static double eta;
    private static int epochs;
    private static Window window;
    private static Basins basins;
    /** Per seed 1–20: the first epoch that ended in the deeper valley (0: none), and the last one's verdict. */
    private static List<int[]> sgd;

    @BeforeAll
    static void load() throws Exception {
        data = BuiltInDatasets.load("two-valleys");
        presets = BuiltInDatasets.presetsOf("two-valleys");
        model = Model.byId(presets.model().orElseThrow());
        start = new Point(presets.start().orElseThrow().w(), presets.start().orElseThrow().b());
        eta = presets.learningRate().orElseThrow();
        epochs = presets.epochs().orElseThrow();
        // the window "fit" frames: the grid's floor and the start, with room around them
        window = Window.around(Minimum.of(model, data, start), start, 0.35, 1.0);
        basins = new Basins(model, data, LocalMinima.in(model, data, window));
        sgd = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            sgd.add(sgdEpochs(seed));
        }
    }

    @Test
    void theClaimsBelowWereCheckedForExactlyTheseExamplesAndPresets() {
        // a change of the data or the presets must be checked again, and README's numbers with it
        assertThat(data.xs()).containsExactly(8.6, 0.5, -1.6, -1.0, -1.3);
        assertThat(data.ys()).containsExactly(1, 0, 0, 0.3, 1);
        assertThat(presets.lines()).containsExactly("preset_model: sigmoid", "preset_start: -0.6,-1.3",
                "preset_lr: 0.8", "preset_batch: 1", "preset_epochs: 200");
    }

    @Test
    void theDefaultWindowHoldsAShallowMinimumAroundTheStartAndADeeperOne() {
        List<LocalMinima.Found> minima = basins.minima();

        assertThat(minima).hasSize(2);
        assertThat(minima).allMatch(m -> window.contains(m.point()));
        assertThat(basins.of(start)).as("the start lies in the shallow valley").isEqualTo(1);
        assertThat(minima.get(1).cost() - minima.get(0).cost()).as("the deeper one is clearly deeper")
                .isGreaterThan(0.05);
        // the numbers the set's description and README quote
        assertThat(minima.get(0).point().w()).isBetween(0.265, 0.275);
        assertThat(minima.get(0).point().b()).isBetween(-0.485, -0.475);
        assertThat(minima.get(0).cost()).isBetween(0.0755, 0.0765);
        assertThat(minima.get(1).point().w()).isBetween(-0.745, -0.735);
        assertThat(minima.get(1).point().b()).isBetween(-1.355, -1.345);
        assertThat(minima.get(1).cost()).isBetween(0.1585, 0.1595);
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
        long reached = sgd.stream().filter(s -> s[0] > 0).count();

        assertThat(reached).as("seeds of 1-20 that reach the deeper valley within %d epochs", epochs)
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void sgdIsStillInTheDeeperValleyAtTheLastEpochForMostSeeds() {
        long there = sgd.stream().filter(s -> s[1] == 1).count();

        assertThat(there).as("seeds of 1-20 in the deeper valley at epoch %d", epochs).isGreaterThanOrEqualTo(12);
    }

    @Test
    void noSeedThatReachedTheDeeperValleyHasLeftItByTheLastEpoch() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            int[] s = sgd.get(seed - 1);
            if (s[0] > 0) {
                assertThat(s[1]).as("seed %d reached the deeper valley at epoch %d; at epoch %d", seed, s[0], epochs)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void theDeeperValleyHoldsSgdOnceThere() {
        Point deep = basins.minima().get(0).point();
        Run run = new Run(data, model, deep, new Hyperparameters(eta, 1), 1);

        for (int e = 0; e < epochs; e++) {
            run.stepEpoch();
        }

        assertThat(inDeeperValley(run.point())).isTrue();
    }

    @Test
    void aPointOnThePlateauFarOutDoesNotCountAsInTheDeeperValley() {
        // where σ is a step between x = 0.5 and x = 8.6, C levels off at 0.109, below the shallow floor
        Point plateau = new Point(3, -6);

        assertThat(QuadraticCost.cost(model, data, plateau.w(), plateau.b())).isBetween(0.105, 0.115);
        assertThat(inDeeperValley(plateau)).isFalse();
    }

    /** {first epoch ending in the deeper valley or 0, 1 if epoch {@code epochs} ends there} for SGD with m = 1. */
    private static int[] sgdEpochs(long seed) {
        Run run = new Run(data, model, start, new Hyperparameters(eta, 1), seed);
        int first = 0;
        for (int e = 1; e <= epochs; e++) {
            run.stepEpoch();
            if (first == 0 && inDeeperValley(run.point())) {
                first = e;
            }
        }
        return new int[] {first, inDeeperValley(run.point()) ? 1 : 0};
    }

    /**
     * In the deeper valley as the map shows it: inside the window, below the shallow floor's C, and
     * flowing down to the deeper minimum. Flowing there alone is not enough: from the plateau far out,
     * where ∇C all but vanishes, steepest descent creeps back to the deeper minimum too.
     */
    private static boolean inDeeperValley(Point p) {
        return window.contains(p)
                && QuadraticCost.cost(model, data, p.w(), p.b()) < basins.minima().get(1).cost()
                && basins.of(p) == 0;
    }
}
