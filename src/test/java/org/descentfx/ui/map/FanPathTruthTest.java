package org.descentfx.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.descentfx.core.data.BuiltInDatasets;
import org.descentfx.core.data.Dataset;
import org.descentfx.core.model.Model;
import org.descentfx.core.surface.Window;
import org.descentfx.core.train.Hyperparameters;
import org.descentfx.core.train.Point;
import org.descentfx.core.train.Run;
import org.descentfx.core.train.UpdateRule;
import org.descentfx.engine.SeedFan;
import org.junit.jupiter.api.Test;

/** Every true point of every seed of a fan lies within 1.5 px of the path the fan's layer strokes for it. */
class FanPathTruthTest {
    private static final double BOUND_PX = 1.5;

    @Test
    void everySeedsPathIsDrawnWithinTheBoundOfEveryPointItReached() throws Exception {
        // given a fan of 5 seeds, m = 1, 40 epochs on the noisy line, drawn on a 900 × 700 map
        Dataset data = BuiltInDatasets.load("noisy-line");
        Model model = Model.byId("linear");
        Point start = new Point(-1, -3);
        Window window = new Window(-1.5, 3.5, -3.5, 1.5);
        MapFrame frame = MapFrame.of(window, 900, 700);
        SeedFan.Setup setup = new SeedFan.Setup(data, model, start, new Hyperparameters(0.02, 1), UpdateRule.SGD, 5, 40,
                window);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        SeedFan.Result fan;
        try {
            fan = SeedFan.run(setup, PathClip.scaleOf(frame), pool, (d, of) -> { }, () -> false);
        } finally {
            pool.shutdownNow();
        }

        for (SeedFan.Descent d : fan.seeds()) {
            // when the layer's pen draws it
            PathClip.Recorder pen = new PathClip.Recorder();
            PathClip.draw(pen, frame, d.path(), d.end());
            DrawnDistance drawn = new DrawnDistance(pen.polylines(), frame.plot(), 3 * BOUND_PX);

            // then every point of a lone run of that seed is within 1.5 px of it
            Run truth = new Run(data, model, start, new Hyperparameters(0.02, 1), d.seed());
            double worst = 0;
            long inside = 0;
            for (long k = 0; k <= 40L * data.size(); k++) {
                if (k > 0) {
                    truth.stepMiniBatch();
                }
                double x = frame.x(truth.w());
                double y = frame.y(truth.b());
                if (frame.plot().contains(x, y)) {
                    inside++;
                    worst = Math.max(worst, drawn.to(x, y));
                }
            }
            assertThat(inside).isPositive();
            assertThat(worst).as("seed %d: farthest true point from the drawn path, px", d.seed())
                    .isLessThanOrEqualTo(BOUND_PX);
            assertThat(d.path().size()).as("thinned").isLessThan(40 * data.size() / 2);
        }
    }
}
