package org.descentfx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.data.Presets;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Basins;
import org.descentfx.core.surface.LocalMinima;
import org.descentfx.core.surface.Minimum;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fan on two-valleys with its presets counts the seeds whose last point lies in the deeper valley,
 * as lone runs of those seeds, each judged by its own descent to a floor, do; and most of 20 escape.
 */
class SeedFanTwoValleysTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theFanCountsTheSeedsThatEndInTheDeeperValley() throws Exception {
        // given two-valleys with its presets, the window the app frames, 20 seeds
        Dataset data = BuiltInDatasets.load("two-valleys");
        Presets presets = BuiltInDatasets.presetsOf("two-valleys");
        Model model = Model.byId(presets.model().orElseThrow());
        Point start = new Point(presets.start().orElseThrow().w(), presets.start().orElseThrow().b());
        double eta = presets.learningRate().orElseThrow();
        int m = presets.miniBatchSize().orElseThrow();
        int epochs = presets.epochs().orElseThrow();
        Window window = Window.around(Minimum.of(model, data, start), start, 0.35, 1.0);
        SeedFan.Setup setup = new SeedFan.Setup(data, model, start, new Hyperparameters(eta, m), UpdateRule.SGD, 20,
                epochs, window);

        // when the fan runs
        SeedFan.Result fan = SeedFan.run(setup, new PathScale(window, 500, 400), pool, (d, of) -> { }, () -> false);

        // then it counts what lone runs of seeds 1-20 give, and most escape
        Basins basins = new Basins(model, data, LocalMinima.in(model, data, window));
        int escaped = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Run lone = new Run(data, model, start, new Hyperparameters(eta, m), seed);
            for (int e = 0; e < epochs; e++) {
                lone.stepEpoch();
            }
            escaped += basins.of(lone.point()) == 0 ? 1 : 0;
        }
        Valleys valleys = fan.valleys();
        assertThat(valleys).isNotNull();
        assertThat(valleys.minima()).hasSize(2);
        assertThat(valleys.startsShallow()).isTrue();
        assertThat(valleys.inDeepest()).isEqualTo(escaped);
        assertThat(escaped).isGreaterThanOrEqualTo(12);
        assertThat(valleys.summary()).isEqualTo("escaped to the deeper valley: " + escaped + " of 20");
        assertThat(basins.of(fan.fullBatch().end())).as("full batch stays in the shallow valley").isEqualTo(1);
    }
}
